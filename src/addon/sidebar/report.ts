// 生成通报: what the dialog shows first, the report itself (under the document lock), and the two jumps
// the page offers (a 待核实 row, the new 通报 tab).

import { dayToIso } from '../../core/dates';
import { userError } from '../../core/errors';
import { parsePeriod } from '../../core/period';
import { PRESET_NAMES, PRESET_TITLES } from '../../core/rules';
import { cellText } from '../../core/text';
import { runReport } from '../../sheets/run';
import { LEDGER_TAB, REPORT_TAB_PREFIX } from '../../sheets/tabs';
import { AppsWorkbook } from '../appsWorkbook';
import { withDocumentLock } from '../runtime/lock';
import { respond } from '../runtime/respond';
import { book, loadRules, presetLabel, today } from '../runtime/session';
import type { ReportInfo, ReportResult, Result, SelectedRow } from './types';

export function getReportInfo(): Result<ReportInfo> {
  return respond(() => {
    const { rules, errors } = loadRules();
    return {
      preset: presetLabel(rules),
      year: rules.settings.year,
      today: dayToIso(today()),
      ruleErrors: errors.length,
      presets: PRESET_NAMES.map((p) => PRESET_TITLES[p]),
    };
  });
}

export function generateReport(periodCode: string): Result<ReportResult> {
  return respond((): ReportResult => {
    const code = typeof periodCode === 'string' ? periodCode.trim() : '';
    const period = parsePeriod(code);
    if (!period) {
      throw userError(
        'usage',
        `期间“${code}”无法识别：可写 2024年、2024年第1季度、2024年3月 或 2024-01-01..2024-06-30`,
      );
    }
    return withDocumentLock(() => {
      const port = new AppsWorkbook();
      const { report, sheetNames, notices, noticeDetails, ledgerTab } = runReport(port, {
        period,
        today: today(), // clamped into the period: a past one as of its end, a future one its first day
        now: new Date(),
        // 领导看板 shows the current year through its own menu item; a 通报 of another period must not
        // replace it, and staff who may not edit the protected board can still make a 通报.
        writeDashboard: false,
      });
      const sheetName = sheetNames.find((n) => n.startsWith(REPORT_TAB_PREFIX)) ?? sheetNames[0] ?? '';
      if (sheetName) port.activate(sheetName);
      return {
        sheetName,
        period: report.period.label,
        preset: report.preset,
        units: report.units.length,
        rows: report.totals.rows,
        notices,
        issues: [
          // What the reader skipped at a row of the ledger (a repeated header …) is checked there too.
          ...noticeDetails
            .filter((n) => n.row !== undefined && (n.tab ?? ledgerTab) === ledgerTab)
            .map((n) => ({ row: n.row!, unit: '', title: '', issues: [n.message] })),
          ...report.issues.map((i) => ({
            row: i.row,
            unit: i.unit,
            title: i.title,
            issues: [...i.issues],
          })),
        ],
      };
    });
  });
}

/** Select a ledger row for the user (a 待核实 row clicked in the sidebar). */
export function selectLedgerRow(row: number): Result<SelectedRow> {
  return respond(() => {
    const r = Math.floor(Number(row));
    const sheet = book().getSheetByName(LEDGER_TAB);
    if (!sheet) throw userError('not-found', '找不到“稿件台账”工作表');
    if (!Number.isFinite(r) || r < 2 || r > sheet.getMaxRows()) {
      throw userError('not-found', `第 ${row} 行不在台账范围内`);
    }
    sheet.activate();
    sheet.getRange(r, 1, 1, Math.max(1, sheet.getLastColumn())).activate();
    return { row: r };
  });
}

/** Bring a tab to the front (the 打开通报 button). */
export function showSheet(name: string): Result<object> {
  return respond(() => {
    const sheet = book().getSheetByName(cellText(typeof name === 'string' ? name : ''));
    if (!sheet) throw userError('not-found', `找不到工作表“${name}”`);
    sheet.activate();
    return {};
  });
}
