// 领导看板: year to date at a glance for leaders (RULES §7): progress against targets, behind-pace units
// first, the month-by-month series with a chart, and the department against its own targets.
import { dayFromYmd, monthOf, yearOf } from '../core/dates';
import { indicatorCell, measure, stillNeeded } from '../core/indicatorText';
import { compareNames } from '../core/names';
import { ALL_AT, capWords, MAX_NAMED, NO_UNIT_TASK, unitStanding } from '../core/notice';
import { dayZh } from '../core/period';
import { bonusHeader, bonusProvisional, teamBonusCut } from '../core/teamBonus';
import { barBlocks, clean, roundHalfUp } from '../core/text';
import type { IndicatorResult, ReportModel, Status, SubjectResult, UnitRankRow } from '../core/types';
import type { ChartSpec, SheetModel, SheetValue } from './model';
import { cutLines } from './notice';
import {
  COLORS,
  FMT_INT,
  FMT_PERCENT,
  FMT_POINTS,
  indicatorProgress,
  numText,
  pointsFormat,
  SheetBuilder,
  STATUS_STYLE,
  SUBTITLE_STYLE,
  TITLE_STYLE,
} from './report';
import { DASHBOARD_TAB } from './tabs';

/**
 * A text progress bar, e.g. ██████░░░░ 60%: the bar stays within 0..100 % and is full only at 100 % (198/200
 * is █████████░ 99%, barBlocks), the percentage is the 完成率 beside it (137 %, or −11 % after a 倒扣), never a
 * second figure.
 */
export function progressBar(fraction: number, width = 10): string {
  const f = Number.isFinite(fraction) ? fraction : 0;
  const full = barBlocks(f, width);
  // Half up as the cell's 0% format shows it (396.6 / 40 is 991.4999… in binary, 992% in the cell).
  return `${'█'.repeat(full)}${'░'.repeat(width - full)} ${roundHalfUp(f * 100)}%`;
}

/**
 * The 完成率 shown: a target not met never reads 100 % (199/200 is 99.5 %, which the cell's 0% format and the
 * bar's half-up percentage showed as 100 % beside 未达标, sweep s24r F2): such a rate is shown as 99 %.
 */
function shownRate(rate: number, met: boolean): number {
  return !met && rate < 1 && roundHalfUp(rate * 100) >= 100 ? 0.99 : rate;
}

/**
 * The unit's yearly points target: its 全年 indicator whose 度量 is 积分 and that counts every row, whatever the
 * office named it. A filtered one (省级以上积分) is not the unit's 全年积分: it gets its own column.
 */
export function pointsIndicator(indicators: IndicatorResult[]): IndicatorResult | null {
  return indicators.find((i) => i.window === '全年' && i.metric === '积分' && i.unfiltered) ?? null;
}

/** Share of the assessment year elapsed at asOf (0..1). */
export function yearElapsed(year: number, asOf: number): number {
  const from = dayFromYmd(year, 1, 1);
  const to = dayFromYmd(year, 12, 31);
  if (asOf < from) return 0;
  if (asOf >= to) return 1;
  return (asOf - from + 1) / (to - from + 1);
}

/**
 * Points to date: the points indicator counts rows up to asOf, the ranking's points the whole year
 * (rows dated after asOf included), so the column agrees with the status and the month table.
 */
function pointsToDate(u: UnitRankRow): number {
  return pointsIndicator(u.indicators)?.value ?? u.points;
}

// Those that need a leader's word first: failed (the year closed unmet), then behind pace, on pace, done.
// A unit asked nothing (无单位任务) comes last.
const ORDER: Record<Status, number> = { 未达标: 0, 进度滞后: 1, 进度正常: 2, 已达标: 3 };
const order = (s: Status | null) => (s === null ? 4 : ORDER[s]);

