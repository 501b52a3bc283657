// The 通报 as a document (RULES §7): the frame Chinese offices send (温县, 霍林郭勒, 扎兰屯, 潜江), built
// as plain data from the report model and the office's own words in 设置. The Sheets tab, the
// command line's .xlsx and its .docx all render this one model, so they say the same thing.
//
// Decisions:
// - One total: 积分 is the sum of the ranking's column (relay shares included); when a relay share
//   exists, one footnote says how it splits into the units' own pieces and the 对口处室 shares.
// - 名次 in the 附件 is the rank within the unit's type under 排名方式 分类 (targets differ by type).
// - More than three units tied for last are one sentence (N个单位本期积分为0), never N times 末.
// - 通报表扬: the first of each ranked group (points above 0). A group all on the same points, or of one
//   unit, has no first: with nobody praised, the 通报 says that (不分名次), and says 本期无单位取得积分
//   only when no unit has points. 通报批评: 零报送, units behind on a task with the task and the months
//   missed, and 倒扣 rows with the unit, the title and the points.
// - The rows to check (待核实) and ledger row numbers are never in the document: they are the office's.
// - 文号: {年} the period's year, {期} its month or quarter number, so nothing is stored between issues; a
//   year's or a range's 期 is left blank for the office (its 1 or end month repeated a Q1's or a month's number).

import { maxOf, pushAll } from './arrays';
import { ymdOfDay } from './dates';
import { clean, measure, missedByTarget, numText } from './indicatorText';
import { LEVELS } from './levels';
import { dayZh } from './period';
import { bonusHeader, bonusNotes, bonusProvisional, leadBonusCut, paysBonuses } from './teamBonus';
import type {
  Day,
  IndicatorResult,
  Level,
  PeriodSummary,
  PersonRow,
  ReportModel,
  Settings,
  Status,
  UnitRankRow,
} from './types';

export type NoticeCell = string | number | null;

export interface NoticeBlock {
  /** heading: 一、总体情况; subheading: （一）…; paragraph: indented body text; blank: an empty line. */
  kind: 'heading' | 'subheading' | 'paragraph' | 'blank';
  text: string;
}

export interface NoticeTableGroup {
  caption: string; // e.g. 乡镇街道（5个）; '' for one table under 合并
  rows: NoticeCell[][];
}

export interface NoticeTable {
  /** Its line in the 附件 list and its heading: 2024年第三季度各单位积分排名表. */
  title: string;
  header: string[];
  /**
   * Columns holding points totals, rounded to 设置 小数位 (`decimals`) and shown with as many decimals, and those
   * holding signed changes of them; 计任务 columns hold halves (0.5 for two authors), shown to the cent.
   */
  pointCols: number[];
  changeCols: number[];
  creditCols: number[];
  decimals: number;
  groups: NoticeTableGroup[];
  /** A last row summing the table, e.g. 合计. */
  total: NoticeCell[] | null;
  notes: string[];
}

export interface NoticeDoc {
  title: string;
  /** The title in words no line may split (关于 · 2024年第四季度 · 组工信息 · 宣传工作 · 情况的通报), for balanceLines. */
  titleParts: string[];
  issueLine: string;
  recipients: string;
  opening: string;
  body: NoticeBlock[];
  /** 附件：1. … 2. … under the body. */
  attachmentList: string[];
  issuer: string;
  date: string; // 二〇二四年十月九日
  contact: string;
  attachments: NoticeTable[];
}

const DIGITS = '〇一二三四五六七八九';

/** 1..31 in Chinese numerals as dates are written: 九, 十, 十一, 二十, 三十一. */
function smallNumber(n: number): string {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/** A 公文 date: 二〇二四年十月九日 (the year digit by digit, month and day as numbers). */
export function chineseDate(day: Day): string {
  const { y, m, d } = ymdOfDay(day);
  const year = [...String(y)].map((c) => DIGITS[Number(c)]).join('');
  return `${year}年${smallNumber(m)}月${smallNumber(d)}日`;
}

/** A 期 left for the office to number by hand: 2024年第　期. */
const BLANK_ISSUE = '\u3000';

/**
 * The 期 of a period: its month or quarter number; blank for a year or a range, whose 1 or end month was also
 * a Q1's or a month's 第1期 / 第6期 (audit s34 C-F3): the office numbers those series itself.
 */
function issueNumber(model: ReportModel): string {
  const p = model.period;
  const { m } = ymdOfDay(p.from);
  if (p.kind === 'quarter') return String(Math.floor((m - 1) / 3) + 1);
  if (p.kind === 'month') return String(m);
  return BLANK_ISSUE;
}

/** The 文号 template filled in: {年} {期} {月} {季}. */
export function issueLine(model: ReportModel, template: string): string {
  const { y, m } = ymdOfDay(model.period.to);
  const fill: Record<string, string> = {
    年: String(ymdOfDay(model.period.from).y),
    期: issueNumber(model),
    月: String(m),
    季: String(Math.floor((m - 1) / 3) + 1),
    年度: String(y),
  };
  return template.replace(/\{(年度|年|期|月|季)\}/g, (_, k: string) => fill[k]);
}

/** +3 / −2 / 持平 as a change reads in a sentence. */
function change(now: number, before: number, unit: string): string {
  const d = clean(now - before);
  if (d === 0) return '持平';
  return `${d > 0 ? '增加' : '减少'}${numText(Math.abs(d))}${unit}`;
}

function levelsText(lv: Record<Level, number>): string {
  const parts = [...LEVELS]
    .reverse()
    .filter((l) => lv[l] > 0)
    .map((l) => `${l}${numText(lv[l])}篇`);
  return parts.length ? `，其中${parts.join('、')}` : '';
}

function comparison(label: string, now: PeriodSummary, then: PeriodSummary | null, name: string): string {
  if (then === null) return `${name}（${label}）无台账记录，不作比较`;
  return `与${name}（${label}）相比，报送${change(now.submissions, then.submissions, '篇')}，录用${change(
    now.adoptions,
    then.adoptions,
    '篇',
  )}，积分${change(now.points, then.points, '分')}`;
}

/**
 * 上期 and 去年同期 in one sentence; said once when they are the same period (a closed year: its 上期 is last
 * year, 与上期及去年同期（2023年）相比…; a year counted to a day before its end: both are the same days of
 * last year, 与去年同期（2023年1月1日至2月15日）相比…).
 */
function comparisons(model: ReportModel, now: PeriodSummary): string {
  const prev = model.previous;
  const last = model.lastYear;
  // A year counted up to a day before its end: its 上期 is those same days of last year (report.ts), which is
  // 去年同期; said as that, as 附件1's 上期积分 compares them (the whole of last year beside a part of this one
  // would say "2023" twice with two results).
  if (prev && prev.from === last.from && prev.to === last.to)
    return comparison(
      last.label,
      now,
      model.lastYearTotals,
      model.asOf < model.period.to && model.asOf >= model.period.from ? '去年同期' : '上期及去年同期',
    );
  return `${comparison(prev?.label ?? '', now, model.previousTotals, '上期')}；${comparison(
    last.label,
    now,
    model.lastYearTotals,
    '去年同期',
  )}`;
}

const STATUS_WORDS: Status[] = ['已达标', '进度正常', '进度滞后', '未达标'];

/** Paragraphs of text from a 设置 cell (one a line); empty → two headed blank lines. */
function officeText(text: string): NoticeBlock[] {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length === 0) return [blank(), blank()];
  return lines.map((t) => para(t));
}

