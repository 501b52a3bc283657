// The 通报 at the shapes audit S25b tried (one unit, all tied, nothing in the period, 150 units): lists longer
// than MAX_NAMED are counted and referred to 附件1 (whose 备注 then says why), a tie at the top is one clause,
// statuses no unit holds are left out (F4, F5); 领导看板 repeats its header rows on printed pages and wraps
// long unit names (F2, F3).
import { describe, expect, it } from 'vitest';
import { pageSetup } from '../../src/cli/xlsxWriter';
import { dayFromYmd } from '../../src/core/dates';
import { parseLedger } from '../../src/core/ledger';
import { buildNotice, MAX_NAMED } from '../../src/core/notice';
import { monthPeriod, yearPeriod } from '../../src/core/period';
import { buildReport } from '../../src/core/report';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import type { Period, Rules } from '../../src/core/types';
import { dashboardSheet } from '../../src/sheets/dashboard';
import { adoption, ledgerGrid, type RowSpec } from '../helpers/ledger';

const base = presetRules('上街区');
const town = base.units.find((u) => u.type === '乡镇街道')!;

/** `n` towns named 第k街道党工委 (the preset's 乡镇街道 tasks: 全年积分 50 and a monthly 报送), their rows. */
function run(n: number, rows: (names: string[]) => RowSpec[], period: Period = yearPeriod(2024)) {
  const names = Array.from({ length: n }, (_, k) => `第${String(k + 1).padStart(2, '0')}街道党工委`);
  const rules: Rules = { ...base, units: names.map((name) => ({ ...town, name })) };
  const report = buildReport(
    scoreLedger(parseLedger(ledgerGrid(rows(names))), rules),
    rules,
    period,
    period.to,
  );
  const doc = buildNotice(report, rules.settings, { issuedOn: dayFromYmd(2025, 1, 9) });
  return { report, doc, text: doc.body.map((b) => b.text), names };
}

/** `points` of 河南日报 (10 each) for each unit, as rows. */
const pieces = (unit: string, count: number) =>
  Array.from({ length: count }, (_, k) =>
    adoption({ 单位: unit, 标题: `${unit}${k}`, 媒体: '河南日报', 录用日期: '2024-05-06' }),
  );

describe('the 通报 with many units (audit S25b F4)', () => {
  // 12 towns: seven tied at 20, five at 10; all behind their 全年积分 50.
  const twelve = () => run(12, (names) => names.flatMap((u, k) => pieces(u, k < 7 ? 2 : 1)));

  it('seven tied first are one clause 并列第一名的有…7个单位（均为20分）, not 前三名 with seven 并列第1', () => {
    const { text, names } = twelve();
    const line = text.find((t) => t.startsWith('（一）乡镇街道')) ?? '';
    expect(line).toBe(
      `（一）乡镇街道（12个）。并列第一名的有${names.slice(0, 7).join('、')}7个单位（均为20分）；5个单位并列末位，积分均为10分。`,
    );
    expect(line).not.toContain('前三名');
  });

  it('more than ten units behind: counted, referred to 附件1, whose 备注 gives each reason; not named in 一 and 三', () => {
    const { text, doc, names } = twelve();
    expect(names.length).toBeGreaterThan(MAX_NAMED);
    const overall = text.find((t) => t.startsWith('对照全年任务')) ?? '';
    expect(overall).toBe('对照全年任务，12个单位均未达标，未达标的单位及原因见附件1。');
    const blame = text.find((t) => t.startsWith('（二）通报批评。')) ?? '';
    expect(blame).toContain('12个单位未完成全年任务（名单及原因见附件1）');
    for (const u of names) {
      expect(overall).not.toContain(u);
      expect(blame).not.toContain(u);
    }
    const t = doc.attachments[0];
    const remark = t.header.indexOf('备注');
    for (const r of t.groups.flatMap((g) => g.rows))
      expect(String(r[remark])).toMatch(/未完成全年任务：全年积分(10|20)分\/目标50分/);
  });

  it('the firsts not praised for the same reason are one sentence naming them', () => {
    const { text, names } = twelve();
    const praise = text.find((t) => t.startsWith('（一）通报表扬。')) ?? '';
    expect(praise).toBe(
      `（一）通报表扬。${names.slice(0, 7).join('、')}7个单位积分排名第一，但有任务未完成，本期不作表扬。`,
    );
  });

  it('at ten units or fewer each is still named with its reason in 通报批评', () => {
    const { text, doc } = run(3, (names) => names.flatMap((u, k) => pieces(u, k + 1)));
    const blame = text.find((t) => t.startsWith('（二）通报批评。')) ?? '';
    expect(blame).toContain('第01街道党工委未完成全年任务：全年积分10分/目标50分');
    const t = doc.attachments[0];
    const remark = t.header.indexOf('备注');
    for (const r of t.groups.flatMap((g) => g.rows)) expect(String(r[remark])).not.toContain('未完成');
  });
});

