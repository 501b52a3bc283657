// A seeded generator of realistic ledgers (稿件台账) for the benchmarks and the robustness tests:
// the 上街区 preset's units and outlets, submissions and adoptions spread over a year, mixed modes,
// relayed rows, leader instructions, verdicts, and (unless `clean`) a small share of bad rows.
import { dateOfDay, dayFromYmd, dayToIso, serialOfDay, ymdOfDay } from '../src/core/dates';
import { LEDGER_HEADERS } from '../src/core/ledger';
import { presetRules } from '../src/core/rules';
import type { Cell, Day, Grid, Level, OutletDef, UnitDef } from '../src/core/types';

/** mulberry32: a tiny, fast, seeded PRNG; the same seed always gives the same ledger. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GenerateOptions {
  rows: number;
  seed?: number;
  /** Assessment year of the rows (the preset's 年度 is 2024). */
  year?: number;
  /**
   * Clean rows only: no bad rows, no duplicates, dates as Date objects, no adjustments. The peer
   * comparison uses clean rows so that a formula sheet and the engine must agree to the cent.
   */
  clean?: boolean;
  /** Share of deliberately bad rows when not clean (default 0.01). */
  badShare?: number;
}

/** Kinds of bad row the generator plants (each becomes a row issue, never an exception). */
export const BAD_KINDS = [
  'unknownOutlet',
  'badDate',
  'unknownUnit',
  'missingAdoptionDate',
  'duplicate',
  'adjustmentWithoutReason',
  'formulaTitle',
  'badMode',
  'textInNumber',
] as const;
export type BadKind = (typeof BAD_KINDS)[number];

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰建国志红';
const TOPICS = [
  '基层党组织标准化建设',
  '党员教育管理',
  '干部队伍建设',
  '人才引进工作',
  '“两新”组织党建',
  '社区网格化治理',
  '党史学习教育',
  '村级后备干部培养',
  '机关作风建设',
  '年轻干部实践锻炼',
  '党建引领乡村振兴',
  '流动党员管理',
  '组织生活会',
  '主题党日活动',
  '干部监督工作',
];
const GENRES = ['工作动态', '经验做法', '典型案例', '调研思考', '工作综述', '实践探索'];
const KINDS = ['动态信息', '动态信息', '动态信息', '经验材料', '言论文章', '调研报告', '宣传报道', '专报'];
const PLACEMENTS = ['', '', '', '', '', '', '头版', '要闻版', '头版头条'];
const REVIEWS = ['终审', '终审', '终审', '终审', '复审', '编审', ''];

interface Piece {
  title: string;
  usedOutlets: Set<string>;
  submittedOn: Day;
}

interface UnitState {
  def: UnitDef;
  people: string[];
  recent: Piece[];
  next: number;
}

/**
 * The text as one flat string, as Sheets' getValues and the file readers hand it. A template literal is a
 * chain of pieces (a "cons" string) that the first character read copies flat: 32 MB at 1M rows that the
 * engine would be charged for a grid no spreadsheet gives it.
 */