const para = (text: string): NoticeBlock => ({ kind: 'paragraph', text });
const blank = (): NoticeBlock => ({ kind: 'blank', text: '' });

const ORDINALS = '一二三四五六七八九十';
const ordinal = (k: number) => (k < ORDINALS.length ? ORDINALS[k] : String(k + 1));

/**
 * Whether the 通报 names a unit first (通报表扬's 第一名, 附件1's and the console's 首): the first of its ranked group
 * with points above 0. A unit at 0 is never first because another has a 倒扣 below it (audit S24a F7: 白沙州委组织部
 * 0分 read 首 beside 长河 −8). 末 needs no such rule: the 通报 names every unit marked last (groupSentence).
 */
export function namedFirst(u: UnitRankRow): boolean {
  return u.first && u.points > 0;
}

/** 峡窝镇党委（30分）, or 峡窝镇党委（10分，并列第2） */
function withPoints(u: UnitRankRow, note = ''): string {
  return `${u.unit}（${numText(u.points)}分${note}）`;
}

/**
 * At most this many units are named in one list of the 通报; a longer list gives the count and refers to 附件1,
 * whose 达标状态 and 备注 say which units and why (audit S25b F4: 138 names in one sentence, 25 pages of text).
 */
export const MAX_NAMED = 10;

/** 甲 / 甲、乙2个单位 / 138个单位: the names up to MAX_NAMED (with their count when more than one), else the count. */
function unitList(names: string[]): string {
  if (names.length > MAX_NAMED) return `${names.length}个单位`;
  return names.length > 1 ? `${names.join('、')}${names.length}个单位` : names.join('');
}

/** 并列第一名的有A、B…7个单位（均为32分）, or with more than MAX_NAMED 14个单位（均为32分，名单见附件1）. */
function tiedAt(rank: number, units: UnitRankRow[]): string {
  const pts = `均为${numText(units[0].points)}分`;
  const place = `并列第${ordinal(rank - 1)}名的有`;
  return units.length > MAX_NAMED
    ? `${place}${units.length}个单位（${pts}，名单见附件1）`
    : `${place}${unitList(units.map((u) => u.unit))}（${pts}）`;
}

/**
 * One ranked group's sentence: its first three (ties included, never a unit it names last), its last or the
 * tie at the bottom. A tie of three or more at one place (or more than three named) is one clause per place,
 * 并列第一名的有…7个单位（均为32分）, never seven 「（32分，并列第1）」 under 前三名 (audit S25b F4).
 */
function groupSentence(units: UnitRankRow[], group: ReportModel['rankGroups'][number], inType: boolean) {
  const rank = (u: UnitRankRow) => (inType ? u.rankInType : u.rank);
  if (units.length === 0) return '无。';
  if (units.length === 1)
    return units[0].points === 0 ? `${units[0].unit}本期积分为0。` : `${withPoints(units[0])}。`;
  if (units.every((u) => u.points === units[0].points)) {
    // The units named (audit S25b F7: 「2个单位积分相同」 never said which two), up to MAX_NAMED.
    const who = units.length > MAX_NAMED ? `这${units.length}个单位` : unitList(units.map((u) => u.unit));
    return units[0].points === 0
      ? `${units.length}个单位本期积分均为0。`
      : `${who}积分相同，均为${numText(units[0].points)}分。`;
  }
  // The points the sentence names as 末 (a unit marked last, or the tie at the bottom): no unit on them is
  // also among the first, so a group of two reads 第一名：X；末位：Y, of three 前两名：…；末位：….
  const bottom = units[units.length - 1].points;
  const namesLast = group.tiedLast !== null || units.some((u) => u.last);
  const top = units.filter((u) => rank(u) <= 3 && u.points > 0 && !(namesLast && u.points === bottom));
  // 前三名 only when three (or more, tied) are named: one is 第一名, two 前两名.
  const head = top.length === 1 ? '第一名' : top.length === 2 ? '前两名' : '前三名';
  const places = [...new Set(top.map(rank))].map((r) => ({ r, us: top.filter((u) => rank(u) === r) }));
  const byPlace = top.length > 3 || places.some((p) => p.us.length >= 3);
  const parts =
    top.length === 0
      ? // Best at or below 0 (a 倒扣 below units at 0): said, not left for the reader to wonder (audit S25b F1).
        ['各单位积分均未超过0分，不列第一名']
      : byPlace
        ? places.map(({ r, us }) =>
            us.length === 1 ? `第${ordinal(r - 1)}名：${withPoints(us[0])}` : tiedAt(r, us),
          )
        : [`${head}：${top.map((u) => withPoints(u, tiedNote(units, u, rank))).join('、')}`];
  if (group.tiedLast) {
    const { count, points } = group.tiedLast;
    parts.push(
      points === 0 ? `${count}个单位本期积分为0` : `${count}个单位并列末位，积分均为${numText(points)}分`,
    );
  } else {
    const last = units.filter((u) => u.last);
    if (last.length) parts.push(`末位：${last.map((u) => withPoints(u)).join('、')}`);
  }
  return `${parts.join('；')}。`;
}

