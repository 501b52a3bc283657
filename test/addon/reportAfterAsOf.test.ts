// A 通报 made before its period ends stops at 截至日期 (a deliberate snapshot): rows of the period dated after it
// (the ledger accepts up to a month ahead) are left out, and now that is SAID (sweep s25c F1): the CLI's stderr
// and --json meta.notices, the add-on's 生成通报 and 领导看板 notices, naming the rows (the tab, in the add-on).
// Figures unchanged.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateReport, refreshDashboard } from '../../src/addon/main';
import { tempDir, zugong } from '../cli/helpers';
import { useFakeApps } from '../fakes/useFakeApps';
import { adoption, ledgerGrid } from '../helpers/ledger';

const fake = useFakeApps({ owner: 'owner@example.org', startWithSheet1: false });

// Ten 录用 rows of 峡窝镇党委 in 上街组工动态 (1 point each), dated 2024-12-15 … 12-24: sheet rows 2–11.
const days = Array.from({ length: 10 }, (_, i) => `2024-12-${15 + i}`);
const SAID =
  '第8、9、10、11行（共4行）的日期晚于截至日期2024年12月20日，未计入本期通报；期间结束后再生成即可计入';

describe('rows dated after 截至日期 (s25c F1)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-12-20T04:00:00Z')); // noon in Beijing
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('生成通报 and 刷新领导看板 before the year ends: the 4 rows after today are named with their tab', () => {
    const rows = days.map((d, i) =>
      adoption({ 标题: `稿件${i}`, 作者: '张三', 单位: '峡窝镇党委', 媒体: '上街组工动态', 录用日期: d }),
    );
    fake.apps.spreadsheet._addSheet('稿件台账', ledgerGrid(rows) as unknown[][]);
    const r = generateReport('2024');
    if (!r.ok) throw new Error(r.message);
    expect(r.rows).toBe(6); // the snapshot's figures are unchanged
    expect(r.notices).toContain(`「稿件台账」${SAID}`);
    const d = refreshDashboard();
    if (!d.ok) throw new Error(d.message);
    expect(JSON.stringify(d)).toContain(`「稿件台账」${SAID}`);
  });

  it('the command line: said on stderr and in meta.notices; more than ten rows listed as 等N行; none at the end', () => {
    vi.useRealTimers();
    const dir = tempDir();
    const csv = join(dir, 'future.csv');
    const lines = ['标题,作者,单位,媒体,采用方式,录用日期'];
    for (const [i, d] of days.entries()) lines.push(`稿件${i},张三,峡窝镇党委,上街组工动态,录用,${d}`);
    writeFileSync(csv, `${lines.join('\n')}\n`);
    const run = zugong(['report', csv, '--period', '2024', '--as-of', '2024-12-20', '--json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(SAID);
    const out = JSON.parse(run.stdout) as { meta: { notices: string[]; totals: { points: number } } };
    expect(out.meta.notices).toContain(SAID);
    expect(out.meta.totals.points).toBe(6);
    const twelve = join(dir, 'twelve.csv');
    writeFileSync(
      twelve,
      `${lines.join('\n')}\n稿件10,张三,峡窝镇党委,上街组工动态,录用,2024-12-25\n稿件11,张三,峡窝镇党委,上街组工动态,录用,2024-12-26\n`,
    );
    const early = zugong(['report', twelve, '--period', '2024', '--as-of', '2024-12-03', '--json']);
    const notices = (JSON.parse(early.stdout) as { meta: { notices: string[] } }).meta.notices;
    expect(notices).toContain(
      '第2、3、4、5、6、7、8、9、10、11行等12行的日期晚于截至日期2024年12月3日，未计入本期通报；期间结束后再生成即可计入',
    );
    const end = zugong(['report', csv, '--period', '2024', '--as-of', '2024-12-31', '--json']);
    expect(end.stdout).not.toContain('晚于截至日期');
  }, 240_000); // three runs of the command line
});