function flat(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

/** The generated grid: header row (LEDGER_HEADERS) then one row per event; blanks are ''. */
export function generateLedger(options: GenerateOptions): Grid {
  const grid: Grid = [LEDGER_HEADERS.slice()];
  const gen = rowGenerator(options);
  for (let i = 0; i < options.rows; i++) grid.push(gen());
  return grid;
}

/** Column index of a ledger header in generated grids. */
export const COL: Record<string, number> = Object.fromEntries(LEDGER_HEADERS.map((h, i) => [h, i]));

/** A generator of rows, one call per row; for writers that stream rows (the .xlsx of the CLI bench). */
export function rowGenerator(options: GenerateOptions): () => Cell[] {
  const rnd = prng(options.seed ?? 1);
  const year = options.year ?? 2024;
  const clean = options.clean ?? false;
  const badShare = clean ? 0 : (options.badShare ?? 0.01);
  const rules = presetRules('上街区');
  const offices = rules.units.filter((u) => u.type === '部机关科室' && !u.isOffice).map((u) => u.name);
  const outlets = rules.outlets;
  const byLevel = new Map<Level, OutletDef[]>();
  for (const o of outlets) byLevel.set(o.level, [...(byLevel.get(o.level) ?? []), o]);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const yearStart = dayFromYmd(year, 1, 1);
  const yearEnd = dayFromYmd(year, 12, 31);

  const states: UnitState[] = rules.units.map((def) => ({
    def,
    people: Array.from(
      { length: int(3, 8) },
      () => pick([...SURNAMES]) + pick([...GIVEN]) + (rnd() < 0.4 ? pick([...GIVEN]) : ''),
    ),
    recent: [],
    next: 1,
  }));
  // Townships and offices write more than the other 党工委.
  const weights = states.map((s) => (s.def.type === '其他党工委' ? 1 : 2));
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const pickUnit = (): UnitState => {
    let x = rnd() * totalWeight;
    for (let i = 0; i < states.length; i++) {
      x -= weights[i];
      if (x < 0) return states[i];
    }
    return states[states.length - 1];
  };
  const recipientOf = (u: UnitDef) =>
    u.type === '部机关科室' ? (rnd() < 0.8 ? '市委组织部' : '省委组织部') : '区委组织部';
  // Outlet level mix: most adoptions are local, few central.
  const pickLevel = (): Level => {
    const x = rnd();
    return x < 0.45 ? '区县级' : x < 0.8 ? '市级' : x < 0.96 ? '省级' : '中央级';
  };
  const dateCell = (day: Day): Cell => {
    if (clean) return dateOfDay(day);
    const x = rnd();
    if (x < 0.88) return dateOfDay(day);
    if (x < 0.94) return dayToIso(day);
    if (x < 0.97) {
      const { y, m, d } = ymdOfDay(day);
      return `${y}年${m}月${d}日`;
    }
    return serialOfDay(day);
  };
  const authors = (s: UnitState): string => {
    const x = rnd();
    if (s.def.type !== '部机关科室' && x < 0.1) return ''; // a unit's piece with no named author
    const n = x < 0.6 ? 1 : x < 0.98 || clean ? 2 : 3; // three authors is a row issue (只计前两人)
    const names = new Set<string>();
    while (names.size < n) names.add(pick(s.people));
    return [...names].join(rnd() < 0.8 ? '、' : ' ');
  };
  let last: Cell[] | null = null;

  return () => {
    const s = pickUnit();
    const row: Cell[] = new Array(LEDGER_HEADERS.length).fill('');
    const set = (h: string, v: Cell) => {
      row[COL[h]] = v;
    };
    const reuse = s.recent.length > 0 && rnd() < 0.45;
    let piece: Piece;
    if (reuse) piece = pick(s.recent);
    else {
      const submittedOn = yearStart + Math.floor(rnd() * (yearEnd - yearStart + 1));
      piece = {
        title: flat(`${s.def.name.replace(/党委|党工委/, '')}${pick(TOPICS)}${pick(GENRES)}（${s.next++}）`),
        usedOutlets: new Set(),
        submittedOn,
      };
      s.recent.push(piece);
      if (s.recent.length > 8) s.recent.shift();
    }
    set('标题', piece.title);
    set('作者', authors(s));
    set('单位', s.def.name);
    set('类别', pick(KINDS));
    set('审核状态', pick(REVIEWS));
    const x = rnd();
    const mode = !reuse && x < 0.55 ? '报送' : x < 0.92 ? '录用' : '综合';
    if (mode === '报送') {
      set('报送对象', recipientOf(s.def));
      set('报送日期', dateCell(piece.submittedOn));
      set('采用方式', rnd() < 0.7 ? '报送' : '');
      if (rnd() < 0.3) set('事件日期', dateCell(Math.max(yearStart, piece.submittedOn - int(0, 5))));
    } else {
      let outlet: OutletDef | null = null;
      for (let tries = 0; tries < 6 && outlet === null; tries++) {
        const o = pick(byLevel.get(pickLevel())!);
        if (!piece.usedOutlets.has(o.name)) outlet = o;
      }
      if (outlet === null) outlet = outlets.find((o) => !piece.usedOutlets.has(o.name)) ?? outlets[0];
      piece.usedOutlets.add(outlet.name);
      const adoptedOn = Math.min(yearEnd, piece.submittedOn + int(2, 30));
      set('媒体', rnd() < 0.05 && outlet.aliases.length > 0 ? pick(outlet.aliases) : outlet.name);
      if (rnd() < 0.03) set('级别', outlet.level);
      set('采用方式', mode === '综合' || rnd() < 0.8 ? mode : '');
      set('报送日期', dateCell(piece.submittedOn));
      if (rnd() < 0.3) set('报送对象', recipientOf(s.def));
      set('录用日期', dateCell(adoptedOn));
      const broadcast = outlet.tags.includes('电视') || outlet.tags.includes('广播');
      if (broadcast) set('时长(分钟)', int(1, 12) / 2);
      else set('字数', int(300, 3500));
      if (outlet.tags.includes('党报')) set('版面', pick(PLACEMENTS));
      const ins = rnd();
      if (ins < 0.003) set('领导批示', '国家');
      else if (ins < 0.01) set('领导批示', '省');
      else if (ins < 0.02) set('领导批示', '市');
      if (s.def.type !== '部机关科室' && rnd() < 0.06) set('对口处室', pick(offices));
      const v = rnd();
      if (v < 0.003) set('核定', '倒扣');
      else if (v < 0.008) set('核定', '不计分');
    }
    if (rnd() < 0.05) set('备注', pick(['已核', '转载', '待补佐证', '与宣传科联合报送']));

    if (badShare > 0 && rnd() < badShare) plantBad(row, pick(BAD_KINDS));
    last = row;
    return row;

    function plantBad(r: Cell[], kind: BadKind) {
      switch (kind) {
        case 'unknownOutlet':
          r[COL.媒体] = '某某内部简报';
          r[COL.级别] = '';
          r[COL.采用方式] = '录用';
          if (r[COL.录用日期] === '') r[COL.录用日期] = dateOfDay(piece.submittedOn);
          break;
        case 'badDate':
          r[COL.报送日期] = `${year}-13-45`;
          break;
        case 'unknownUnit':
          r[COL.单位] = '某某街道党工委';
          break;
        case 'missingAdoptionDate':
          r[COL.媒体] = r[COL.媒体] || '郑州日报';
          r[COL.采用方式] = '录用';
          r[COL.录用日期] = '';
          break;
        case 'duplicate':
          if (last) for (let c = 0; c < r.length; c++) r[c] = last[c];
          break;
        case 'adjustmentWithoutReason':
          r[COL.调整分] = 3;
          break;
        case 'formulaTitle':
          r[COL.标题] = pick(['=HYPERLINK("http://example.com","点我")', '+1', '-SUM(A1:A9)', '@x']);
          break;
        case 'badMode':
          r[COL.采用方式] = '转发';
          break;
        case 'textInNumber':
          r[COL.字数] = '约一千字';
          break;
      }
    }
  };
}

/** Sheets serial number of a date cell (Date, ISO/中文 text or serial); '' when blank. For the peer. */
export function serialOfCell(cell: Cell): number | '' {
  if (cell === '' || cell === null || cell === undefined) return '';
  if (cell instanceof Date)
    return serialOfDay(dayFromYmd(cell.getFullYear(), cell.getMonth() + 1, cell.getDate()));
  if (typeof cell === 'number') return cell;
  const m = /^(\d{4})\D+(\d{1,2})\D+(\d{1,2})/.exec(String(cell));
  return m ? serialOfDay(dayFromYmd(Number(m[1]), Number(m[2]), Number(m[3]))) : '';
}
