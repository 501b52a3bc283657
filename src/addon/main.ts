// Entry points Apps Script must see. Every export here becomes a top-level function in dist/Code.js
// (scripts/build.mjs writes the forwarding stubs with the JSDoc of the source): menu handlers, triggers,
// custom functions and the server functions the sidebars call through google.script.run.
export { refreshDashboard } from './actions';
export { ZG_CHECK, ZG_CREDIT, ZG_POINTS, ZG_STATUS, ZG_UNIT_POINTS } from './customFunctions';
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
export * from './sidebarApi';
