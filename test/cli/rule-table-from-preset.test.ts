// An office keeping its own rule tables drops one it does not use (加分, 系数, 指标) the way offices do: it
// deletes the tab or clears it. The preset's rows then applied with nothing said (audit s37 K6: the 16
// instruction rows got +30/+20/+10 back; the ×3 for length came back). Now one notice per table names it and
// says how to drop it (keep the header row), which leaves the figures of a header-only tab.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir, zugong } from './helpers';

const EXAMPLE = join(ROOT, 'examples', '上街区-2024.xlsx');

async function variant(change: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(EXAMPLE);
  change(wb);
  const path = join(tempDir(), 'rules.xlsx');
  await wb.xlsx.writeFile(path);
  return path;
}

function report(file: string) {
  const run = zugong(['report', file, '--json', '--period', '2024', '--as-of', '2024-12-31']);
  expect(run.code, run.stderr).toBe(0);
  const j = JSON.parse(run.stdout) as { meta: { notices: string[]; totals: { points: number } } };
  return { notices: j.meta.notices, points: j.meta.totals.points };
}

describe('a scoring rule tab deleted or cleared', () => {
  it('deleted: the preset’s rows, said', async () => {
    const r = report(await variant((wb) => wb.removeWorksheet(wb.getWorksheet('加分')!.id)));
    expect(r.points).toBe(report(EXAMPLE).points);
    expect(r.notices).toContain(
      '工作簿中没有「加分」表，按预设「上街区」的加分规则计算；如本年度不设加分，请保留「加分」表的表头行、删去其余各行（或只写一行“本年度不设加分”）',
    );
  }, 60_000);

  it('cleared: the preset’s rows, said; kept with its header only: none, and nothing said', async () => {
    const cleared = report(
      await variant((wb) => {
        const ws = wb.getWorksheet('系数')!;
        ws.eachRow((row) => {
          row.eachCell((cell) => {
            cell.value = null;
          });
        });
      }),
    );
    expect(cleared.notices).toContain(
      '「系数」表是空的，按预设「上街区」的系数规则计算；如本年度不设系数，请保留「系数」表的表头行、删去其余各行（或只写一行“本年度不设系数”）',
    );
    const headerOnly = report(
      await variant((wb) => {
        const ws = wb.getWorksheet('系数')!;
        ws.eachRow((row, n) => {
          if (n > 1)
            row.eachCell((cell) => {
              cell.value = null;
            });
        });
      }),
    );
    expect(headerOnly.points).toBeLessThan(cleared.points);
    expect(headerOnly.notices.filter((n) => n.includes('系数'))).toEqual([]);
  }, 60_000);

  it('a workbook relying on the preset’s scoring (its own 单位 and 设置 only): nothing said', async () => {
    const r = report(
      await variant((wb) => {
        for (const name of ['媒体', '计分', '系数', '加分', '指标', '人员'])
          if (wb.getWorksheet(name)) wb.removeWorksheet(wb.getWorksheet(name)!.id);
      }),
    );
    expect(r.notices.filter((n) => n.includes('按预设「'))).toEqual([]);
  }, 60_000);

  it('the example, every table its own: nothing said', () => {
    expect(report(EXAMPLE).notices.filter((n) => n.includes('按预设'))).toEqual([]);
  });
});

/** The example with `name`'s tab holding only these lines (a title, a note), one per row in column A. */
function onlyLines(name: string, ...lines: string[]) {
  return (wb: ExcelJS.Workbook) => {
    const ws = wb.getWorksheet(name)!;
    ws.eachRow((row) => {
      row.eachCell((cell) => {
        cell.value = null;
      });
    });
    lines.forEach((line, i) => {
      ws.getCell(i + 1, 1).value = line;
    });
  };
}

// Audit s37 K: a tab with only a line of text (本年度不设加分 in A1) had no header, so it was read as absent and
// the preset's rows applied in silence: the office's "no bonuses this year" paid the preset's +30/+20/+10.
describe('a rule tab holding only a title or a note', () => {
  it('a line saying the table is not used (本年度不设加分, 无, 暂不执行) means none, as a header-only tab', async () => {
    const headerOnly = report(
      await variant((wb) => {
        wb.getWorksheet('加分')!.eachRow((row, n) => {
          if (n > 1)
            row.eachCell((cell) => {
              cell.value = null;
            });
        });
      }),
    );
    const none = report(await variant(onlyLines('加分', '本年度不设加分')));
    expect(none.points).toBe(headerOnly.points);
    expect(none.points).toBeLessThan(report(EXAMPLE).points);
    expect(none.notices).toContain(
      '「加分」表第1行写着“本年度不设加分”，按本年度不设加分计算（不取预设的加分规则）',
    );
    // A title over the note, as offices type them: not refused as a header lacking its columns.
    const titled = report(await variant(onlyLines('加分', '2024年加分规则', '无')));
    expect(titled.points).toBe(headerOnly.points);
    expect(titled.notices).toContain('「加分」表第2行写着“无”，按本年度不设加分计算（不取预设的加分规则）');
    const noMultipliers = report(await variant(onlyLines('系数', '系数：暂不执行')));
    expect(noMultipliers.notices).toContain(
      '「系数」表第1行写着“系数：暂不执行”，按本年度不设系数计算（不取预设的系数规则）',
    );
    expect(noMultipliers.points).toBeLessThan(report(EXAMPLE).points);
  }, 120_000);

  it('a title alone: the preset’s rows, said (for 计分 and 媒体 too)', async () => {
    const title = report(await variant(onlyLines('加分', '2024年加分规则')));
    expect(title.points).toBe(report(EXAMPLE).points);
    expect(title.notices).toContain(
      '「加分」表只有“2024年加分规则”，没有表头行和规则行，按预设「上街区」的加分规则计算；如本年度不设加分，请保留「加分」表的表头行、删去其余各行（或只写一行“本年度不设加分”）',
    );
    const points = report(await variant(onlyLines('计分', '计分标准见考核办法')));
    expect(points.notices).toContain(
      '「计分」表只有“计分标准见考核办法”，没有表头行和规则行，按预设「上街区」的计分规则计算；请在「计分」表中填写表头行和规则行',
    );
  }, 120_000);
});
