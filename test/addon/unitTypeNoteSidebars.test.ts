// A 指标 row for a preset's unit type the office has no unit of (a town-only county keeping the 上街区 rows for
// 其他党工委) is a note to 生成通报 and ZG_LEDGER (audit S25b F6). The sidebars read the rules the same way: 录入稿件
// scores the row instead of refusing, 生成通报 counts no rule error, 规则与预设 shows the row as a note, not an
// error; a type no preset has (其它党工委, a typo) stays an error everywhere.
import { beforeEach, describe, expect, it } from 'vitest';
import { getReportInfo, getRulesStatus, previewRow } from '../../src/addon/main';
import { runSetup } from '../../src/addon/setupLedger';
import { useFakeApps } from '../fakes/useFakeApps';
import { fixClock } from '../helpers/clock';
import { ok } from '../helpers/sheetRows';

const fake = useFakeApps({ owner: 'owner@example.org' });

fixClock();
beforeEach(() => {
  runSetup();
});

/** Keep only the towns in 单位; rename the 其他党工委 type in 指标 to `type`. */
function townsOnly(type: string): void {
  const units = fake.apps.spreadsheet._sheet('单位')!;
  const grid = units.getDataRange().getValues();
  const kept = grid.filter((r, i) => i === 0 || r[1] !== '其他党工委');
  units.clear();
  units.getRange(1, 1, kept.length, kept[0].length).setValues(kept);
  const tasks = fake.apps.spreadsheet._sheet('指标')!;
  const t = tasks.getDataRange().getValues();
  const col = t[0].indexOf('对象');
  t.forEach((r, i) => {
    if (i > 0 && r[col] === '其他党工委') tasks.getRange(i + 1, col + 1).setValue(type);
  });
}

type Preview = { points: number; ruleError: string; issues: string[] };

const form = {
  标题: '峡窝镇推行四议两公开',
  作者: ['张三'],
  单位: '峡窝镇党委',
  报送对象: '区委组织部',
  报送日期: '2026-03-02',
  媒体: '郑州日报',
  采用方式: '录用',
  录用日期: '2026-03-10',
};

describe('a 指标 row for a preset unit type with no unit, in the sidebars', () => {
  it('其他党工委 with no such unit: a note in 规则与预设, no error counted, 录入稿件 scores the row', () => {
    townsOnly('其他党工委');
    const status = ok(getRulesStatus());
    expect(status.errorCount).toBe(0);
    const tasks = status.tables.find((t) => t.table === '指标')!;
    expect(tasks.errors).toEqual([]);
    expect(tasks.notes.length).toBeGreaterThan(0);
    expect(tasks.notes[0].message).toMatch(
      /^「指标」表第\d+行「对象」“其他党工委”：没有这一类型的单位，本行不参与考核/,
    );
    expect(tasks.notes[0].cell).toMatch(/^[A-Z]+\d+$/);
    expect(ok(getReportInfo()).ruleErrors).toBe(0);
    const preview = ok(previewRow(form as never)) as unknown as Preview;
    expect([preview.points, preview.ruleError, preview.issues]).toEqual([5, '', []]);
  });

  it('a type no preset has (其它党工委): still an error in all three', () => {
    townsOnly('其它党工委');
    const status = ok(getRulesStatus());
    expect(status.errorCount).toBeGreaterThan(0);
    expect(status.tables.find((t) => t.table === '指标')!.errors[0].message).toContain('“其它党工委”');
    expect(ok(getReportInfo()).ruleErrors).toBe(status.errorCount);
    const preview = ok(previewRow(form as never)) as unknown as Preview;
    expect(preview.points).toBe(0);
    expect(preview.ruleError).toMatch(/^规则表有 \d+ 处错误/);
    expect(preview.issues.join('')).toContain('其它党工委');
  });
});