/**
 * The units praised, each with its place, points and 录用; units tied first with the same 录用 in one clause
 * (甲、乙2个单位（乡镇街道并列第一名，积分均为32分，录用均为6篇）), not the same words repeated (audit S25b F4).
 */
function praiseList(praised: UnitRankRow[], firsts: UnitRankRow[], inType: boolean): string {
  const type = (u: UnitRankRow) => (inType ? u.unitType : '');
  const clauses = new Map<string, UnitRankRow[]>();
  for (const u of praised) {
    const key = `${type(u)}\u0000${u.points}\u0000${u.adoptions}`;
    clauses.set(key, [...(clauses.get(key) ?? []), u]);
  }
  return [...clauses.values()]
    .map((us) => {
      const u = us[0];
      const tied = firsts.filter((x) => type(x) === type(u) && x.points === u.points).length > 1;
      const place = `${type(u)}${tied ? '并列' : ''}第一名`;
      const each = us.length > 1 ? '均为' : '';
      return `${unitList(us.map((x) => x.unit))}（${place}，积分${each}${numText(u.points)}分，录用${each}${numText(u.adoptions)}篇）`;
    })
    .join('、');
}

/**
 * Why no unit is praised when no group has a first above 0 points: none earned any, or every group with
 * points is level (all its units on the same points, or a group of one) and so has no 第一名 (report.ts
 * markFirstLast gives level groups no 首).
 */
function noFirstReason(model: ReportModel, byName: Map<string, UnitRankRow>, inType: boolean): string {
  if (!model.units.some((u) => u.points > 0)) return '本期无单位取得积分，不作表扬。';
  const level: string[] = [];
  for (const g of model.rankGroups) {
    const units = g.units.map((n) => byName.get(n)).filter((u): u is UnitRankRow => u !== undefined);
    if (units.length === 0 || !(units[0].points > 0)) continue;
    const type = inType && g.type !== '' ? g.type : '';
    level.push(
      units.length === 1
        ? `${type}仅${units[0].unit}1个单位`
        : `${type}${units.length}个单位积分相同（均为${numText(units[0].points)}分）`,
    );
  }
  return `${level.join('；')}，不分名次，本期不作表扬。`;
}

function tiedNote(units: UnitRankRow[], u: UnitRankRow, rank: (u: UnitRankRow) => number): string {
  const r = rank(u);
  return units.filter((x) => rank(x) === r).length > 1 ? `，并列第${r}` : '';
}

/**
 * One task a unit falls short on, as a 通报 sentence says it (no spaces, few words): 全年积分6分/目标20分,
 * 每月向区委组织部报送11/12个月达标（2月不足2篇）, or 0/9个月达标 when every month was missed.
 */
export function noticeShortfall(i: IndicatorResult): string {
  const m = measure(i);
  const buckets = i.buckets ?? [];
  if ((i.window === '每月' || i.window === '每季') && buckets.length > 0) {
    const word = i.window === '每月' ? '个月' : '个季度';
    const closed = buckets.filter((b) => b.met !== null);
    const missed = closed.filter((b) => b.met === false);
    const current = buckets.find((b) => b.bucket === i.currentBucket);
    const open =
      current && current.met === null
        ? `本${i.window === '每月' ? '月' : '季'}已${numText(i.value)}${m}`
        : '';
    // Each month with its own 目标 (a dated version may have raised it): 2月不足2篇，8月不足3篇.
    const detail =
      missed.length > 0 && missed.length <= 3
        ? missedByTarget(i)
            .map((g) => `${g.names.join('、')}不足${numText(g.target)}${m}`)
            .join('，')
        : '';
    const why = [detail, open].filter(Boolean).join('，');
    const done = closed.length > 0 ? `${closed.length - missed.length}/${closed.length}${word}达标` : '';
    return `${i.name}${done}${why ? `（${why}）` : ''}`;
  }
  return `${i.name}${numText(i.value)}${m}/目标${numText(i.target)}${m}`;
}

/** The word a unit's 达标状态 shows when it has no task of its own and no 科室整体 task. */
export const NO_UNIT_TASK = '无单位任务';

/**
 * What a unit's 达标状态 is, the one reading the 通报, its 附件1 and 领导看板 share: the unit's own tasks
 * when it has any; else its 科室整体 task (部机关: personal task × headcount), source 'team'; else none
 * (status null, read as 无单位任务), never 已达标 for a unit nothing was asked of.
 */
