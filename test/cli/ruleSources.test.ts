// Where the rules come from: a 单位 tab with only its header, --preset over a workbook with its own tabs,
// and a report workbook given as --rules.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { TABLE_HEADERS } from '../../src/core/rules';
import { ROOT, reportIn, tempDir, writeXlsx } from './helpers';

const EXAMPLE = join(ROOT, 'examples', '上街区-2024.xlsx');

async function run(args: string[]) {
  const { code, stdout, stderr } = await reportIn(args);
  expect(code, stderr).toBe(0);
  return JSON.parse(stdout) as {
    units: { unit: string; type?: string; points: number }[];
    meta: { preset: string; totals: { points: number }; noticeDetails: { code: string; message: string }[] };
  };
}

/** The example workbook with its 单位 tab kept to the header row, or dropped (`header` null). */
async function exampleUnits(header: string[] | null): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(EXAMPLE);
  const units = wb.getWorksheet('单位')!;
  wb.removeWorksheet(units.id);
  if (header) wb.addWorksheet('单位').addRow(header);
  const file = join(tempDir(), header ? 'unit-header.xlsx' : 'no-unit-tab.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

const codes = (j: Awaited<ReturnType<typeof run>>, code: string) =>
  j.meta.noticeDetails.filter((n) => n.code === code).map((n) => n.message);

/** One town's adoption, a 单位 tab with only its header and two 全年积分 rows for the given types. */
async function townsOnly(name: string, types: [string, string]): Promise<string> {
  const file = join(tempDir(), `${name}.xlsx`);
  await writeXlsx(file, {
    稿件台账: [
      ['标题', '作者', '单位', '媒体', '采用方式', '录用日期'],
      ['党建', '张三', '峡窝镇党委', '郑州日报', '录用', '2024-03-05'],
    ],
    单位: [[...TABLE_HEADERS.单位]],
    指标: [
      ['名称', '对象', '度量', '窗口', '目标'],
      ['全年积分', types[0], '积分', '全年', 50],
      ['全年积分', types[1], '积分', '全年', 30],
    ],
  });
  return file;
}

describe('a 单位 tab with only its header reads as no 单位 table', () => {
  it('units and their types from the ledger, the same ranking as without the tab, said as such', async () => {
    const headerOnly = await run(['report', await exampleUnits([...TABLE_HEADERS.单位])]);
    const noTab = await run(['report', await exampleUnits(null)]);
    // Not the preset's 15 units with 109 rows' 632 points left out of the ranking.
    expect(codes(headerOnly, 'units-not-in-table')).toEqual([]);
    expect(headerOnly.units.map((u) => [u.unit, u.points])).toEqual(
      noTab.units.map((u) => [u.unit, u.points]),
    );
    expect(headerOnly.units).toHaveLength(19);
    expect(headerOnly.meta.totals.points).toBe(2584.6);
    const [said] = codes(headerOnly, 'units-inferred');
    expect(said).toMatch(/^「单位」表只有表头、没有数据行：单位取自台账（19 个），其中 4 个按名称推断类型：/);
    expect(codes(noTab, 'units-inferred')[0]).toMatch(/^未找到「单位」表：单位取自台账（19 个）/);
    expect(codes(headerOnly, 'rule-table-header-only')).toEqual([]);
  });

  it('a 指标 row for a type the ledger has no unit of is a notice, not a refusal of every figure', async () => {
    const j = await run(['report', await townsOnly('towns-only', ['乡镇街道', '部机关科室'])]);
    expect(j.units.map((u) => [u.unit, u.points])).toEqual([['峡窝镇党委', 5]]);
    expect(j.meta.noticeDetails.map((n) => n.message)).toContain(
      '「指标」表第3行「对象」：台账中没有类型为“部机关科室”的单位（「单位」表没有数据行，单位取自台账），此行指标不考核任何单位',
    );
  });

  it('with units from the ledger, a near-miss type is hinted from the presets’ types (no 单位 table to take them from)', async () => {
    const file = await townsOnly('towns-only-near', ['乡镇', '其他党工']);
    const messages = (await run(['report', file])).meta.noticeDetails.map((n) => n.message);
    expect(messages).toContain(
      '「指标」表第2行「对象」：台账中没有类型为“乡镇”的单位（「单位」表没有数据行，单位取自台账），此行指标不考核任何单位（是否应为“乡镇街道”？）',
    );
    expect(messages).toContain(
      '「指标」表第3行「对象」：台账中没有类型为“其他党工”的单位（「单位」表没有数据行，单位取自台账），此行指标不考核任何单位（是否应为“其他党工委”？）',
    );
  });
});

describe('a 指标 row for a preset unit type the 单位 table has no unit of (audit S25b F6)', () => {
  const workbook = async (type: string) => {
    const file = join(tempDir(), `one-town-${type}.xlsx`);
    await writeXlsx(file, {
      稿件台账: [
        ['标题', '作者', '单位', '媒体', '采用方式', '录用日期'],
        ['党建', '张三', '峡窝镇党委', '郑州日报', '录用', '2024-03-05'],
      ],
      单位: [[...TABLE_HEADERS.单位].slice(0, 2), ['峡窝镇党委', '乡镇街道']],
      指标: [
        ['名称', '对象', '度量', '窗口', '目标'],
        ['全年积分', '乡镇街道', '积分', '全年', 50],
        ['全年积分', type, '积分', '全年', 20],
      ],
    });
    return file;
  };

  it('a type of a preset (其他党工委) is a notice naming the row; the report is made', async () => {
    const j = await run(['report', await workbook('其他党工委')]);
    expect(j.units.map((u) => [u.unit, u.points])).toEqual([['峡窝镇党委', 5]]);
    expect(codes(j, 'rule-column')).toContain(
      '「指标」表第3行「对象」“其他党工委”：没有这一类型的单位，本行不参与考核',
    );
  });

  it('a type no preset knows (其它党工委, a typo) is still refused, naming the cell', async () => {
    const { code, stderr } = await reportIn(['report', await workbook('其它党工委')]);
    expect(code).not.toBe(0);
    expect(stderr).toContain('「指标」表第3行「对象」：「单位」表中没有类型为“其它党工委”的单位');
  });
});

describe('--preset over a workbook that has its own rule tabs', () => {
  it('names the rules used (the workbook’s 设置 预设), and says the preset filled no table; 人员 from no preset', async () => {
    const own = await run(['report', EXAMPLE]);
    const j = await run(['report', EXAMPLE, '--preset', '部机关']);
    expect(j.meta.preset).toBe('上街区积分办法');
    expect(j.meta.totals.points).toBe(own.meta.totals.points);
    expect(codes(j, 'rule-sources')).toEqual([
      '规则来源：单位、媒体、计分、系数、加分、指标、设置 取自台账工作簿；未用预设「部机关」的规则表（只补「设置」中没有的项目）（工作簿中的规则表优先于 --preset）',
    ]);
  });

  it('a preset that fills scoring tables names itself, and the notice lists them and --rules apart', async () => {
    const dir = tempDir();
    const ledger = join(dir, 'ledger.xlsx');
    await writeXlsx(ledger, {
      稿件台账: [
        ['标题', '作者', '单位', '媒体', '采用方式', '录用日期'],
        ['党建', '张三', '组织科', '南通日报', '录用', '2024-03-05'],
      ],
      设置: [
        ['项目', '值', '说明'],
        ['预设', '上街区积分办法', ''],
      ],
      媒体: [[...TABLE_HEADERS.媒体]],
    });
    const rules = join(dir, 'rules.xlsx');
    await writeXlsx(rules, { 系数: [[...TABLE_HEADERS.系数]] });
    const j = await run(['report', ledger, '--preset', '部机关', '--rules', rules]);
    expect(j.meta.preset).toBe('部机关目标考核');
    expect(codes(j, 'rule-sources')).toEqual([
      '规则来源：设置 取自台账工作簿；系数 取自 --rules 文件；单位 取自台账各行（无单位表）；媒体、计分、加分、指标 取自预设「部机关」（--rules 文件中的规则表优先于台账工作簿中的，二者都优先于 --preset）',
    ]);
  });
});

describe('a report this tool wrote, given as --rules', () => {
  it('reads its rule tabs and says nothing of its 领导看板, 通报 and ledger tabs', async () => {
    const report = join(tempDir(), 'report.xlsx');
    await run(['report', EXAMPLE, '--out', report]);
    const j = await run(['report', join(ROOT, 'examples', 'ledger.csv'), '--rules', report]);
    expect(codes(j, 'rule-tab-unused')).toEqual([]);
    expect(j.meta.noticeDetails.filter((n) => n.message.includes('领导看板'))).toEqual([]);
    expect(j.meta.totals.points).toBe(2584.6);
  });
});