function sortForLeaders(units: UnitRankRow[], standing: (u: UnitRankRow) => Status | null): UnitRankRow[] {
  const rate = (u: UnitRankRow) => {
    const t = pointsIndicator(u.indicators)?.target ?? 0;
    return t > 0 ? pointsToDate(u) / t : Number.POSITIVE_INFINITY;
  };
  return [...units].sort(
    (a, b) => order(standing(a)) - order(standing(b)) || rate(a) - rate(b) || compareNames(a.unit, b.unit),
  );
}

/** A cell of an indicator column with its unit: 3篇/目标2, or months met for a monthly quota. */
function indicatorText(i: IndicatorResult): string {
  return indicatorCell(i);
}

/**
 * What a unit still needs in the open month (quarter) on its monthly (quarterly) quotas, e.g. 2篇, or 本月2篇，本季1篇
 * when the column covers both; 已完成 when nothing.
 */
function stillNeededText(u: UnitRankRow, both: boolean): string {
  const parts: string[] = [];
  for (const i of u.indicators) {
    const n = stillNeeded(i);
    if (n !== null && n > 0) parts.push(`${both ? openWord(i) : ''}${numText(n)}${measure(i)}`);
  }
  return parts.length ? parts.join('，') : '已完成';
}

const openWord = (i: IndicatorResult) => (i.window === '每季' ? '本季' : '本月');

/** The 还差 column's header: 本月还差, 本季还差 (only quarterly quotas are open), or 本月/本季还差 for both. */
function stillNeededHeader(units: UnitRankRow[]): { header: string; both: boolean } | null {
  const words = new Set<string>();
  for (const u of units) for (const i of u.indicators) if (stillNeeded(i) !== null) words.add(openWord(i));
  if (words.size === 0) return null;
  if (words.size === 2) return { header: '本月/本季还差', both: true };
  return { header: `${[...words][0]}还差`, both: false };
}

/**
 * 20个单位中已达标12个，进度滞后2个（A、B），未达标1个（C）, and 无单位任务 N个 when some unit has no task (its
 * own or its 科室整体): such a unit is never counted 已达标. Statuses no unit holds are left out, one status held
 * by all reads 5个单位均未达标（…）, and more than MAX_NAMED units behind are counted, not named (audit S25b F5,
 * F4: the table below lists them first). `standing` defaults to the unit's status.
 */
export function statusSummary(
  units: UnitRankRow[],
  standing: (u: UnitRankRow) => Status | null = (u) => u.status,
): string {
  const words: Status[] = ['已达标', '进度正常', '进度滞后', '未达标'];
  const held = words
    .map((s) => {
      const names = units.filter((u) => standing(u) === s).map((u) => u.unit);
      const named =
        (s === '进度滞后' || s === '未达标') && names.length > 0 && names.length <= MAX_NAMED
          ? `（${names.join('、')}）`
          : '';
      return { s, n: names.length, named };
    })
    .filter((x) => x.n > 0);
  const none = units.filter((u) => standing(u) === null).length;
  if (units.length === 0) return '暂无单位数据';
  if (held.length === 1 && none === 0) {
    const { s, n, named } = held[0];
    return `${n}个单位${n === 1 ? s : ALL_AT[s]}${named}`;
  }
  const parts = held.map(({ s, n, named }) => `${s}${n}个${named}`);
  if (none > 0) parts.push(`${NO_UNIT_TASK}${none}个`);
  return `${units.length}个单位中${parts.join('，')}`;
}

/**
 * 全年积分2584.6分，录用248篇，报送507篇, figures at 0 left out (audit S25b F5); nothing: 本年各单位未报送组工信息.
 * Before the year ends the points are 累计积分: a March board's 664.5 is no year's result (audit s35 E-F1).
 */
function yearFigures(t: ReportModel['totals'], pointsWord: string): string {
  if (t.submissions === 0 && t.adoptions === 0 && t.points === 0) return '本年各单位未报送组工信息';
  if (t.adoptions === 0)
    return `${t.submissions > 0 ? `报送${numText(t.submissions)}篇，` : ''}暂无录用${t.points === 0 ? '和积分' : `，${pointsWord}${numText(t.points)}分`}`;
  return `${pointsWord}${numText(t.points)}分，录用${numText(t.adoptions)}篇${t.submissions > 0 ? `，报送${numText(t.submissions)}篇` : ''}`;
}