export function unitStanding(
  model: Pick<ReportModel, 'teams'>,
  u: Pick<UnitRankRow, 'unit' | 'indicators' | 'groups' | 'status'>,
): { status: Status | null; source: 'unit' | 'team' | 'none'; subject: IndicatorSubjectLike | null } {
  if (u.indicators.length > 0) return { status: u.status, source: 'unit', subject: u };
  const team = model.teams.find((t) => t.subject === u.unit && t.indicators.length > 0);
  if (team) return { status: team.status, source: 'team', subject: team };
  return { status: null, source: 'none', subject: null };
}

/** The 达标状态 text of a unit: its standing, or 无单位任务. */
export function standingText(model: Pick<ReportModel, 'teams'>, u: UnitRankRow): string {
  return unitStanding(model, u).status ?? NO_UNIT_TASK;
}

type IndicatorSubjectLike = { indicators: IndicatorResult[]; groups: { group: string; met: boolean }[] };

/** The tasks of a subject (unit, team, department, person) at these statuses, any-of groups met left out. */
function subjectShortfalls(s: IndicatorSubjectLike, statuses: Status[]): string[] {
  const metGroups = new Set(s.groups.filter((g) => g.met).map((g) => g.group));
  return s.indicators
    .filter((i) => statuses.includes(i.status) && !(i.group && metGroups.has(i.group)))
    .map(noticeShortfall);
}

/** 均未达标 / 进度均正常: a whole set at one status, as a sentence says it. */
export const ALL_AT: Record<Status, string> = {
  已达标: '均已达标',
  进度正常: '进度均正常',
  进度滞后: '进度均滞后',
  未达标: '均未达标',
};

/**
 * 5个单位均未达标, or 已达标15个、未达标5个单位: the statuses held, empty ones left out (audit S25b F5: never
 * 已达标0个、进度正常0个、进度滞后0个、未达标5个). `word` counts (个, 人), `noun` follows it (单位, '').
 */
export function statusCounts(statuses: (Status | null)[], word: string, noun: string): string {
  const held = STATUS_WORDS.map((s) => [s, statuses.filter((x) => x === s).length] as const).filter(
    ([, n]) => n > 0,
  );
  if (held.length === 1)
    return `${held[0][1]}${word}${noun}${held[0][1] === 1 ? held[0][0] : ALL_AT[held[0][0]]}`;
  return `${held.map(([s, n]) => `${s}${n}${word}`).join('、')}${noun}`;
}

/**
 * The day a 通报 made before its period ends counts up to (its 截至日期: the as-of day, or today, inside the
 * period, as report.ts counts), else null: a period already over reads as before (audit S25e F1).
 */
export function countedTo(model: Pick<ReportModel, 'asOf' | 'period'>): Day | null {
  const p = model.period;
  return model.asOf >= p.from && model.asOf < p.to ? model.asOf : null;
}

export interface NoticeOptions {
  /** The 通报's date (落款): the day it is generated. */
  issuedOn: Day;
}

