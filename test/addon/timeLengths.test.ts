// A 时长 typed 0:42 in Excel or WPS is the time 0:42:00 in an h:mm cell; opened in Sheets, the add-on gets it as a
// value without its format. The command line reads it as the 42 seconds it shows (said); the add-on's columns and
// 生成通报 read 42 minutes, ×3 and nothing said (audit s38 P1). Now both doors read it alike and say it alike.
import { describe, expect, it } from 'vitest';
import * as main from '../../src/addon/main';
import { generateReport } from '../../src/addon/main';
import { runSetup } from '../../src/addon/setupLedger';
import type { Result } from '../../src/addon/sidebar/types';
import { useFakeApps } from '../fakes/useFakeApps';
import { instantOf } from '../fakes/zone';
import { adoption, ledgerGrid } from '../helpers/ledger';

const fake = useFakeApps({ owner: 'owner@example.org' });

function ok<T>(r: Result<T>): { ok: true } & T {
  if (!r.ok) throw new Error(r.message);
  return r;
}

// The time values Sheets hands over for 0:42 and 1:12 in h:mm cells, and 2:30 typed as 0:02:30: the instant of
// that wall clock on 1899-12-30 in the spreadsheet's zone (the fake's default, Asia/Shanghai).
const time = (h: number, m: number, s = 0) =>
  new Date(instantOf(Date.UTC(1899, 11, 30, h, m, s), 'Asia/Shanghai'));
const video = (title: string, length: Date | number) =>
  adoption({ 标题: title, 媒体: '郑州电视台', 字数: '', '时长(分钟)': length });
const rows = [
  video('短片', time(0, 42)),
  video('长片', time(1, 12)),
  video('两分半', time(0, 2, 30)),
  video('三分钟', 3),
];

describe('时长 as a time value in the add-on', () => {
  it('the computed column reads 0:42 as 42 seconds (no ×3), 1:12 and 0:02:30 as their minutes', () => {
    const points = (main.ZG_POINTS(ledgerGrid(rows)) as unknown[][]).slice(1).map((r) => r[0]);
    const plain = (main.ZG_POINTS(ledgerGrid([video('x', 0.7)])) as unknown[][])[1][0];
    const long = (main.ZG_POINTS(ledgerGrid([video('x', 3)])) as unknown[][])[1][0];
    expect(long).toBeGreaterThan(plain as number);
    expect(points).toEqual([plain, long, long, long]);
  });

  it('生成通报 says which cells were read so, as the command line does', () => {
    runSetup();
    const grid = ledgerGrid(rows);
    const sheet = fake.apps.spreadsheet._sheet('稿件台账')!;
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as string[];
    const values = grid
      .slice(1)
      .map((r) => header.map((h) => (grid[0].includes(h) ? r[grid[0].indexOf(h)] : '')));
    sheet.getRange(2, 1, values.length, header.length).setValues(values);
    const report = ok(generateReport('2024'));
    expect(report.notices).toContain(
      '「稿件台账」表：「时长(分钟)」列第2行是时间格式“0:42”，按 0分42秒 读取；如为42分钟请写 42',
    );
    expect(report.notices).toContain(
      '「稿件台账」表：「时长(分钟)」列第3行是时间格式“1:12”，按 1小时12分（72分钟）读取；如为1分12秒请写 0:01:12',
    );
  });
});