/** 全年时间进度 as the board prints it, and the fraction 按进度应完成 is worked out from: 24.9%, not 25% beside 12.43. */
function shownElapsed(elapsed: number): { text: string; fraction: number } {
  const percent = roundHalfUp(elapsed * 100, 1);
  return { text: `${numText(percent)}%`, fraction: percent / 100 };
}

/** Lines a unit name takes in a column this many pixels wide at 10 pt (a CJK character about 13.5 px). */
function nameLines(name: string, px: number): number {
  let w = 0;
  for (const ch of name) w += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 13.5 : 7;
  return Math.max(1, Math.ceil((w + 12) / px));
}

/** Half-width units of 12 pt bold text that fit across columns of these pixel widths (a CJK character ≈ 16 px). */
function summaryUnits(widths: number[]): number {
  return Math.max(20, Math.floor((widths.reduce((a, w) => a + w, 0) - 8) / 8));
}

/**
 * Month buckets as short lines of six: 1月 16✓  2月 12✗ … (open months without a mark). One sheet
 * row per line: a wrapped cell would overflow its row, whose height is not fitted.
 */
function bucketLines(i: IndicatorResult): string[] {
  if (!i.buckets || i.buckets.length === 0) return [''];
  const unit = i.window === '每季' ? '季度' : '月';
  const entries = i.buckets.map(
    (b) =>
      `${i.window === '每季' ? `第${b.bucket}` : b.bucket}${unit} ${numText(b.value)}${b.met === null ? '' : b.met ? '✓' : '✗'}`,
  );
  const lines: string[] = [];
  for (let k = 0; k < entries.length; k += 6) lines.push(entries.slice(k, k + 6).join('  '));
  return lines;
}

/** Half-width units of 9 pt text that fit across columns of these pixel widths (a CJK character ≈ 12 px). */
function noteUnits(widths: number[]): number {
  return Math.max(20, Math.floor((widths.reduce((a, w) => a + w, 0) - 8) / 6));
}

/** 全年积分 of a unit the cap (设置 封顶分值) cut: the figure with 封顶 beside it. */
const cappedFormat = (decimals: number) => `${pointsFormat(decimals)}"（封顶）"`;

const MAX_INDICATOR_COLS = 6;
/** The unit table's first columns; before the year ends its points are 累计积分 (yearFigures). */
const fixedHeaders = (closed: boolean) => [
  '单位',
  '类型',
  closed ? '全年积分' : '累计积分',
  '全年目标',
  '按进度应完成',
  '完成率',
  '完成进度',
  '状态',
];

/**
 * The 领导看板 tab from a year report model (period = the assessment year, asOf = today).
 * `generatedAt` is shown as given.
 */