/** Build the 通报 document of a report model, with the office's words from 设置. */
export function buildNotice(model: ReportModel, settings: Settings, options: NoticeOptions): NoticeDoc {
  const p = model.period;
  const label = p.label;
  const t = model.totals;
  const inType = model.rankingMode === '分类';
  const byName = new Map(model.units.map((u) => [u.unit, u]));
  const body: NoticeBlock[] = [];
  const rankingTitle = `${label}各单位组工信息积分排名表`;
  const peopleTitle = `${label}个人组工信息计任务情况表`;
  const attachmentList = [rankingTitle, ...(settings.showPeople ? [peopleTitle] : [])];

  // 一、总体情况: the figures, then this period against the one before and a year before.
  body.push({ kind: 'heading', text: '一、总体情况' });
  const ytd = clean(model.units.reduce((a, u) => a + u.ytdPoints, 0));
  const relayNote =
    t.relayPoints !== 0
      ? `（含各单位稿件积分${numText(t.manuscriptPoints)}分、对口处室转报分成${numText(t.relayPoints)}分）`
      : '';
  // Figures at 0 are left out (audit S25b F5): a period with nothing reads 各单位未报送组工信息, not 0篇…0分.
  const nothing = t.submissions === 0 && t.adoptions === 0 && t.points === 0;
  const sent = t.submissions > 0 ? `各单位共报送组工信息${numText(t.submissions)}篇` : '各单位未报送组工信息';
  const adopted =
    t.adoptions > 0
      ? `，被各级媒体录用${numText(t.adoptions)}篇${levelsText(t.adoptionsByLevel)}；共计积分${numText(t.points)}分${relayNote}`
      : t.points === 0
        ? '，暂无录用和积分'
        : `，暂无录用；共计积分${numText(t.points)}分${relayNote}`;
  // 年初以来: a March 通报's 664.5 is January to March, not the year's (audit s35 E-F1); January's is the period's own.
  const ytdText =
    p.kind === 'year' || ytd === 0 || ytd === t.points ? '' : `，年初以来累计积分${numText(ytd)}分`;
  // A 通报 made before its period ends says where its figures stop (audit S25e F1): 2024年第三季度，截至8月20日，….
  const cut = countedTo(model);
  const upTo = cut === null ? '' : `截至${dayZh(cut, false)}，`;
  body.push(
    para(`${label}，${upTo}${nothing ? sent : `${sent}${adopted}`}${ytdText}。${comparisons(model, t)}。`),
  );
  // Each unit by its standing: its own tasks, else its 科室整体 task; a unit asked nothing is no 已达标.
  const standing = new Map(model.units.map((u) => [u.unit, unitStanding(model, u)]));
  const judged = model.units.filter((u) => standing.get(u.unit)?.status != null);
  const teamJudged = judged.some((u) => standing.get(u.unit)?.source === 'team');
  if (judged.length > 0) {
    const behindBy = (['未达标', '进度滞后'] as Status[])
      .map((s) => [s, judged.filter((u) => standing.get(u.unit)?.status === s).length] as const)
      .filter(([, n]) => n > 0);
    const behind = behindBy.map(([, n]) => n);
    const none = model.units.length - judged.length;
    // The units behind are named once, in 三、通报批评 with their reasons (or there counted, with 附件1 naming
    // them): not here as well (audit S25b F4).
    const where = behind.every((n) => n > MAX_NAMED)
      ? '附件1'
      : behind.some((n) => n > MAX_NAMED)
        ? '第三部分和附件1'
        : '第三部分';
    body.push(
      para(
        `对照全年任务${teamJudged ? '（部机关科室按科室整体任务，即个人任务×科室折算人数）' : ''}，${statusCounts(
          judged.map((u) => standing.get(u.unit)?.status ?? null),
          '个',
          '单位',
        )}${none > 0 ? `（另有${none}个单位无单位任务）` : ''}${
          behind.length ? `，${behindBy.map(([s]) => s).join('和')}的单位及原因见${where}` : ''
        }。`,
      ),
    );
  }
  // The department's own targets (000: 部机关 each month and the year), when the rules set them.
  const dept = model.department;
  if (dept && dept.indicators.length > 0) {
    // Each shortfall under its own word: a 进度滞后 item is not 未达标 (the status says the worst of them).
    const failed = subjectShortfalls(dept, ['未达标']);
    const behind = subjectShortfalls(dept, ['进度滞后']);
    const parts = [
      failed.length ? `未达标：${failed.join('；')}` : '',
      behind.length ? `进度滞后：${behind.join('；')}` : '',
    ].filter((x) => x !== '');
    const whole = `${dept.status}${dept.compliant ? '（全部达标）' : ''}`;
    body.push(para(`对照全部门目标，${parts.length ? parts.join('；') : whole}。`));
  }
  // Personal tasks (000 §三(一)): how many people met them, those who did by name.
  const judgedPeople = model.people.filter((x) => x.status !== null);
  if (judgedPeople.length > 0) {
    const done = judgedPeople.filter((x) => x.status === '已达标').map((x) => x.person);
    const counts = statusCounts(
      judgedPeople.map((x) => x.status),
      '人',
      '',
    );
    // One status for everyone: 3人均未达标, not 3人中3人均未达标.
    const one = new Set(judgedPeople.map((x) => x.status)).size === 1;
    body.push(
      para(
        `对照个人任务，${one ? counts : `${judgedPeople.length}人中${counts}`}${
          done.length && done.length <= MAX_NAMED ? `，已完成任务的是${done.join('、')}` : ''
        }${settings.showPeople ? '（每人情况详见附件2）' : ''}。`,
      ),
    );
  }

  // 二、排名: each unit type on its own (分类), or all together (合并).
  body.push({ kind: 'heading', text: '二、各单位积分排名情况' });
  model.rankGroups.forEach((g, k) => {
    const units = g.units.map((n) => byName.get(n)).filter((u): u is UnitRankRow => u !== undefined);
    const sentence = groupSentence(units, g, inType && g.type !== '');
    body.push(
      para(
        g.type === ''
          ? `全部${units.length}个单位。${sentence}`
          : `（${ordinal(k)}）${g.type}（${units.length}个）。${sentence}`,
      ),
    );
  });
  body.push(para(`各单位具体得分详见附件1。${cappedSentence(model)}`));

  // 三、通报表扬 / 通报批评, each with its reason.
  body.push({ kind: 'heading', text: '三、通报表扬和通报批评' });
  // 通报批评 first: a unit the 通报 criticises or bars is not praised in the paragraph above it.
  const criticised: string[] = [];
  // Why a unit is not praised: what the same 通报 criticises it for.
  const blamed = new Map<string, Set<string>>();
  const blame = (unit: string, why: string) => blamed.set(unit, (blamed.get(unit) ?? new Set()).add(why));
  // A list longer than MAX_NAMED is counted and referred to 附件1, whose 备注 then carries each unit's reason.
  const deferred = new Map<string, string>();
  if (model.zeroUnits.length) {
    const n = model.zeroUnits.length;
    criticised.push(
      n > MAX_NAMED
        ? `${n}个单位本期零报送（既无报送也无录用，名单见附件1）`
        : `${unitList(model.zeroUnits)}本期零报送（既无报送也无录用）`,
    );
    for (const name of model.zeroUnits) blame(name, '本期零报送');
  }
  const at = (s: Status) => model.units.filter((u) => standing.get(u.unit)?.status === s);
  const failed = at('未达标');
  const taskOf = (u: UnitRankRow) => (standing.get(u.unit)?.source === 'team' ? '科室整体任务' : '全年任务');
  for (const u of failed) {
    const st = standing.get(u.unit)!;
    const reasons = subjectShortfalls(st.subject!, ['未达标']);
    const why = reasons.length ? reasons.join('；') : '未达标';
    if (failed.length > MAX_NAMED) deferred.set(u.unit, `未完成${taskOf(u)}：${why}`);
    else
      criticised.push(
        `${u.unit}未完成${taskOf(u)}：${why}${u.barred ? '，该单位及相关工作人员不得参加组织系统评先评优' : ''}`,
      );
    blame(u.unit, '有任务未完成');
  }
  if (failed.length > MAX_NAMED) {
    const tasks = [...new Set(failed.map(taskOf))].join('或');
    const barred = failed.filter((u) => u.barred).length;
    criticised.push(
      `${failed.length}个单位未完成${tasks}（名单及原因见附件1）${
        barred === failed.length
          ? `，上述${failed.length}个单位及相关工作人员均不得参加组织系统评先评优`
          : barred
            ? `，其中${barred}个单位及相关工作人员不得参加组织系统评先评优（见附件1备注）`
            : ''
      }`,
    );
  }
  const late = at('进度滞后');
  for (const u of late) {
    const st = standing.get(u.unit)!;
    const reasons = subjectShortfalls(st.subject!, ['进度滞后', '未达标']);
    const why = `${st.source === 'team' ? '科室整体' : ''}任务进度滞后：${reasons.length ? reasons.join('；') : '进度滞后'}`;
    if (late.length > MAX_NAMED) deferred.set(u.unit, why);
    else criticised.push(`${u.unit}${why}`);
    blame(u.unit, '任务进度滞后');
  }
  if (late.length > MAX_NAMED) criticised.push(`${late.length}个单位任务进度滞后（名单及原因见附件1）`);
  for (const u of model.units) if (u.barred) blame(u.unit, '有任务未完成');
  for (const x of model.penalties) {
    criticised.push(
      `${x.unit}《${x.title}》经核定倒扣${numText(Math.abs(x.points))}分${x.reason ? `（${x.reason}）` : '（按办法扣除该稿应得积分）'}`,
    );
    blame(x.unit, '有稿件被核定倒扣');
  }
  const firsts = model.units.filter(namedFirst);
  const praised = firsts.filter((u) => !blamed.has(u.unit));
  const notPraised = firsts.filter((u) => blamed.has(u.unit)).map((u) => u.unit);
  // One sentence per reason naming its units (audit S25b F4: 「…积分排名第一，但有任务未完成」 ×14).
  const byReason = new Map<string, string[]>();
  for (const unit of notPraised) {
    const why = [...blamed.get(unit)!].join('、');
    byReason.set(why, [...(byReason.get(why) ?? []), unit]);
  }
  const whyNot = [...byReason]
    .map(([why, units]) =>
      units.length > MAX_NAMED
        ? `${units.length}个单位积分排名第一，但${why}（名单见附件1）`
        : `${unitList(units)}积分排名第一，但${why}`,
    )
    .join('；');
  body.push(
    para(
      praised.length > MAX_NAMED
        ? `（一）通报表扬。各组积分第一名的${praised.length}个单位（名单见附件1）在${label}组工信息工作中成绩突出，予以通报表扬。${
            notPraised.length ? `${whyNot}，不予表扬。` : ''
          }`
        : praised.length
          ? `（一）通报表扬。${praiseList(praised, firsts, inType)}在${label}组工信息工作中成绩突出，予以通报表扬。${
              notPraised.length ? `${whyNot}，不予表扬。` : ''
            }`
          : notPraised.length
            ? `（一）通报表扬。${whyNot}，本期不作表扬。`
            : `（一）通报表扬。${noFirstReason(model, byName, inType)}`,
    ),
  );
  body.push(
    para(
      criticised.length
        ? `（二）通报批评。${criticised.join('；')}。请以上单位认真分析原因，切实加以改进。`
        : '（二）通报批评。本期无零报送、任务滞后或倒扣的单位。',
    ),
  );

  body.push({ kind: 'heading', text: '四、存在问题' });
  pushAll(body, officeText(settings.problems));
  body.push({ kind: 'heading', text: '五、下步要求' });
  pushAll(body, officeText(settings.nextSteps));

  const attachments: NoticeTable[] = [rankingTable(model, rankingTitle, inType, deferred)];
  if (settings.showPeople) attachments.push(peopleTable(model, peopleTitle));

  const titleParts = ['关于', label, '组工信息', '宣传工作', '情况的通报'];
  return {
    title: titleParts.join(''),
    titleParts,
    issueLine: issueLine(model, settings.docNumber),
    recipients: `${settings.recipients || RECIPIENTS_PLACEHOLDER}：`,
    opening: `根据${settings.method || METHOD_PLACEHOLDER}，现将${label}${
      cut === null ? '' : `（数据截至${dayZh(cut)}）`
    }各单位组工信息宣传工作情况通报如下。`,
    body,
    attachmentList,
    // 落款 is never left out: with no 发文机关 in 设置 (部机关, 类别 presets) a placeholder to fill.
    issuer: settings.issuer.trim() || ISSUER_PLACEHOLDER,
    date: chineseDate(options.issuedOn),
    contact: contactLine(settings.contact),
    attachments,
  };
}

