// The words of the 指标 table: 对象 (who), 度量 (what is counted) and 窗口 (over which time).
import { aliasTable, own } from '../maps';
import { simplified } from '../simplified';
import { toHalfWidth } from '../text';
import type { IndicatorSubject, Metric, Window } from '../types';

/*
 * 对象 syntax (what rulesToGrids writes is the first form of each line):
 *   全部门                          → the whole department
 *   每个单位 | 全部单位 | 各单位      → every unit
 *   每人 | 全体人员                  → every person
 *   每人:部机关科室 | 部机关科室人员   → persons of units of that type
 *   科室整体 | 科室                  → each team (unit), any type
 *   科室整体:部机关科室 | 科室:部机关科室 → teams of that type
 *   类型:乡镇街道 | 乡镇街道           → units of that type (the prefix is needed only when the
 *                                       type itself looks like one of the forms above)
 * The colon may be full width; spaces are ignored. The type may also follow in brackets
 * (每人（部机关科室）, 科室整体（部机关科室）) or come first as describeSubject writes it
 * (部机关科室每人, 部机关科室整体): an office copies what a message showed it (audit S23a F6).
 */

const DEPARTMENT = ['全部门', '部门整体', '全部'];
const EVERY_UNIT = ['每个单位', '全部单位', '各单位', '所有单位'];
const EVERY_PERSON = ['每人', '全体人员', '每个人', '个人'];
const TEAM = ['科室整体', '科室', '各科室整体', '各科室', '每个科室'];
const PERSON_PREFIX = ['每人', '个人', '人员'];
const TEAM_PREFIX = ['科室整体', '科室'];
const TYPE_PREFIX = ['类型', '单位类型'];

/** Half width, no spaces, a full-width colon as ':' — the one spelling the subject patterns match. */
function squash(text: string): string {
  return simplified(toHalfWidth(text)).replace(/\s+/g, '').replace(/：/g, ':');
}

export function parseSubject(text: string): IndicatorSubject | null {
  const t = squash(text);
  if (t === '') return null;
  const colon = t.indexOf(':');
  // 每人(部机关科室): the bracketed type as after a colon (a type such as 乡镇(街道) has no prefix before it).
  const bracket = /^([^()]+)\(([^()]+)\)$/.exec(t);
  if (colon < 0 && bracket && [...PERSON_PREFIX, ...TEAM_PREFIX, ...TYPE_PREFIX].includes(bracket[1])) {
    return parseSubject(`${bracket[1]}:${bracket[2]}`);
  }
  if (colon >= 0) {
    const head = t.slice(0, colon);
    const rest = t.slice(colon + 1);
    if (rest === '') return null;
    if (PERSON_PREFIX.includes(head)) return { kind: 'person', unitType: rest };
    if (TEAM_PREFIX.includes(head)) return { kind: 'team', unitType: rest };
    if (TYPE_PREFIX.includes(head)) return { kind: 'unitType', unitType: rest };
    return null;
  }
  if (DEPARTMENT.includes(t)) return { kind: 'department' };
  if (EVERY_UNIT.includes(t)) return { kind: 'everyUnit' };
  if (EVERY_PERSON.includes(t)) return { kind: 'person', unitType: '' };
  if (TEAM.includes(t)) return { kind: 'team', unitType: '' };
  if (t.endsWith('人员') && t.length > 2) return { kind: 'person', unitType: t.slice(0, -2) };
  if (t.endsWith('每人') && t.length > 2) return { kind: 'person', unitType: t.slice(0, -2) };
  if (t.endsWith('整体') && t.length > 2) return { kind: 'team', unitType: t.slice(0, -2) };
  return { kind: 'unitType', unitType: t };
}

/** The text readRules reads back as the same subject. */
export function formatSubject(subject: IndicatorSubject): string {
  switch (subject.kind) {
    case 'department':
      return '全部门';
    case 'everyUnit':
      return '每个单位';
    case 'person':
      return subject.unitType === '' ? '每人' : `每人:${subject.unitType}`;
    case 'team':
      return subject.unitType === '' ? '科室整体' : `科室整体:${subject.unitType}`;
    case 'unitType': {
      const plain = parseSubject(subject.unitType);
      const readsBack = plain?.kind === 'unitType' && plain.unitType === subject.unitType;
      return readsBack ? subject.unitType : `类型:${subject.unitType}`;
    }
  }
}

/** A short description in Chinese, for messages. */
export function describeSubject(subject: IndicatorSubject): string {
  switch (subject.kind) {
    case 'department':
    case 'everyUnit':
      return formatSubject(subject); // 全部门, 每个单位: the table's words read as they are
    case 'person':
      return subject.unitType === '' ? '每人' : `${subject.unitType}每人`;
    case 'team':
      return subject.unitType === '' ? '各科室整体' : `${subject.unitType}整体`;
    case 'unitType':
      return subject.unitType;
  }
}

export const METRICS: readonly Metric[] = ['积分', '录用', '报送', '篇目'];

const METRIC_ALIASES = aliasTable<Metric>(
  '积分 分数 得分|录用 采用 录用数 用稿 录用篇数 录用条数 录用篇次 采用篇数 采用条数|' +
    '报送 上报 报送数 报送条数 报送篇数 报送篇次 上报条数 上报篇数|篇目 发稿 篇数',
);

export function parseMetric(text: string): Metric | null {
  return own(METRIC_ALIASES, squash(text).replace(/\([^)]*\)$/, '')) ?? null; // 积分（分）
}

export const WINDOWS: readonly Window[] = ['全年', '每月', '每季'];

const WINDOW_ALIASES = aliasTable<Window>(
  '全年 年度 全年度 每年 每年度 年|每月 月 按月 每个月 月度|每季 季 季度 每季度 按季',
);

export function parseWindow(text: string): Window | null {
  return own(WINDOW_ALIASES, squash(text)) ?? null;
}
