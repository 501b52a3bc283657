// The one list of Apps Script globals. Every function exported here, by name, becomes a top-level function
// in dist/Code.js (scripts/build.mjs writes the forwarding stubs with the JSDoc of the source): menu
// handlers, triggers, custom functions and the server functions the pages call through
// google.script.run. Nothing else is callable from a page; test/bundle/globals.test.ts pins the list.
export { ZG_CHECK, ZG_CREDIT, ZG_LEDGER, ZG_POINTS, ZG_STATUS, ZG_UNIT_POINTS } from './customFunctions';
export { refreshDashboard } from './dashboard';
export {
  onInstall,
  onOpen,
  refreshDashboardFromMenu,
  setupLedger,
  showEntrySidebar,
  showHelp,
  showReportDialog,
  showRulesSidebar,
} from './menu';
export { appendLedgerRow, getEntryFormData, listMyRows, previewRow } from './sidebar/entry';
export {
  generateReport,
  getReportInfo,
  saveReportSettings,
  selectLedgerRow,
  showSheet,
} from './sidebar/report';
export { applyPreset, getRulesStatus, selectRuleCell } from './sidebar/rules';