/** The 落款 when 设置 names no 发文机关: a blank the office fills, as the 联系人 line has. */
export const ISSUER_PLACEHOLDER = '（发文机关）';
/** The 办法 the opening names when 设置 has no 考核办法, and the 主送 line without 主送: words of no one office. */
export const METHOD_PLACEHOLDER = '组工信息宣传工作考核办法';
export const RECIPIENTS_PLACEHOLDER = '各单位';

/**
 * A title set on as few lines as fit `capacity`, broken only between `parts` (GB/T 9704 7.3.3: 回行时词意完整，
 * 排列对称), and of those breaks the one whose longest line is shortest (a tie: the earlier break, so the
 * subject stays whole: 关于2024年第四季度 / 组工信息宣传工作情况的通报, never …情况的通 / 报).
 */
export function balanceLines(parts: string[], capacity: number, width: (t: string) => number): string[] {
  const total = width(parts.join(''));
  if (total <= capacity || parts.length < 2) return [parts.join('')];
  let best: string[] = [parts.join('')];
  let bestMax = Number.POSITIVE_INFINITY;
  // Two lines cover every title these 通报 have; three when the parts do not fit on two.
  const tryBreaks = (breaks: number[]) => {
    const lines: string[] = [];
    let from = 0;
    for (const b of [...breaks, parts.length]) {
      lines.push(parts.slice(from, b).join(''));
      from = b;
    }
    const max = maxOf(lines.map(width));
    if (max < bestMax) {
      bestMax = max;
      best = lines;
    }
  };
  for (let i = 1; i < parts.length; i++) tryBreaks([i]);
  if (bestMax > capacity)
    for (let i = 1; i < parts.length; i++) for (let j = i + 1; j < parts.length; j++) tryBreaks([i, j]);
  return best;
}

