// Rule tables (单位 媒体 计分 系数 加分 指标 设置, and the optional 人员) and the presets: read, write, validate.

export { type ColumnNeed, rulesNeedingLackedColumns } from './columnNeeds';
export { type DeemedPersonNote, deemedPeopleTheLedgerLacks } from './deemed';
export { outletIndex, outletKey } from './outlets';
export {
  emptyRules,
  PRESET_NAMES,
  PRESET_TITLES,
  type PresetName,
  parsePresetName,
  presetFallback,
  presetRules,
  presetUnitTypes,
} from './presets';
export { type KindNote, kindsTheLedgerLacks, MAX_HEADCOUNT, readRules } from './read';
export {
  cellRef,
  DROPPABLE_TABLES,
  hasText,
  isHeaderOnly,
  noneLine,
  REQUIRED_HEADERS,
  RULE_TABLE_NAMES,
  type RuleGrids,
  type RuleTableName,
  TABLE_HEADERS,
  tableOfHeader,
  textOnlyLines,
} from './schema';
export {
  defaultSettings,
  NOTICE_SETTING_KEYS,
  type NoticeSettingKey,
  type NoticeSettings,
  noticeSettingTexts,
  parseShare,
  SETTING_KEYS,
  settingInGrid,
} from './settings';
export { applySettingsEdit, checkNoticeSettings, planSettingsEdit, type SettingsEdit } from './settingsEdit';
export {
  describeSubject,
  formatSubject,
  METRICS,
  parseMetric,
  parseSubject,
  parseWindow,
  WINDOWS,
} from './subject';
export { RULE_CLASH, validateRules } from './validate';
export { rulesToGrids } from './write';
