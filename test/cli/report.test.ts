// The command run as a user runs it, on fixture files: JSON, the written workbook, errors.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeCsv, parseCsv } from '../../src/cli/csv';
import { rulesToGrids } from '../../src/core/rules';
import { presetRules } from '../../src/core/rules/presets';
import type { Cell } from '../../src/core/types';
import {
  allValues,
  d,
  docxParagraphs,
  ledgerGrid,
  ROOT,
  readXlsx,
  tempDir,
  writeXlsx,
  zugong,
  zugongBin,
} from './helpers';

const EXAMPLE = join(ROOT, 'examples', '上街区-2024.xlsx');

interface Json {
  rows: { row: number; points: number; credit: number[]; issues: string[] }[];
  units: {
    unit: string;
    points: number;
    compliant: boolean;
    status: string;
    unitType: string;
    indicators: {
      name: string;
      value: number;
      target: number;
      met: boolean;
      status: string;
      window: string;
      bucketsMet?: number;
      bucketsClosed?: number;
      buckets?: { bucket: number; value: number; met: boolean | null }[];
    }[];
  }[];
  people: { person: string; credit: number; points: number }[];
  meta: { rows: number; preset: string; period: string; zeroUnits: string[]; asOf: string };
}

function json(stdout: string): Json {
  // One JSON object and nothing else on stdout.
  expect(stdout.trim().split('\n')).toHaveLength(1);
  return JSON.parse(stdout) as Json;
}

const adopted = (unit: string, outlet: string, day: string, extra: Record<string, Cell> = {}) => ({
  标题: `${unit}${outlet}${day}${extra.标题 ?? ''}`,
  作者: '张伟',
  单位: unit,
  报送对象: '区委组织部',
  报送日期: d(day),
  媒体: outlet,
  录用日期: d(day),
  字数: 800,
  ...extra,
});

