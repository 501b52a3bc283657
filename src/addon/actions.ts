// 刷新领导看板 as a server function (menu and sidebars): the year to date, written aside and swapped in,
// under the document lock. Never throws: the result carries a Chinese message.
import { dayOfDate } from '../core/dates';
import { ReportError, refreshDashboard as refreshDashboardTab } from '../sheets/run';
import { AppsWorkbook } from './appsWorkbook';
import { withDocumentLock } from './lock';

export interface DashboardResult {
  ok: boolean;
  message: string;
  sheetName?: string;
}

export function errorText(error: unknown): string {
  if (error instanceof ReportError) return error.message;
  const text = error instanceof Error ? error.message : String(error);
  if (/protected|受保护/i.test(text))
    return `领导看板受保护，只有表格所有者和「设置」中的管理员可以刷新。（${text}）`;
  return `出错了：${text}`;
}

export function refreshDashboard(): DashboardResult {
  try {
    const now = new Date();
    const locked = withDocumentLock(() => {
      const port = new AppsWorkbook();
      const result = refreshDashboardTab(port, { now, asOf: dayOfDate(now) });
      return result;
    });
    if (!locked.ok) return { ok: false, message: locked.message };
    const { report, sheetNames, notices } = locked.value;
    const sheetName = sheetNames[0];
    const behind = report.units.filter((u) => u.status === '进度滞后' || u.status === '未达标').length;
    const lines = [
      `领导看板已更新（${report.year}年，${report.units.length} 个单位，其中 ${behind} 个进度滞后或未达标）。`,
      ...notices,
    ];
    return { ok: true, message: lines.join('\n'), sheetName };
  } catch (error) {
    return { ok: false, message: errorText(error) };
  }
}