/** （联系人：张三，电话：68911234） — the office's text, or blanks to fill by hand. */
function contactLine(text: string): string {
  // Unwrap only a text that is one bracketed group: 张三（办公室） keeps its own bracket.
  const t = text.trim().replace(/^[（(]([^（()）]*)[）)]$/, '$1');
  if (t === '') return '（联系人：　　　　，联系电话：　　　　）';
  return `（${t.startsWith('联系人') ? t : `联系人：${t}`}）`;
}

const RANK_HEADER = [
  '名次',
  '单位',
  '本期积分',
  '其中转报分成',
  '累计积分',
  ...[...LEVELS].reverse().map((l) => `${l}录用`),
  '录用合计',
  '报送',
  '上期积分',
  '比上期增减',
  '达标状态',
  '备注',
];

/**
 * The 备注 of a ranking row: 首 / 末, 零报送 (no row at all), 不得评先评优 (a missed 报送 task, 001 §六.5), and the
 * reason the 通报 did not name (`why`: its list was longer than MAX_NAMED and refers here).
 */
function remark(u: UnitRankRow, why = ''): string {
  const parts: string[] = [];
  if (namedFirst(u)) parts.push('首');
  if (u.last) parts.push('末');
  if (u.zeroSubmissions) parts.push('零报送');
  if (u.barred) parts.push('不得评先评优');
  // The cap cut its points: the sum of its rows is more than 本期积分 (设置 封顶分值).
  if (u.uncappedPoints !== undefined) parts.push(`封顶（原积分${numText(u.uncappedPoints)}）`);
  if (why) parts.push(why);
  return parts.join('；');
}

/**
 * The units whose points the cap (设置 封顶分值) cut in the period, named (or counted past MAX_NAMED) with the
 * cap: the office can say why a unit's rows add up to more than its 本期积分. '' when the cap cut nobody.
 */
function cappedSentence(model: ReportModel): string {
  const capped = model.units.filter((u) => u.uncappedPoints !== undefined).map((u) => u.unit);
  if (capped.length === 0) return '';
  // Not 按封顶分值计入: a 倒扣 is taken after the cap (设置 说明), so a capped unit may end below it (audit s37 H4).
  return `${unitList(capped)}本期所得积分超过封顶分值${capWords(model)}，超出部分不计（原积分见附件1备注），倒扣和扣分在封顶后扣除。`;
}

/** The cap as the 通报 and the 看板 state it: （每季10分）; '' without one. */
export function capWords(model: Pick<ReportModel, 'cap'>): string {
  return model.cap ? `（每${model.cap.period}${numText(model.cap.points)}分）` : '';
}

/** Where 附件1's 累计积分 stops: 本期末, or the 截至日期 of a 通报 made before its period ends (8月20日). */
function cutText(model: ReportModel): string {
  const cut = countedTo(model);
  return cut === null ? '本期末' : dayZh(cut, false);
}

function rankingTable(
  model: ReportModel,
  title: string,
  inType: boolean,
  reasons: Map<string, string> = new Map(),
): NoticeTable {
  const byName = new Map(model.units.map((u) => [u.unit, u]));
  const noPrevious = model.previousTotals === null;
  const row = (u: UnitRankRow): NoticeCell[] => [
    inType ? u.rankInType : u.rank,
    u.unit,
    clean(u.points),
    u.relayPoints ? clean(u.relayPoints) : null,
    clean(u.ytdPoints),
    ...[...LEVELS].reverse().map((l) => clean(u.adoptionsByLevel[l])),
    clean(u.adoptions),
    clean(u.submissions),
    noPrevious || u.previousPoints === null ? '—' : clean(u.previousPoints),
    noPrevious || u.change === null ? '—' : clean(u.change),
    standingText(model, u),
    remark(u, reasons.get(u.unit)),
  ];
  const groups = model.rankGroups.map((g) => {
    const units = g.units.map((n) => byName.get(n)).filter((u): u is UnitRankRow => u !== undefined);
    return { caption: g.type === '' ? '' : `${g.type}（${units.length}个）`, rows: units.map(row) };
  });
  const sum = (f: (u: UnitRankRow) => number) => clean(model.units.reduce((a, u) => a + f(u), 0));
  const t = model.totals;
  const total: NoticeCell[] = [
    '合计',
    `${model.units.length}个单位`,
    clean(t.points),
    t.relayPoints ? clean(t.relayPoints) : null,
    sum((u) => u.ytdPoints),
    ...[...LEVELS].reverse().map((l) => sum((u) => u.adoptionsByLevel[l])),
    sum((u) => u.adoptions),
    clean(t.submissions),
    noPrevious ? '—' : (model.previousTotals?.points ?? null),
    noPrevious ? '—' : clean(t.points - (model.previousTotals?.points ?? 0)),
    null,
    null,
  ];
  const notes = [
    // Without a relay share in the period, no 转报分成 is named (audit s34 C-F10: 含…转报分成 beside an empty column).
    `${
      t.relayPoints
        ? `本期积分含对口处室转报分成，合计${numText(t.points)}分（各单位稿件积分${numText(t.manuscriptPoints)}分、转报分成${numText(t.relayPoints)}分）`
        : `本期积分合计${numText(t.points)}分`
    }；累计积分为${model.year}年1月1日至${cutText(model)}。`,
    `报送合计按稿件计，转报的同一稿件只计一次；名次${inType ? '在同类单位内排列' : '为全部单位排列'}，积分相同名次并列。`,
  ];
  const sources = new Set(model.units.map((u) => unitStanding(model, u).source));
  if (sources.has('team') || sources.has('none'))
    notes.push(
      `达标状态：${[
        sources.has('team') ? '没有单位任务的科室按科室整体任务（个人任务×科室折算人数）判定' : '',
        sources.has('none') ? `既无单位任务也无科室整体任务的单位为“${NO_UNIT_TASK}”` : '',
      ]
        .filter(Boolean)
        .join('；')}。`,
    );
  // 1-based columns of RANK_HEADER: 本期积分 3, 其中转报分成 4, 累计积分 5, 上期积分 12, 比上期增减 13.
  const col = (h: string) => RANK_HEADER.indexOf(h) + 1;
  return {
    title,
    header: RANK_HEADER,
    pointCols: ['本期积分', '其中转报分成', '累计积分', '上期积分', '比上期增减'].map(col),
    creditCols: [],
    decimals: model.decimals,
    changeCols: [col('比上期增减')],
    groups,
    total,
    notes,
  };
}