export function dashboardSheet(model: ReportModel, generatedAt: string): SheetModel {
  const elapsed = yearElapsed(model.year, model.asOf);
  const closed = elapsed >= 1;
  const progress = shownElapsed(elapsed);
  // Indicator columns: every indicator name the units have except the points target shown already.
  const names: string[] = [];
  for (const u of model.units) {
    for (const i of u.indicators) {
      if (i === pointsIndicator(u.indicators) || names.includes(i.name)) continue;
      names.push(i.name);
    }
  }
  const shown = names.slice(0, MAX_INDICATOR_COLS);
  const hidden = names.length > shown.length;
  // 本月还差 (本季还差): while a month (quarter) is open and some unit has a monthly (quarterly) quota.
  const openQuota = stillNeededHeader(model.units);
  const headers = [
    ...fixedHeaders(closed),
    ...shown,
    ...(hidden ? ['其他指标'] : []),
    ...(openQuota ? [openQuota.header] : []),
  ];
  const width = Math.max(headers.length, 9);
  const b = new SheetBuilder(width);
  // Column 3 also heads the month table's last-year column; indicator cells hold 达标9/9个月，本月1篇/目标2.
  const widths = [170, 96, 110, 64, 84, 60, 150, 72, ...shown.map(() => 190), ...(hidden ? [260] : [])];
  while (widths.length < width) widths.push(96);

  const title = b.line(`${model.year}年组工信息宣传工作领导看板`, TITLE_STYLE);
  // The line a leader reads first: the totals and who is behind, cut into lines as wide as the unit table
  // (one sheet row a line: Sheets does not fit a merged row to wrapped text, Excel and WPS no row).
  const t = model.totals;
  const standing = (u: UnitRankRow) => unitStanding(model, u).status;
  const summaryText = `${yearFigures(t, closed ? '全年积分' : '累计积分')}；${statusSummary(model.units, standing)}。`;
  const summaryRows = cutLines(summaryText, summaryUnits(widths.slice(0, headers.length))).map((line) => {
    const row = b.add([line]);
    b.style({ row, col: 1, rows: 1, cols: 1 }, { bold: true, fontSize: 12, fontColor: COLORS.sectionFg });
    return row;
  });
  b.line(
    `数据截至：${dayZh(Math.min(model.asOf, dayFromYmd(model.year, 12, 31)))}　　全年时间进度：${progress.text}　　规则：${
      model.preset || '—'
    }　　生成时间：${generatedAt}`,
    SUBTITLE_STYLE,
  );
  b.section('一、各单位全年积分进度（未达标、进度滞后的单位排在前面）');
  const headerRow = b.header(headers);

  const units = sortForLeaders(model.units, standing);
  const first = b.next;
  // 单位 wraps within its column, never cut at the edge (audit S25b F3), as 附件1's does: the .xlsx row as tall
  // as its lines (Excel and WPS do not fit a row to wrapped text; Sheets does).
  const unitHeights: Record<number, number> = {};
  for (const u of units) {
    const lines = nameLines(u.unit, widths[0]);
    if (lines > 1) unitHeights[b.next] = Math.ceil(lines * 13.5 + 3);
    const target = pointsIndicator(u.indicators);
    const t = target?.target ?? null;
    const points = pointsToDate(u);
    const rate = t && t > 0 ? shownRate(points / t, target?.met === true) : null;
    const row: SheetValue[] = [
      u.unit,
      u.unitType,
      clean(points),
      t,
      t === null ? null : roundHalfUp(t * progress.fraction, 1),
      rate === null ? null : clean(rate),
      // A yearly points target met through 视同达标: the bar stays the fact, the words say why it is 已达标.
      rate === null ? '（无积分目标）' : `${progressBar(rate)}${target?.deemed ? ' 视同达标' : ''}`,
      standing(u) ?? NO_UNIT_TASK,
    ];
    for (const name of shown) {
      const i = u.indicators.find((x) => x.name === name);
      row.push(i ? indicatorText(i) : '—');
    }
    if (hidden) {
      const rest = u.indicators.filter((i) => !shown.includes(i.name) && i !== target);
      row.push(rest.map((i) => `${i.name} ${indicatorText(i)} ${i.status}`).join('；') || '—');
    }
    if (openQuota)
      row.push(u.indicators.some((i) => stillNeeded(i) !== null) ? stillNeededText(u, openQuota.both) : '—');
    b.add(row);
  }
  const n = units.length;
  if (n === 0) b.add(['暂无单位数据']);
  else {
    b.style({ row: first, col: 1, rows: n, cols: 1 }, { wrap: true });
    // 全年积分 of a unit the cap cut reads 480.0（封顶）: still a number (bar, 完成率), marked as the 通报 does.
    let run = 0;
    for (let k = 1; k <= n; k++) {
      const capped = (k: number) => k < n && units[k].uncappedPoints !== undefined;
      if (k === n || capped(k) !== capped(run)) {
        b.format(
          { row: first + run, col: 3, rows: k - run, cols: 1 },
          capped(run) ? cappedFormat(model.decimals) : pointsFormat(model.decimals),
        );
        run = k;
      }
    }
    b.format({ row: first, col: 4, rows: n, cols: 2 }, FMT_POINTS);
    b.format({ row: first, col: 6, rows: n, cols: 1 }, FMT_PERCENT);
    b.style({ row: first, col: 7, rows: n, cols: 1 }, { fontColor: '#3c78d8' });
    b.statusColumn(first, 8, units.map(standing));
    shown.forEach((name, k) => {
      b.statusColumn(
        first,
        9 + k,
        units.map((u) => u.indicators.find((x) => x.name === name)?.status ?? null),
      );
    });
  }
  b.style({ row: headerRow, col: 1, rows: Math.max(n, 1) + 1, cols: headers.length }, { border: true });
  const legend = b.add([
    `颜色说明：已达标（绿）、进度正常（蓝）、进度滞后（黄）、未达标（红）；“按进度应完成”＝全年目标×时间进度；进度条满格为100%，完成率可超过100%；每月指标为“达标月数/已过月数”；“—”为该单位不考核此项${
      model.units.some((u) => unitStanding(model, u).source === 'team')
        ? '；没有单位任务的科室，状态为科室整体任务（个人任务×科室折算人数）'
        : ''
    }${
      // 视同达标 shows in place of a count (F5 of S22b): the legend says what it means where it shows.
      model.units.some((u) => u.indicators.some((x) => x.deemed))
        ? '；“视同达标”为「指标」表视同达标列所列的单位，该项按达标计'
        : ''
    }。`,
  ]);
  b.style({ row: legend, col: 1, rows: 1, cols: 1 }, { fontColor: COLORS.muted, fontSize: 9 });
  // The units the cap cut, each with its points before it (附件1 备注 封顶（原积分X）), in lines as wide as the table.
  const capped = units.filter((u) => u.uncappedPoints !== undefined);
  if (capped.length > 0) {
    const named = capped.map((u) => `${u.unit}（原积分${numText(u.uncappedPoints ?? 0)}）`).join('、');
    // The figure is the year's sum of capped months or quarters (less any 倒扣), not the cap itself.
    const span = model.cap?.period === '月' ? '月份' : '季度';
    const text = `标“封顶”的单位有${span}积分超过封顶分值${capWords(model)}，超出部分不计：${named}。`;
    for (const line of cutLines(text, noteUnits(widths.slice(0, headers.length)))) {
      const row = b.add([line]);
      b.style({ row, col: 1, rows: 1, cols: 1 }, { fontColor: COLORS.muted, fontSize: 9 });
    }
  }

  // 二、逐月情况 with a chart over the table.
  b.blank();
  b.section('二、全部门逐月情况（与去年同月对比）');
  const monthHeader = b.header([
    '月份',
    `${model.year}年积分`,
    `${model.year - 1}年同月积分`,
    '录用',
    '报送',
  ]);
  const monthFirst = b.next;
  // Months after the one holding asOf have not happened: blank, not 0 (the chart leaves them out).
  const lastMonth =
    yearOf(model.asOf) > model.year ? 12 : yearOf(model.asOf) < model.year ? 0 : monthOf(model.asOf);
  const hasLastYear = model.lastYearMonths.some((v) => v !== 0);
  for (const m of model.months) {
    const future = m.month > lastMonth;
    b.add([
      `${m.month}月`,
      future ? null : clean(m.points),
      hasLastYear ? clean(model.lastYearMonths[m.month - 1] ?? 0) : null,
      future ? null : clean(m.adoptions),
      future ? null : clean(m.submissions),
    ]);
  }
  const months = model.months.length;
  // 合计 is the year's total as the first line and the ranking give it (each unit's total rounded to 小数位,
  // RULES §4); the months are rounded each on their own, so at 小数位 0 their sum may differ: said below.
  const monthSum = clean(model.months.reduce((a, m) => a + m.points, 0));
  // Last year's 合计 over the months this year has reached (RULES §7 the same months last year), never
  // twelve months beside five; the month rows above still show every month of last year.
  const partial = lastMonth > 0 && lastMonth < 12;
  const span = lastMonth === 1 ? '1月' : `1—${lastMonth}月`;
  const lastYearToDate = clean(model.lastYearMonths.slice(0, lastMonth).reduce((a, v) => a + v, 0));
  const monthTotal = b.add([
    partial ? `合计（${span}）` : '合计',
    clean(t.points),
    hasLastYear && lastMonth > 0 ? lastYearToDate : null,
    clean(model.months.reduce((a, m) => a + m.adoptions, 0)),
    clean(model.months.reduce((a, m) => a + m.submissions, 0)),
  ]);
  b.format({ row: monthFirst, col: 2, rows: months + 1, cols: 2 }, pointsFormat(model.decimals));
  b.format({ row: monthFirst, col: 4, rows: months + 1, cols: 2 }, FMT_INT);
  b.style({ row: monthFirst, col: 1, rows: months, cols: 1 }, { hAlign: 'center' });
  b.style(
    { row: monthTotal, col: 1, rows: 1, cols: 5 },
    { bold: true, background: COLORS.totalBg, hAlign: 'center' },
  );
  b.style({ row: monthHeader, col: 1, rows: monthTotal - monthHeader + 1, cols: 5 }, { border: true });
  if (monthSum !== clean(t.points)) {
    const note = b.add([
      `各单位、各月积分分别四舍五入，各月之和（${numText(monthSum)}分）与合计（${numText(t.points)}分）略有出入。`,
    ]);
    b.style({ row: note, col: 1, rows: 1, cols: 1 }, { fontColor: COLORS.muted, fontSize: 9 });
  }
  if (hasLastYear && partial) {
    const whole = clean(model.lastYearMonths.reduce((a, v) => a + v, 0));
    const note = b.add([
      `合计行的${model.year - 1}年积分为去年同期（${span}）之和，与${model.year}年同期对比；${model.year - 1}年全年${numText(whole)}分。`,
    ]);
    b.style({ row: note, col: 1, rows: 1, cols: 1 }, { fontColor: COLORS.muted, fontSize: 9 });
  }
  if (!hasLastYear) {
    const note = b.add([`台账中没有${model.year - 1}年的记录，去年同月不作对比。`]);
    b.style({ row: note, col: 1, rows: 1, cols: 1 }, { fontColor: COLORS.muted, fontSize: 9 });
  }
  // 月份 and this year, with last year's column beside it only when the ledger has last year's rows (an
  // empty series would still take a legend entry and a colour).
  const charts: ChartSpec[] = [
    {
      kind: 'column',
      title: hasLastYear ? `${model.year}年与${model.year - 1}年逐月积分` : `${model.year}年逐月积分`,
      data: { row: monthHeader, col: 1, rows: months + 1, cols: hasLastYear ? 3 : 2 },
      anchor: { row: monthHeader, col: 7 },
      width: 640,
      height: 320,
    },
  ];
  // Keep the chart's rows free below the table when it is short.
  while (b.next < monthHeader + 17) b.blank();

  // 三、全部门指标 (when the preset has department indicators) and 科室整体.
  if (model.department && model.department.indicators.length > 0) {
    b.blank();
    subjectTable(b, '三、全部门目标完成情况', model.department);
  }
  if (model.teams.length > 0) {
    b.blank();
    b.section(`${model.department ? '四' : '三'}、科室整体任务`);
    // The unmet indicators last, merged across the columns to the right, so the text has room.
    // 奖金（元，预计） before the year's close; 一票否决 / 减半 said beside the unmet tasks (sweep s25d F3, F8).
    const cut = model.teams.some((t) => teamBonusCut(t) !== '');
    const teamHeader = b.header([
      '科室',
      '类型',
      '状态',
      bonusHeader(bonusProvisional(model)),
      cut ? '未完成指标及奖金说明' : '未完成指标',
    ]);
    b.merges.push({ row: teamHeader, col: 5, rows: 1, cols: 5 });
    const tFirst = b.next;
    for (const team of model.teams) {
      const missing = team.indicators.filter((i) => !i.met).map((i) => `${i.name} ${indicatorProgress(i)}`);
      const bonus = Object.values(team.bonuses).reduce((a, v) => a + v, 0);
      const why = [teamBonusCut(team), ...missing].filter((w) => w !== '').join('；');
      const row = b.add([team.subject, team.unitType, team.status, clean(bonus), why]);
      b.merges.push({ row, col: 5, rows: 1, cols: 5 });
    }
    b.statusColumn(
      tFirst,
      3,
      model.teams.map((t) => t.status),
    );
    b.style({ row: teamHeader, col: 1, rows: model.teams.length + 1, cols: 9 }, { border: true });
  }

  // Rows down to the header are frozen, no column: the title lines are merged across the table, and
  // Sheets refuses a merge across a frozen column ("You can't merge frozen and non-frozen columns").
  return b.build(DASHBOARD_TAB, {
    frozenRows: headerRow,
    columnWidths: widths,
    charts,
    tabColor: '#38761d',
    // A merged title row is not fitted to its 16 pt text in the .xlsx: it would overlap the line below.
    rowHeights: { [title]: 26, ...Object.fromEntries(summaryRows.map((r) => [r, 18])), ...unitHeights },
    // The rows down to the unit table's header print on every page (audit S25b F2: page 2 of 150 units had
    // indicator columns with no header), as 附件1's do. The .xlsx sets them as print titles; Apps Script has no
    // page-setup API, so the add-on relies on these rows being frozen (frozenRows below): Sheets' print dialog
    // repeats frozen rows on every page (页眉和页脚 › 重复固定行 / Repeat frozen rows; the PDF export's `fzr`).
    print: { landscape: true, fitToWidth: true, repeatRows: headerRow },
  });
}