describe('empty categories left out (audit S25b F5)', () => {
  it('no 「0个」 and no 「0篇」: a period with nothing says so', () => {
    const { text } = run(2, (names) => pieces(names[0], 1), monthPeriod(2024, 7));
    const all = text.join('\n');
    expect(all).not.toMatch(/[^\d.]0(个|篇)/);
    expect(text).toContain(
      '2024年7月，各单位未报送组工信息，年初以来累计积分10分。上期（2024年6月）无台账记录，不作比较；去年同期（2023年7月）无台账记录，不作比较。',
    );
    expect(text.find((t) => t.startsWith('对照全年任务'))).toBe(
      '对照全年任务，2个单位均未达标，未达标的单位及原因见第三部分。',
    );
  });

  it('领导看板’s first line: 2个单位均未达标（…）, not 已达标0个，进度正常0个…', () => {
    const { report } = run(2, (names) => pieces(names[0], 1));
    const board = dashboardSheet(report, '2025-01-09 10:00');
    expect(String(board.values[1][0])).toBe(
      '全年积分10分，录用1篇；2个单位均未达标（第01街道党工委、第02街道党工委）。',
    );
  });
});

describe('领导看板 printed and with long names (audit S25b F2, F3)', () => {
  it('the rows down to the unit table’s header repeat on every printed page, and are the frozen ones', () => {
    const { report } = run(60, (names) => pieces(names[0], 1));
    const board = dashboardSheet(report, '2025-01-09 10:00');
    const header = board.values.findIndex((r) => r[0] === '单位') + 1;
    expect(header).toBeGreaterThan(1);
    expect(board.frozenRows).toBe(header);
    expect(board.print?.repeatRows).toBe(header);
    expect(pageSetup(board).printTitlesRow).toBe(`1:${header}`);
  });

  it('a unit name wider than the 单位 column wraps, its row as tall as its lines', () => {
    const long = '中共郑州市上街区峡窝镇新农村建设示范区联合党委';
    const rules: Rules = {
      ...base,
      units: [
        { ...town, name: long },
        { ...town, name: '短名党委' },
      ],
    };
    const report = buildReport(
      scoreLedger(parseLedger(ledgerGrid(pieces(long, 1))), rules),
      rules,
      yearPeriod(2024),
      yearPeriod(2024).to,
    );
    const board = dashboardSheet(report, '2025-01-09 10:00');
    const row = board.values.findIndex((r) => r[0] === long) + 1;
    const short = board.values.findIndex((r) => r[0] === '短名党委') + 1;
    const wraps = (r: number) =>
      (board.styles ?? []).some(
        (s) =>
          s.style.wrap === true && s.block.col === 1 && s.block.row <= r && r < s.block.row + s.block.rows,
      );
    expect(wraps(row)).toBe(true);
    expect(board.rowHeights?.[row]).toBeGreaterThan(20);
    expect(board.rowHeights?.[short]).toBeUndefined();
  });
});