/** Why a person's 计任务 is 0, from their rows of the period. */
function noCreditWhy(x: PersonRow): string {
  if (x.rows === 0) return '本期无稿件';
  if (x.adoptedRows === 0) return '本期仅有报送，无录用计任务';
  // Adopted, yet no 计任务: a repeat of a piece already counted, a third author, a row held back (待核实).
  return '本期录用稿件均不计任务';
}

/**
 * A 科室负责人's line: their 状态 is their own personal tasks (000 §三(一) 部机关每人), their reward the team's
 * alone (000 §三(四)4), said once where the person is shown (附件2's 说明, --json `people[].chief`).
 */
export function chiefNote(x: Pick<PersonRow, 'leads'>): string {
  if (!x.leads) return '';
  const cut = leadBonusCut(x.leads); // 一票否决，不发奖金 / 部机关全年任务未完成，奖金减半 (sweep s25d F3)
  return `科室负责人：奖励随科室整体任务（${x.leads.unit}${x.leads.status}${cut ? `，${cut}` : ''}）`;
}

/** 附件2's 说明 of a person whose unit is barred (001 §六.5 单位以及相关工作人员; audit S25g F3). */
export const BARRED_PERSON_NOTE = '所在单位未完成年度报送任务，不得参加评先评优';

/**
 * Whether a person shares their unit's bar from 评先评优: the unit 附件2 counts them under is barred, the same flag
 * 附件1's 备注 and the 通报's 通报批评 read (--json `people[].barred`).
 */
export function personBarred(model: Pick<ReportModel, 'units'>, x: Pick<PersonRow, 'unit'>): boolean {
  return model.units.some((u) => u.unit === x.unit && u.barred);
}

/** A 说明 with the bar appended (after “；” when it says something already). */
function withBar(model: ReportModel, x: PersonRow, why: string): string {
  if (!personBarred(model, x)) return why;
  return why ? `${why}；${BARRED_PERSON_NOTE}` : BARRED_PERSON_NOTE;
}

function peopleTable(model: ReportModel, title: string): NoticeTable {
  const people = [...model.people].sort((a, b) => b.credit - a.credit || b.points - a.points);
  const withStatus = people.some((x) => x.status !== null);
  const withBonus = paysBonuses(model); // 部机关: who gets what in 元 (sweep s25d F3)
  // 年终四舍五入 applies to a closed year's totals; mid-year and in a month or quarter they show unrounded (RULES §9).
  const withRounded = model.period.kind === 'year' && model.asOf >= model.period.to;
  const rows: NoticeCell[][] = [];
  people.forEach((x, i) => {
    const prev = people[i - 1];
    const rank = i > 0 && prev.credit === x.credit ? (rows[i - 1][0] as number) : i + 1;
    const why = [x.points < 0 ? '含倒扣稿件' : x.credit === 0 ? noCreditWhy(x) : '', chiefNote(x)]
      .filter((w) => w !== '')
      .join('；');
    const row: NoticeCell[] = [
      rank,
      x.person,
      x.unit,
      clean(x.credit),
      ...(withRounded ? [clean(x.creditRounded)] : []),
      clean(x.points),
    ];
    if (withStatus) row.push(x.status ?? '');
    if (withBonus) row.push(x.status === null ? '' : clean(x.bonus));
    row.push(withBar(model, x, why));
    rows.push(row);
  });
  const header = [
    '名次',
    '姓名',
    '单位',
    '计任务（篇）',
    ...(withRounded ? ['四舍五入'] : []),
    '积分',
    ...(withStatus ? ['状态'] : []),
    ...(withBonus ? [bonusHeader(bonusProvisional(model))] : []),
    '说明',
  ];
  return {
    title,
    header,
    pointCols: [withRounded ? 6 : 5],
    changeCols: [],
    creditCols: [4],
    decimals: model.decimals,
    groups: [{ caption: '', rows }],
    total: null,
    notes: [
      '按计任务篇数排列；两名作者合写的稿件各计0.5篇，同一稿件被多家媒体录用只计一次，年终四舍五入。',
      ...(withBonus ? bonusNotes(model) : []),
    ],
  };
}
