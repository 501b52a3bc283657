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
      '工作簿中没有「加分」表，按预设「上街区」的加分规则计算；如本年度不设加分，请保留「加分」表的表头行、删去其余各行',
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
      '「系数」表是空的，按预设「上街区」的系数规则计算；如本年度不设系数，请保留「系数」表的表头行、删去其余各行',
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