describe('zugong report on the bundled example', () => {
  let out: string;
  let run: ReturnType<typeof zugong>;
  beforeAll(() => {
    out = join(tempDir(), 'report.xlsx');
    run = zugong(['report', EXAMPLE, '--out', out, '--json']);
  });

  it('prints one JSON object with rows, units, people and meta, and exits 0 although rows have issues', () => {
    expect(run.code).toBe(0);
    const j = json(run.stdout);
    expect(j.meta.rows).toBe(j.rows.length);
    expect(j.meta.rows).toBeGreaterThan(300);
    expect(j.meta.period).toBe('2024');
    expect(j.meta.preset).toContain('上街区');
    expect(j.units.length).toBe(20);
    expect(new Set(j.units.map((u) => u.unitType))).toEqual(
      new Set(['乡镇街道', '其他党工委', '部机关科室']),
    );
    expect(j.people.length).toBeGreaterThan(20);
    const issues = j.rows.filter((r) => r.issues.length > 0).flatMap((r) => r.issues);
    expect(issues.some((t) => t.includes('不是有效日期'))).toBe(true);
    expect(issues.some((t) => t.includes('上街晚报'))).toBe(true);
    expect(issues.some((t) => t.includes('录用日期'))).toBe(true);
    // Units in the JSON carry their indicators with targets.
    const town = j.units.find((u) => u.unit === '峡窝镇党委')!;
    expect(town.indicators.find((i) => i.name === '全年积分')?.target).toBe(50);
  });

  it('the example is a believable year: most units met, a few short for different reasons, one 零报送', () => {
    const j = json(run.stdout);
    for (const type of ['乡镇街道', '其他党工委', '部机关科室']) {
      const units = j.units.filter((u) => u.unitType === type);
      const met = units.filter((u) => u.status === '已达标').length;
      expect(met, type).toBeGreaterThan(units.length / 2);
      expect(met, type).toBeLessThan(units.length);
    }
    expect(j.meta.zeroUnits).toHaveLength(1);
    // Short on points, on a monthly quota, on 省委组织部 adoptions: each reason appears.
    const unmet = j.units.flatMap((u) => u.indicators.filter((i) => !i.met).map((i) => i.name));
    expect(unmet).toContain('全年积分');
    expect(unmet.some((n) => n.startsWith('每月'))).toBe(true);
    expect(unmet).toContain('省委组织部录用');
  });

  it('a monthly indicator carries its months in --json, and the 通报 says how many months were met', async () => {
    const j = json(run.stdout);
    const monthly = j.units.flatMap((u) =>
      u.indicators.filter((i) => i.window === '每月').map((i) => ({ unit: u.unit, ...i })),
    );
    expect(monthly.length).toBeGreaterThan(5);
    for (const i of monthly) {
      expect(i.buckets).toHaveLength(12);
      expect(i.bucketsClosed).toBe(12); // the year is over
      expect(i.bucketsMet).toBe(i.buckets!.filter((b) => b.value >= i.target).length);
      expect(i.met).toBe(i.bucketsMet === 12);
    }
    // A unit that missed a month although its last month reached the target: the single value misleads.
    const missed = monthly.find((i) => !i.met && i.value >= i.target)!;
    expect(missed).toBeDefined();
    const wb = await readXlsx(out);
    // The body is one column, one printed line a row: read it as one text.
    const text = allValues(wb)
      ['通报 2024'].map((r) => String(r[0] ?? ''))
      .join('');
    const sentence = text.split('；').find((t) => t.includes(`${missed.unit}未完成全年任务`));
    expect(sentence).toContain(`${missed.name}${missed.bucketsMet}/12个月达标`);
  });

  it('writes 通报, its 附件, 待核实, 领导看板, the ledger copy with computed columns and the rule tabs', async () => {
    const wb = await readXlsx(out);
    const names = wb.worksheets.map((w) => w.name);
    expect(names.slice(0, 6)).toEqual([
      '通报 2024',
      '通报 2024 附件1',
      '通报 2024 附件2',
      '待核实',
      '领导看板',
      '稿件台账',
    ]);
    expect(names).toContain('计分');
    const report = wb.getWorksheet('通报 2024')!;
    // Centred with full-width spaces (the column's printed width differs between programs).
    // A year's 期 is the office's to number: left blank (a Q1's and January's are 第1期 too).
    expect(String(report.getCell('A1').value).trim()).toBe('2024年第\u3000期');
    expect(String(report.getCell('A3').value).trim()).toBe('关于2024年组工信息宣传工作情况的通报');
    // The body prints on A4 portrait, one page wide; the 附件 landscape with the header on every page.
    expect(report.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true });
    const attachment = wb.getWorksheet('通报 2024 附件1')!;
    expect(attachment.pageSetup).toMatchObject({
      orientation: 'landscape',
      fitToPage: true,
      printTitlesRow: '1:3',
    });
    expect(attachment.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    const ledger = wb.getWorksheet('稿件台账')!;
    expect(ledger.pageSetup.printTitlesRow).toBe('1:1');
    const header = (ledger.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(-3)).toEqual(['积分', '计任务', '校验']);
    const j = json(run.stdout);
    const pointsCol = header.indexOf('积分') + 1;
    for (const r of j.rows.slice(0, 30)) {
      const v = ledger.getCell(r.row, pointsCol).value;
      expect(v ?? 0).toBeCloseTo(r.points, 6);
    }
    // The first unit of the first type (under its caption) is marked 首; its status cell carries the fill.
    const first = j.units.find((u) => u.unitType === '乡镇街道')!;
    const rankRow = 5;
    expect(attachment.getCell(4, 1).value).toBe('乡镇街道（5个）');
    expect(attachment.getCell(rankRow, 2).value).toBe(first.unit);
    expect(String(attachment.getCell(rankRow, 15).value)).toContain('首');
    const status = attachment.getCell(rankRow, 14);
    expect(status.value).toBe(first.status);
    const fill = status.fill as { fgColor?: { argb?: string } };
    expect(fill.fgColor?.argb).toBe(first.status === '已达标' ? 'FFD9EAD3' : 'FFF4CCCC');
  });
});

