// 生成通报: what the dialog shows first, the 通报's own words in 设置 (shown and saved), the report itself
// (under the document lock), and the two jumps the page offers (a 待核实 row, the new 通报 tab).

import { dayToIso } from '../../core/dates';
import { userError } from '../../core/errors';
import { parsePeriod, reversedRange } from '../../core/period';
import {
  applySettingsEdit,
  checkNoticeSettings,
  type NoticeSettings,
  noticeSettingTexts,
  PRESET_NAMES,
  PRESET_TITLES,
  planSettingsEdit,
} from '../../core/rules';
import { runReport } from '../../sheets/run';
import { LEDGER_TAB, REPORT_TAB_PREFIX } from '../../sheets/tabs';
import { asTypedText } from '../../sheets/typedInput';
import { computedColumnNotices, FirstRowsWorkbook } from '../computedColumnNotices';
import { withDocumentLock } from '../runtime/lock';
import { respond } from '../runtime/respond';
import { book, loadRules, presetLabel, readTab, sheetOrRefuse, textArg, today } from '../runtime/session';
import { findLedgerSheet } from '../setupLedger';
import type { ReportInfo, ReportResult, Result, SavedSettings, SelectedRow } from './types';

export function getReportInfo(): Result<ReportInfo> {
  return respond(() => {
    const { rules, errors } = loadRules();
    return {
      preset: presetLabel(rules),
      year: rules.settings.year,
      today: dayToIso(today()),
      ruleErrors: errors.length,
      presets: PRESET_NAMES.map((p) => PRESET_TITLES[p]),
      settings: noticeSettingTexts(rules.settings),
    };
  });
}

export const SETTINGS_PROTECTED =
  '“设置”表受保护，您没有修改权限，设置未保存（表单中的内容仍在）。请表格所有者或「设置」中的管理员修改，或请其把您加为管理员。';

/**
 * Save the 通报 rows of 设置 the page changed: checked, then one setValues into the 设置 tab under the
 * document lock (cells between the changed ones are put back as they were: formula, or value as text).
 */
export function saveReportSettings(values: Partial<NoticeSettings>): Result<SavedSettings> {
  return respond((): SavedSettings => {
    const wanted = checkNoticeSettings(values);
    return withDocumentLock(() => {
      // Only 设置 is read: the 通报 rows and the preset they fall back on are all in it.
      const grids = { 设置: readTab('设置') };
      const edit = planSettingsEdit(grids.设置, wanted);
      if (edit) {
        const sheet = book().getSheetByName('设置')!;
        const height = edit.cells.length;
        const width = edit.cells[0].length;
        try {
          const missing = edit.top + height - sheet.getMaxRows();
          if (missing > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missing);
          const range = sheet.getRange(edit.top + 1, edit.left + 1, height, width);
          const formats = range.getNumberFormats();
          const formulas = range.getFormulas();
          const old = range.getValues();
          const keep = (v: unknown, format: string) => (typeof v === 'string' ? asTypedText(v, format) : v);
          range.setValues(
            edit.cells.map((row, r) =>
              row.map((text, c) =>
                text !== null
                  ? asTypedText(text, formats[r][c])
                  : formulas[r][c] || keep(old[r][c], formats[r][c]),
              ),
            ),
          );
        } catch (error) {
          // Sheets refuses a protected tab or cell with "You are trying to edit a protected cell…".
          if (/protected|permission/i.test(String(error))) throw userError('permission', SETTINGS_PROTECTED);
          throw error;
        }
        grids.设置 = applySettingsEdit(grids.设置!, edit);
      }
      const saved = edit?.saved ?? [];
      const settings = noticeSettingTexts(loadRules(grids).rules.settings);
      // A blank cell reads as the preset's text (发文机关, 主送, 文号): say so, or the field seems to refill itself.
      const kept = saved.filter((k) => wanted[k] === '' && settings[k] !== '');
      return {
        saved,
        settings,
        message:
          (saved.length > 0 ? `已保存到“设置”表：${saved.join('、')}` : '设置没有改动') +
          kept.map((k) => `；${k}留空，沿用预设“${settings[k]}”`).join(''),
      };
    });
  });
}

export function generateReport(periodCode: string): Result<ReportResult> {
  return respond((): ReportResult => {
    const code = typeof periodCode === 'string' ? periodCode.trim() : '';
    const period = parsePeriod(code);
    if (!period) {
      throw userError(
        'usage',
        reversedRange(code) ??
          `期间“${code}”无法识别：可写 2024年、2024年第1季度、2024年3月 或 2024-01-01..2024-06-30`,
      );
    }
    return withDocumentLock(() => {
      const port = new FirstRowsWorkbook();
      const { report, sheetNames, notices, noticeDetails, ledgerTab, ledgerTabs } = runReport(port, {
        period,
        today: today(), // clamped into the period: a past one as of its end, a future one its first day
        now: new Date(),
        // 领导看板 shows the current year through its own menu item; a 通报 of another period must not
        // replace it, and staff who may not edit the protected board can still make a 通报.
        writeDashboard: false,
        nameLedgerTab: true,
      });
      const sheetName = sheetNames.find((n) => n.startsWith(REPORT_TAB_PREFIX)) ?? sheetNames[0] ?? '';
      if (sheetName) port.activate(sheetName);
      return {
        sheetName,
        period: report.period.label,
        preset: report.preset,
        units: report.units.length,
        rows: report.totals.rows,
        // An office's own tab kept under another name is said beside the report's notices.
        notices: [...notices, ...port.notes, ...computedColumnNotices(port, ledgerTab, ledgerTabs)],
        issues: [
          // What the reader skipped at a row of the ledger (a repeated header …) is checked there too.
          ...noticeDetails
            .filter((n) => n.row !== undefined && (n.tab ?? ledgerTab) === ledgerTab)
            .map((n) => ({ row: n.row!, unit: '', title: '', issues: [n.message], notice: true })),
          ...report.issues.map((i) => ({
            row: i.row,
            unit: i.unit,
            title: i.title,
            issues: [...i.issues],
            // Several ledger tabs: the row's own, so the click opens that manuscript.
            ...(ledgerTabs.length > 1 ? { tab: i.tab ?? ledgerTab } : {}),
          })),
        ],
      };
    });
  });
}

/** Select a ledger row for the user (a 待核实 row clicked in the sidebar). */
export function selectLedgerRow(row: number, tab?: string): Result<SelectedRow> {
  return respond(() => {
    const r = Math.floor(Number(row));
    // The row's own tab when the page names it (a ledger in several tabs), else the ledger as the report finds it.
    const named = textArg(tab ?? '');
    const sheet =
      named !== ''
        ? sheetOrRefuse(named, `找不到工作表“${named}”`)
        : (findLedgerSheet(book()) ?? sheetOrRefuse(LEDGER_TAB, '找不到“稿件台账”工作表'));
    if (!Number.isFinite(r) || r < 2 || r > sheet.getMaxRows()) {
      throw userError('not-found', `第 ${row} 行不在「${sheet.getName()}」表的范围内`);
    }
    sheet.activate();
    sheet.getRange(r, 1, 1, Math.max(1, sheet.getLastColumn())).activate();
    return { row: r, tab: sheet.getName() };
  });
}

/** Bring a tab to the front (the 打开通报 button). */
export function showSheet(name: string): Result<object> {
  return respond(() => {
    sheetOrRefuse(textArg(name), `找不到工作表“${name}”`).activate();
    return {};
  });
}
