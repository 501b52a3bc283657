// A 通报 whose tables pass ~125,000 lines (rows to check, people) is written (sweep s25c F2): every width and
// height is found by a loop (src/core/arrays.ts), not by spreading the lines into Math.max(...) or push(...),
// which overflowed the stack ("Maximum call stack size exceeded": the CLI wrote nothing, 生成通报 failed).
// The tables are built directly from a small ledger's report, widened to 140,000 lines, to keep this quick.
import { describe, expect, it } from 'vitest';
import { tableLayout } from '../../src/cli/docx';
import { dayFromYmd } from '../../src/core/dates';
import { parseLedger } from '../../src/core/ledger';
import { buildNotice } from '../../src/core/notice';
import { yearPeriod } from '../../src/core/period';
import { buildReport } from '../../src/core/report';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import { noticeSheets } from '../../src/sheets/notice';
import { adoption, ledgerGrid } from '../helpers/ledger';

const N = 140_000;

function bigReport() {
  const rules = presetRules('上街区');
  const rows = [
    adoption({ 单位: '峡窝镇党委', 标题: 'a', 作者: '张三', 媒体: '上街组工动态', 录用日期: '2024-05-05' }),
    adoption({ 单位: '峡窝镇党委', 标题: 'b', 作者: '李四', 媒体: '某未知媒体', 录用日期: '2024-05-06' }),
  ];
  const period = yearPeriod(2024);
  const model = buildReport(scoreLedger(parseLedger(ledgerGrid(rows)), rules), rules, period, period.to);
  expect(model.issues.length).toBeGreaterThan(0);
  expect(model.people.length).toBeGreaterThan(0);
  const issue = model.issues[0];
  const person = model.people[0];
  model.issues = Array.from({ length: N }, (_, i) => ({ ...issue, row: i + 2, title: `稿件${i}` }));
  model.people = Array.from({ length: N }, (_, i) => ({ ...person, person: `作者${i}` }));
  return { model, rules };
}

describe('a 通报 with 140,000 rows to check and 140,000 people (s25c F2)', () => {
  it('builds every tab and the .docx people table layout without overflowing the stack', () => {
    const { model, rules } = bigReport();
    const doc = buildNotice(
      model,
      { ...rules.settings, showPeople: true },
      { issuedOn: dayFromYmd(2025, 1, 5) },
    );
    const sheets = noticeSheets(model, doc, '2025-01-05 09:00');
    const lines = (name: string) => sheets.find((s) => s.name.includes(name))?.values.length ?? 0;
    expect(sheets.length).toBeGreaterThanOrEqual(3);
    expect(sheets.filter((s) => s.values.length >= N).length).toBeGreaterThanOrEqual(2);
    expect(lines('待核实')).toBeGreaterThanOrEqual(N);
    const people = doc.attachments[doc.attachments.length - 1];
    expect(people.groups.reduce((n, g) => n + g.rows.length, 0)).toBe(N);
    const layout = tableLayout(people, 9638);
    expect(layout.widths.every((w) => Number.isFinite(w) && w > 0)).toBe(true);
  });
});