describe('periods and pace', () => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = tempDir();
    file = join(dir, 'ledger.xlsx');
    const rows = [
      ...[1, 2, 3, 4, 5, 6].map((m) => adopted('峡窝镇党委', '郑州日报', `2024-0${m}-10`)),
      adopted('济源路街道党工委', '郑州日报', '2024-02-10'),
      adopted('济源路街道党工委', '郑州日报', '2024-05-10'),
      adopted('济源路街道党工委', '河南组工信息', '2024-11-03'),
    ];
    await writeXlsx(file, { 稿件台账: ledgerGrid(rows) });
  });

  it.each([
    ['2024', '2024', 30],
    ['2024-Q1', '2024-Q1', 15],
    ['2024-03', '2024-03', 5],
    ['2024-02-01..2024-05-31', '2024-02-01..2024-05-31', 20],
  ])('--period %s reports that period', (arg, code, xiawo) => {
    const run = zugong(['report', file, '--period', arg, '--json']);
    expect(run.code).toBe(0);
    const j = json(run.stdout);
    expect(j.meta.period).toBe(code);
    // 峡窝镇党委 has one 郑州日报 piece (5 points) a month, January to June.
    expect(j.units.find((u) => u.unit === '峡窝镇党委')?.points).toBe(xiawo);
  });

  it('--as-of judges the yearly target by elapsed time: on pace vs behind, and failed once the year closed', () => {
    const mid = json(zugong(['report', file, '--as-of', '2024-06-30', '--json']).stdout);
    const status = (j: Json, unit: string) =>
      j.units.find((u) => u.unit === unit)?.indicators.find((i) => i.name === '全年积分')?.status;
    expect(mid.meta.asOf).toBe('2024-06-30');
    expect(status(mid, '峡窝镇党委')).toBe('进度正常'); // 30 of 50 by mid-year
    expect(status(mid, '济源路街道党工委')).toBe('进度滞后'); // 10 of 50
    const end = json(zugong(['report', file, '--as-of', '2024-12-31', '--json']).stdout);
    expect(status(end, '峡窝镇党委')).toBe('未达标');
  });

  it('the month report names its tab after the period and lists 零报送 units', async () => {
    const out = join(dir, 'march.xlsx');
    const run = zugong(['report', file, '--period', '2024-03', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(
      '2024年3月组工信息宣传工作通报（规则：上街区积分办法，达标进度截至 2024-03-31）',
    );
    const wb = await readXlsx(out);
    const ws = wb.getWorksheet('通报 2024-03')!;
    const text = allValues(wb)
      ['通报 2024-03'].map((r) => String(r[0] ?? ''))
      .join('');
    expect(ws).toBeDefined();
    expect(text).toMatch(/济源路街道党工委[^；]*本期零报送（既无报送也无录用）/);
  });
});