/** A subject's indicators with their month/quarter buckets (the department against its own targets). */
function subjectTable(b: SheetBuilder, title: string, subject: SubjectResult): void {
  b.section(title);
  const header = b.header(['指标', '窗口', '完成', '目标', '状态', '分月/分季情况']);
  b.merges.push({ row: header, col: 6, rows: 1, cols: 4 });
  const first = b.next;
  for (const i of subject.indicators) {
    const windowed = i.window !== '全年' && (i.buckets?.length ?? 0) > 0;
    const [line, ...more] = bucketLines(i);
    const row = b.add([
      i.name,
      i.window,
      // A monthly quota: months met, not the current month's count alone; 视同达标 as that, not a count.
      windowed || i.deemed ? indicatorProgress(i) : clean(i.value),
      windowed ? `${i.window === '每月' ? '每月' : '每季'} ${numText(i.target)}` : clean(i.target),
      i.status,
      line,
    ]);
    b.format({ row, col: 3, rows: 1, cols: 2 }, FMT_POINTS);
    b.statusColumn(row, 5, [i.status]);
    b.merges.push({ row, col: 6, rows: 1, cols: 4 });
    for (const text of more) {
      const next = b.add([null, null, null, null, null, text]);
      b.merges.push({ row: next, col: 6, rows: 1, cols: 4 });
    }
  }
  const last = b.next - 1;
  b.style({ row: first, col: 3, rows: last - first + 1, cols: 2 }, { hAlign: 'right' });
  b.style({ row: first, col: 6, rows: last - first + 1, cols: 4 }, { fontSize: 9 });
  b.style({ row: header, col: 1, rows: last - header + 1, cols: 9 }, { border: true });
  const overall = b.add([`总体：${subject.status}${subject.compliant ? '（全部达标）' : ''}`]);
  b.style(
    { row: overall, col: 1, rows: 1, cols: 1 },
    { bold: true, fontColor: STATUS_STYLE[subject.status].fontColor },
  );
}
