// The report layer on workbooks as offices keep them (sweep S17a): no 单位 table, with a unit typed with and
// without its 党委 (F6) or a 合计 line (F11); a dropdown list tab beside the ledger, and a rule table read from a
// tab of another name whose errors must name that tab (F10).
import { describe, expect, it } from 'vitest';
import { dayOfDate } from '../../src/core/dates';
import { UserError } from '../../src/core/errors';
import { parsePeriod } from '../../src/core/period';
import { rulesToGrids } from '../../src/core/rules';
import { presetRules } from '../../src/core/rules/presets';
import type { Cell, Grid } from '../../src/core/types';
import type { SheetModel } from '../../src/sheets/model';
import type { WorkbookPort } from '../../src/sheets/port';
import { runReport } from '../../src/sheets/run';
import { d, ledgerGrid } from '../cli/helpers';

class MemoryPort implements WorkbookPort {
  constructor(readonly tabs: Map<string, Grid>) {}
  sheetNames(): string[] {
    return [...this.tabs.keys()];
  }
  readValues(name: string): Grid {
    return this.tabs.get(name) ?? [];
  }
  writeSheet(model: SheetModel): void {
    this.tabs.set(model.name, model.values as Grid);
  }
}

const piece = (unit: string, n: number, extra: Record<string, Cell> = {}) => ({
  标题: `${unit}稿件${n}`,
  作者: `作者${n}`,
  单位: unit,
  报送对象: '区委组织部',
  报送日期: d('2024-03-05'),
  媒体: '郑州日报',
  录用日期: d('2024-03-08'),
  ...extra,
});

const options = {
  period: parsePeriod('2024')!,
  now: new Date(2024, 11, 31),
  today: dayOfDate(d('2024-12-31')),
};

function report(tabs: [string, Grid][]) {
  return runReport(new MemoryPort(new Map(tabs)), options);
}

describe('a ledger without a 单位 table: names with two different committee suffixes', () => {
  it('峡窝镇 / 峡窝镇党委 / 峡窝镇党工委 stay apart and a notice names all three with their rows', () => {
    const r = report([
      [
        '稿件台账',
        ledgerGrid([
          piece('峡窝镇党委', 1),
          piece('峡窝镇党工委', 2),
          piece('峡窝镇', 3),
          piece('峡窝镇', 4),
        ]),
      ],
    ]);
    expect(r.noticeDetails.filter((n) => n.code === 'units-similar').map((n) => n.message)).toEqual([
      '未找到「单位」表：以下单位名称只差“党委/党工委/党组/党总支”，无法确定是否同一单位，暂分别统计：峡窝镇（2 行）、峡窝镇党委（1 行）、峡窝镇党工委（1 行）；如是同一单位，请在台账中统一名称，或建立「单位」表',
    ]);
  });
});

describe('a ledger without a 单位 table', () => {
  it('reads 峡窝镇 and 峡窝镇党委 as one unit under the longer name, and says so with both forms (F6)', () => {
    const rows = [
      piece('峡窝镇党委', 1),
      piece('峡窝镇', 2),
      piece('峡窝镇', 3),
      piece('教育系统', 4),
      piece('教育系统党工委', 5),
    ];
    const r = report([['稿件台账', ledgerGrid(rows)]]);
    const units = r.report.units.map((u) => u.unit);
    expect(units.filter((u) => u.startsWith('峡窝镇') || u.startsWith('教育系统')).sort()).toEqual(
      ['峡窝镇党委', '教育系统党工委'].sort(),
    );
    const xiawo = r.report.units.find((u) => u.unit === '峡窝镇党委')!;
    expect(xiawo.points).toBe((3 * r.report.units.find((u) => u.unit === '教育系统党工委')!.points) / 2);
    expect(r.noticeDetails.filter((n) => n.code === 'units-merged').map((n) => n.message)).toEqual([
      '未找到「单位」表：以下单位名称只差“党委/党工委/党组/党总支”，按同一单位统计（用较长的名称）：峡窝镇（2 行）与峡窝镇党委（1 行）、教育系统（1 行）与教育系统党工委（1 行）；如是不同单位，请建立「单位」表分别列出',
    ]);
  });

  it('a 合计 line (合计 in 单位, a count as 标题) is a totals line, and no notice names a 「单位」表 (F11)', () => {
    const grid = ledgerGrid([piece('办公室', 1), piece('干部科', 2)]);
    const total = grid[0].map(() => '' as Cell);
    total[0] = 2; // 标题: =COUNTA(…)
    total[2] = '合计';
    const r = report([['稿件台账', [...grid, total]]]);
    expect(r.report.units.map((u) => u.unit)).not.toContain('合计');
    const codes = r.noticeDetails.map((n) => n.code);
    expect(codes).toContain('totals-row');
    expect(
      r.noticeDetails.filter((n) => n.code === 'rule-column' || n.code === 'units-not-in-table'),
    ).toEqual([]);
  });

  it('a piece typed with a totals word as its unit is no unit of the made 单位 table, said of the ledger (F11)', () => {
    const r = report([['稿件台账', ledgerGrid([piece('办公室', 1), piece('合计', 2)])]]);
    expect(r.noticeDetails.filter((n) => n.code === 'rule-column')).toEqual([]);
    const stray = r.noticeDetails.filter((n) => n.code === 'units-not-in-table').map((n) => n.message);
    expect(stray).toEqual([
      '「稿件台账」表有 1 行的单位未作为单位统计，这些行的积分（共 5 分）未计入任何单位的排名、任务和合计，其作者也不计入个人：合计（1 行）；请核对这些行的单位名称',
    ]);
  });
});

describe('tabs read as rule tables by their header (F10)', () => {
  const dropdown: Grid = [
    ['单位', '类别', '媒体', '级别', '采用方式', '报送对象'],
    ['办公室', '动态信息', '郑州日报', '市级', '录用', '区委组织部'],
    ['干部科', '调研报告', '人民日报', '中央级', '报送', '市委组织部'],
    ['', '言论文章', '', '', '综合', ''],
  ];

  it('a dropdown list tab naming ledger columns is no 媒体 table', () => {
    const r = report([
      ['稿件台账', ledgerGrid([piece('办公室', 1)])],
      ['下拉选项', dropdown],
    ]);
    expect(r.noticeDetails.filter((n) => n.tab === '下拉选项')).toEqual([]);
    expect(r.report.units.find((u) => u.unit === '办公室')!.points).toBe(5);
  });

  it('a rule table read from a tab of another name: its errors name that tab', () => {
    const media = rulesToGrids(presetRules('上街区')).媒体;
    const broken = [...media, ['', '', '市级', '']];
    const run = () =>
      report([
        ['稿件台账', ledgerGrid([piece('办公室', 1)])],
        ['刊物级别', broken],
      ]);
    expect(run).toThrow(UserError);
    expect(run).toThrow(`「刊物级别」表（作「媒体」表读取）第${broken.length}行「媒体」不能为空`);
  });
});