describe('CSV ledgers, presets and inferred unit types', () => {
  let dir: string;
  let csv: string;
  beforeAll(() => {
    dir = tempDir();
    csv = join(dir, 'ledger.csv');
    const lines = [
      '标题,作者,单位,报送对象,报送日期,媒体,录用日期,审核状态',
      '"东城街道""红色物业"",做法",李娜,东城街道党工委,区委组织部,2024-03-05,郑州日报,2024-03-09,终审',
      '"多行\n标题",王强,宣传科,市委组织部,2024/3/6,人民日报,2024年3月20日,待审',
      '文明创建经验,赵敏,文明办,区委组织部,2024-04-01,,,终审',
      '科协党建观察,钱多,科协党组,区委组织部,20240402,人民日报,2024-04-10,终审',
      '青山镇党建引领,孙丽,青山镇党委,区委组织部,2024-04-03,上街时讯,2024-04-08,终审',
    ];
    writeFileSync(csv, `\ufeff${lines.join('\r\n')}\r\n`);
  });

  it('infers unit types from names and says so on stderr', () => {
    const run = zugong(['report', csv, '--json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('未找到「单位」表');
    const j = json(run.stdout);
    const type = (u: string) => j.units.find((x) => x.unit === u)?.unitType;
    expect(type('东城街道党工委')).toBe('乡镇街道');
    expect(type('青山镇党委')).toBe('乡镇街道');
    expect(type('宣传科')).toBe('部机关科室');
    expect(type('文明办')).toBe('部机关科室');
    expect(type('科协党组')).toBe('其他党工委');
    expect(j.rows).toHaveLength(5);
    // Quotes, a comma and a line break inside a field, BOM and CRLF: the rows keep their sheet numbers.
    expect(j.rows.map((r) => r.row)).toEqual([2, 3, 4, 5, 6]);
    expect(j.rows[0].points).toBe(5);
  });

  it('a 合计 line, a section heading and #N/A in 单位 are no units of the ranking (no 单位 table)', () => {
    const messy = join(dir, 'messy.csv');
    const lines = [
      '标题,作者,单位,报送对象,报送日期,媒体,录用日期',
      ',,一、乡镇街道,,,,',
      '青山镇党建引领,孙丽,青山镇党委,区委组织部,2024-04-03,郑州日报,2024-04-08',
      '查找失败的一行,李娜,#N/A,区委组织部,2024-04-03,郑州日报,2024-04-09',
      ',,合计,,,,',
    ];
    writeFileSync(messy, `${lines.join('\n')}\n`);
    const run = zugong(['report', messy, '--json', '--as-of', '2024-12-31']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('第5行是合计行，已跳过');
    const j = json(run.stdout);
    expect(j.units.map((u) => u.unit)).toEqual(['青山镇党委']);
    expect(j.rows.map((r) => [r.row, r.points])).toEqual([
      [2, 0],
      [3, 5],
      [4, 0],
    ]);
  });

  // Each preset's row points on this ledger: figures only that preset produces. The ledger is read twice,
  // as the CSV (no 设置: 上街区 by default) and as a workbook whose 设置 names 类别, so a --preset that
  // were ignored would show the default's or the 设置's figures in at least one of them.
  const ROW_POINTS: Record<string, number[]> = {
    上街区: [5, 30, 0, 30, 1],
    部机关: [0, 0, 0, 0, 0],
    类别: [0, 15, 0, 15, 0], // 类别's 三审 gate holds 津市组工 posts only (004): row 3's 人民日报 piece at 待审 scores
  };
  const TITLES: Record<string, string> = {
    上街区: '上街区积分办法',
    部机关: '部机关目标考核',
    类别: '类别积分（示例）',
  };

  it('the three presets give three different sets of figures on this ledger', () => {
    const lists = Object.values(ROW_POINTS).map((p) => p.join());
    expect(new Set(lists).size).toBe(lists.length);
  });

  it.each(['上街区', '部机关', '类别'])(
    '--preset %s applies that preset, whatever 设置 names',
    async (preset) => {
      const xlsx = join(dir, 'ledger-with-设置-类别.xlsx');
      if (!existsSync(xlsx)) {
        const grid = parseCsv(decodeCsv(readFileSync(csv)));
        await writeXlsx(xlsx, {
          稿件台账: grid,
          设置: [
            ['项目', '值', '说明'],
            ['预设', TITLES.类别, ''],
          ],
        });
      }
      for (const file of [csv, xlsx]) {
        const run = zugong(['report', file, '--preset', preset, '--json']);
        expect(run.code, run.stderr).toBe(0);
        const j = json(run.stdout);
        expect({ file, preset: j.meta.preset, points: j.rows.map((r) => r.points) }).toEqual({
          file,
          preset: TITLES[preset],
          points: ROW_POINTS[preset],
        });
        expect(j.units.map((u) => u.unit).sort()).toEqual(
          ['东城街道党工委', '宣传科', '文明办', '科协党组', '青山镇党委'].sort(),
        );
      }
      if (preset === '类别') {
        const run = zugong(['report', csv, '--preset', preset, '--json']);
        const rows = json(run.stdout).rows;
        // A town sending to 区委组织部: a submission, but not to 研究室, the 类别 quota's recipient.
        expect(rows.find((r) => r.row === 2)?.issues).toContain(
          '报送对象“区委组织部”不是本单位报送任务的对象（研究室），不计入报送任务',
        );
        // 宣传科 is a 部机关科室: 004 asks 各乡镇、县直单位 (not the 部机关's 组室) to send to 研究室, so no quota to miss.
        expect(rows.find((r) => r.row === 3)?.issues).toEqual([]);
      }
    },
  );
});

describe('errors: one line in Chinese and English, exit 1, nothing written', () => {
  it.each([
    [
      ['report', 'x.xlsx', '--preset', '西区'],
      '错误：未知预设「西区」，可选：上街区、部机关、类别｜Error: unknown preset "西区", expected one of 上街区, 部机关, 类别',
    ],
    [['report', 'x.xlsx', '--period'], '错误：选项 --period 缺少取值｜Error: option --period needs a value'],
    // Given twice, an option is refused like an unknown one: neither value is silently dropped.
    [
      ['report', 'x.xlsx', '--period', '2024', '--period', '2023'],
      '错误：选项 --period 重复：只能给一次（已有「2024」，又给了「2023」）｜Error: option --period given twice',
    ],
    [
      ['report', 'x.xlsx', '--period=2024-03', '--period', '2024-04'],
      '错误：选项 --period 重复：只能给一次（已有「2024-03」，又给了「2024-04」）｜Error: option --period given twice',
    ],
    [
      ['report', 'x.xlsx', '--preset', '部机关', '--preset', '上街区'],
      '错误：选项 --preset 重复：只能给一次（已有「部机关」，又给了「上街区」）｜Error: option --preset given twice',
    ],
    [
      ['report'],
      '错误：缺少台账文件｜Error: missing the ledger file (zugong report <ledger.xlsx|ledger.csv>)',
    ],
  ])('a usage mistake %j: the whole line, exit 1', (args, line) => {
    const run = zugong(args);
    expect({ code: run.code, stderr: run.stderr, stdout: run.stdout }).toEqual({
      code: 1,
      stderr: `${line}\n`,
      stdout: '',
    });
  });

  it('--version prints the version of package.json', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(zugong(['--version'])).toEqual({ code: 0, stdout: `zugong ${version}\n`, stderr: '' });
  });

  it('a missing file', () => {
    const dir = tempDir();
    const run = zugong(['report', join(dir, 'nope.xlsx'), '--out', join(dir, 'r.xlsx')]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('找不到');
    expect(run.stderr).toContain('file not found');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a file that is not a workbook, and a ledger without the 标题 header', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.xlsx'), 'this is not a zip');
    const bad = zugong(['report', join(dir, 'bad.xlsx'), '--out', join(dir, 'r.xlsx')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/无法读取.*cannot read/);
    await writeXlsx(join(dir, 'nohead.xlsx'), {
      稿件台账: [
        ['名称', '单位'],
        ['x', '峡窝镇党委'],
      ],
    });
    const nohead = zugong(['report', join(dir, 'nohead.xlsx'), '--out', join(dir, 'r.xlsx')]);
    expect(nohead.code).toBe(1);
    expect(nohead.stderr).toContain('标题');
    expect(existsSync(join(dir, 'r.xlsx'))).toBe(false);
  });

  it('a bad rule cell names the cell and refuses to publish numbers', async () => {
    const dir = tempDir();
    const grids = rulesToGrids(presetRules('上街区'));
    grids.计分[3][5] = '五分'; // 计分 row 4, 分值
    await writeXlsx(join(dir, 'ledger.xlsx'), {
      稿件台账: ledgerGrid([adopted('峡窝镇党委', '郑州日报', '2024-03-01')]),
      计分: grids.计分,
    });
    const run = zugong(['report', join(dir, 'ledger.xlsx'), '--out', join(dir, 'r.xlsx'), '--json']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('计分');
    expect(run.stderr).toContain('第4行');
    expect(run.stderr).toContain('分值');
    expect(run.stderr).toContain('row 4');
    expect(readdirSync(dir)).toEqual(['ledger.xlsx']);
  });

  it('bad options and an output that would overwrite the input', () => {
    expect(zugong(['report', EXAMPLE, '--period', '2024-Q5']).stderr).toContain('--period');
    const same = zugong(['report', EXAMPLE, '--out', EXAMPLE]);
    expect(same.code).toBe(1);
    expect(same.stderr).toContain('--out 指向的是台账文件本身');
  });
});

describe('text stays text', () => {
  it('formula-looking titles come out as strings in every tab, never as formulas', async () => {
    const dir = tempDir();
    const titles = ['=HYPERLINK("http://x","y")', '+1', '@x', '-2+3'];
    // Unknown outlet without level: each row has an issue, so the titles also reach 通报's 待核实 list.
    const rows = titles.map((t, i) => ({
      ...adopted('峡窝镇党委', '不存在的报纸', `2024-03-0${i + 1}`),
      标题: t,
    }));
    await writeXlsx(join(dir, 'ledger.xlsx'), { 稿件台账: ledgerGrid(rows) });
    const out = join(dir, 'r.xlsx');
    expect(zugong(['report', join(dir, 'ledger.xlsx'), '--out', out]).code).toBe(0);
    const wb = await readXlsx(out);
    const ledger = wb.getWorksheet('稿件台账')!;
    titles.forEach((t, i) => {
      const cell = ledger.getCell(i + 2, 1);
      expect(cell.value).toBe(t);
      expect(cell.formula).toBeUndefined();
    });
    const report = wb.getWorksheet('待核实')!;
    const cells: unknown[] = [];
    report.eachRow((row) => {
      row.eachCell((c) => {
        expect(c.formula).toBeUndefined();
        cells.push(c.value);
      });
    });
    for (const t of titles) expect(cells).toContain(t);
  });
});

describe('determinism and the no-argument run', () => {
  it('the same input twice gives the same cells apart from the generation time', async () => {
    const dir = tempDir();
    const a = join(dir, 'a.xlsx');
    const b = join(dir, 'b.xlsx');
    expect(zugong(['report', EXAMPLE, '--period', '2024-Q2', '--out', a]).code).toBe(0);
    expect(zugong(['report', EXAMPLE, '--period', '2024-Q2', '--out', b]).code).toBe(0);
    const va = allValues(await readXlsx(a));
    const vb = allValues(await readXlsx(b));
    // The line with 生成时间 (the minute each run was made) is left out, wherever a tab puts it.
    const strip = (v: Record<string, unknown[][]>) => {
      for (const rows of Object.values(v)) {
        rows.forEach((r, i) => {
          if (r.some((c) => String(c).includes('生成时间'))) rows[i] = [];
        });
      }
      return v;
    };
    expect(Object.keys(va)).toEqual(Object.keys(vb));
    expect(strip(va)).toEqual(strip(vb));
  });

  it('npm start with no arguments reports on the example and writes out/report.xlsx', async () => {
    // Run in the package folder, as npm start runs it; a bare zugong elsewhere writes here too (s24b F3).
    const run = zugongBin([], ROOT);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('名次');
    expect(run.stdout).toContain('峡窝镇党委');
    expect(run.stdout).toContain(`已写入 ${join('out', 'report.xlsx')}（`);
    const wb = await readXlsx(join(ROOT, 'out', 'report.xlsx'));
    expect(wb.getWorksheet('领导看板')).toBeDefined();
    const paragraphs = await docxParagraphs(join(ROOT, 'out', 'report.docx'));
    expect(paragraphs).toContain('关于2024年组工信息宣传工作情况的通报');
  });
});

describe('rule workbooks, the progress bar, a failing save, the built command', () => {
  it('--rules takes the rule tabs from another workbook: an edited 计分 changes the points', async () => {
    const dir = tempDir();
    await writeXlsx(join(dir, 'ledger.xlsx'), {
      稿件台账: ledgerGrid([adopted('峡窝镇党委', '河南日报', '2024-03-01')]),
    });
    const base = json(zugong(['report', join(dir, 'ledger.xlsx'), '--json']).stdout);
    const grids = rulesToGrids(presetRules('上街区'));
    const row = grids.计分.findIndex((r) => r[0] === '录用' && r[1] === '省级');
    grids.计分[row][5] = 12;
    await writeXlsx(join(dir, 'rules.xlsx'), { 计分: grids.计分 });
    const run = zugong(['report', join(dir, 'ledger.xlsx'), '--rules', join(dir, 'rules.xlsx'), '--json']);
    expect(run.code).toBe(0);
    expect(base.rows[0].points).toBe(10);
    expect(json(run.stdout).rows[0].points).toBe(12);
  });

  it('draws a progress bar on stderr, never on stdout, when asked to', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'zugong.cjs'), 'report', EXAMPLE, '--json'], {
      encoding: 'utf8',
      env: { ...process.env, ZUGONG_PROGRESS: '1' },
    });
    expect(run.status).toBe(0);
    // Not a terminal: one line per step (redrawn at most every 100 ms), first and last always shown.
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^[█░]{24} +0% 读取台账…$/);
    expect(lines.at(-1)).toMatch(/^█{24} 100% 完成$/);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
  });

  it('the bundle run as `node dist/cli.cjs` reports as the bin does (it once exited 0 having done nothing)', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.cjs'), 'report', EXAMPLE, '--json'], {
      encoding: 'utf8',
      env: { ...process.env, ZUGONG_PROGRESS: '0' },
    });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).meta.totals.points).toBe(2584.6);
    const bare = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.cjs')], { encoding: 'utf8' });
    expect([bare.status, bare.stderr]).toEqual([1, expect.stringContaining('缺少台账文件')]);
  });

  it('an output that cannot be saved is one line, exit 1, and no half-written file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'not-a-folder'), 'x');
    const out = join(dir, 'not-a-folder', 'report.xlsx');
    const run = zugong(['report', EXAMPLE, '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/Error/);
    expect(readdirSync(dir)).toEqual(['not-a-folder']);
  });

  it('the built bin gives the same JSON as the source', () => {
    const fromSource = json(zugong(['report', EXAMPLE, '--json', '--period', '2024-Q3']).stdout);
    const built = zugongBin(['report', EXAMPLE, '--json', '--period', '2024-Q3'], ROOT);
    expect(built.code).toBe(0);
    const fromBin = json(built.stdout);
    const strip = (j: Json) => ({ ...j, meta: { ...j.meta, generatedAt: undefined } });
    expect(strip(fromBin)).toEqual(strip(fromSource));
    expect(fromBin.meta.period).toBe('2024-Q3');
  });
});
