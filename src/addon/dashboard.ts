// 刷新领导看板 as a server function (menu and sidebars): the year to date, written aside and swapped in,
// under the document lock.
import { unitStanding } from '../core/notice';
import { refreshDashboard as refreshDashboardTab } from '../sheets/run';
import { computedColumnNotices, FirstRowsWorkbook } from './computedColumnNotices';
import { withDocumentLock } from './runtime/lock';
import { respond } from './runtime/respond';
import { today } from './runtime/session';
import type { DashboardResult, Result } from './sidebar/types';

export function refreshDashboard(): Result<DashboardResult> {
  return respond((): DashboardResult => {
    const now = new Date();
    const port = new FirstRowsWorkbook();
    // The computed columns are read under the same lock as the board, so both see one ledger (as 生成通报 does).
    const { report, sheetNames, notices, columnNotices } = withDocumentLock(() => {
      const run = refreshDashboardTab(port, { now, asOf: today(), nameLedgerTab: true });
      return { ...run, columnNotices: computedColumnNotices(port, run.ledgerTab, run.ledgerTabs) };
    });
    // Counted by the status the board shows: the unit's own tasks, else its 科室整体 task.
    const behind = report.units.filter((u) => {
      const status = unitStanding(report, u).status;
      return status === '进度滞后' || status === '未达标';
    }).length;
    const lines = [
      `领导看板已更新（${report.year}年，${report.units.length} 个单位，其中 ${behind} 个进度滞后或未达标）。`,
      ...notices,
      ...port.notes, // an office's own 领导看板 kept as 领导看板（原表）
      // The ledger's computed columns, where they cannot show what the board counts (as 生成通报 says).
      ...columnNotices,
    ];
    return { message: lines.join('\n'), sheetName: sheetNames[0] ?? '' };
  });
}
