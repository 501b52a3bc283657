// The peer: what an office builds by hand. The same points column (nested IF and VLOOKUP against a
// level table, the length multiplier, the instruction bonus, the verdict) and a per-unit summary
// (year points by SUMIFS with the relay share on pieces adopted at 市级 or above, submissions per
// month and province adoptions by COUNTIFS) as spreadsheet formulas, evaluated by HyperFormula, a
// headless spreadsheet engine.
import { HyperFormula } from 'hyperformula';
import { dayFromYmd, serialOfDay } from '../src/core/dates';
import { LEDGER_HEADERS, parseLedger } from '../src/core/ledger';
import { LEVELS } from '../src/core/levels';
import { yearPeriod } from '../src/core/period';
import { buildReport } from '../src/core/report';
import { presetRules } from '../src/core/rules';
import { scoreLedger } from '../src/core/score';
import { audioOnly } from '../src/core/scoreRules';
import { roundHalfUp } from '../src/core/text';
import type { Cell, Grid, Rules } from '../src/core/types';
import { timeEngine } from './engine';
import { basePoints, relayLevels } from './floor';
import { generateLedger } from './generate';
import { isMain } from './main';

type Raw = string | number | boolean | null;

/** Column letter of a 0-based index. */
function col(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const DATE_HEADERS = new Set(['报送日期', '录用日期', '事件日期']);

function serial(cell: Cell): number | null {
  if (cell instanceof Date)
    return serialOfDay(dayFromYmd(cell.getFullYear(), cell.getMonth() + 1, cell.getDate()));
  if (typeof cell === 'number') return cell;
  return null;
}

export interface PeerSheets {
  sheets: Record<string, Raw[][]>;
  /** Formula cells in the workbook (points columns + summary). */
  formulas: number;
  units: string[];
}

/**
 * The office's workbook for a ledger grid in LEDGER_HEADERS order, whose dates are Date objects
 * (the clean generated rows). 台账 gets four helper columns after the input: 级别(实) 方式 日期 积分.
 */
export function peerWorkbook(grid: Grid, rules: Rules): PeerSheets {
  const n = grid.length - 1;
  const c = Object.fromEntries(LEDGER_HEADERS.map((h, i) => [h, col(i)])) as Record<string, string>;
  const w = LEDGER_HEADERS.length;
  const [LV, MD, DT, PT] = [col(w), col(w + 1), col(w + 2), col(w + 3)];
  const ledger: Raw[][] = [[...LEDGER_HEADERS, '级别(实)', '方式', '日期', '积分']];
  for (let r = 1; r <= n; r++) {
    const src = grid[r];
    const row: Raw[] = LEDGER_HEADERS.map((h, i) => {
      const v = src[i];
      if (DATE_HEADERS.has(h)) return serial(v);
      return v === '' || v === undefined || v === null || v instanceof Date ? null : v;
    });
    const x = r + 1;
    // As an office writes it: look the level up unless typed, default the mode, date by the mode.
    row.push(
      `=IF(${c.级别}${x}<>"",${c.级别}${x},IFERROR(VLOOKUP(${c.媒体}${x},'媒体'!$A$2:$B$200,2,FALSE()),""))`,
      `=IF(${c.采用方式}${x}<>"",${c.采用方式}${x},IF(${c.媒体}${x}<>"","录用","报送"))`,
      `=IF(${MD}${x}="报送",${c.报送日期}${x},${c.录用日期}${x})`,
      `=IF(${c.核定}${x}="不计分",0,IF(${c.核定}${x}="倒扣",-1,1)*(` +
        `IF(${MD}${x}="报送",0,VLOOKUP(${LV}${x},'计分'!$A$2:$C$5,IF(${MD}${x}="综合",3,2),FALSE()))` +
        // A radio piece is tripled by its 字数 only (001 §三.7 影像报道): the 媒体 sheet's third column marks radio.
        `*IF(AND(${MD}${x}="录用",OR(${c.字数}${x}>1000,AND(${c['时长(分钟)']}${x}>1,IFERROR(VLOOKUP(${c.媒体}${x},'媒体'!$A$2:$C$200,3,FALSE()),"")<>"广播"))),3,1)` +
        `+IF(${c.领导批示}${x}="国家",30,IF(${c.领导批示}${x}="省",20,IF(${c.领导批示}${x}="市",10,0)))))`,
    );
    ledger.push(row);
  }

  const outlets: Raw[][] = [['媒体', '级别', '广播']];
  for (const o of rules.outlets)
    for (const name of [o.name, ...o.aliases]) outlets.push([name, o.level, audioOnly(o.tags) ? '广播' : '']);
  const points: Raw[][] = [['级别', '录用', '综合']];
  for (const lv of LEVELS) points.push([lv, basePoints(rules, '录用', lv), basePoints(rules, '综合', lv)]);

  const y = rules.settings.year;
  const last = n + 1;
  const R = (letter: string) => `'台账'!$${letter}$2:$${letter}$${last}`;
  const settings: Raw[][] = [
    ['年初', serialOfDay(dayFromYmd(y, 1, 1))],
    ['年末', serialOfDay(dayFromYmd(y, 12, 31))],
    ['转报分成', rules.settings.relayShare],
  ];
  for (let m = 1; m <= 12; m++) {
    const end = m === 12 ? dayFromYmd(y, 12, 31) : dayFromYmd(y, m + 1, 1) - 1;
    settings.push([`${m}月初`, serialOfDay(dayFromYmd(y, m, 1))], [`${m}月末`, serialOfDay(end)]);
  }
  const units = rules.units.map((u) => u.name);
  // The share is earned only for pieces adopted at 转报最低级别 or above (RULES.md §4, 001 §三.9).
  const summary: Raw[][] = [
    ['单位', '全年积分', '省级录用', ...Array.from({ length: 12 }, (_, i) => `${i + 1}月报送`)],
  ];
  units.forEach((u, i) => {
    const x = i + 2;
    const year = `${R(DT)},">="&'设置'!$B$1,${R(DT)},"<="&'设置'!$B$2`;
    const row: Raw[] = [
      u,
      `=SUMIFS(${R(PT)},${R(c.单位)},$A${x},${year})+'设置'!$B$3*(${relayLevels(rules)
        .map((lv) => `SUMIFS(${R(PT)},${R(c.对口处室)},$A${x},${R(LV)},"${lv}",${year})`)
        .join('+')})`,
      `=COUNTIFS(${R(c.单位)},$A${x},${R(LV)},"省级",${R(MD)},"<>报送",${R(c.核定)},"<>倒扣",${R(c.核定)},"<>不计分",${year})`,
    ];
    for (let m = 1; m <= 12; m++) {
      const from = `'设置'!$B$${2 + 2 * m}`;
      const to = `'设置'!$B$${3 + 2 * m}`;
      row.push(
        `=COUNTIFS(${R(c.单位)},$A${x},${R(c.报送对象)},"<>",${R(c.报送日期)},">="&${from},${R(c.报送日期)},"<="&${to})`,
      );
    }
    summary.push(row);
  });
  return {
    sheets: { 台账: ledger, 媒体: outlets, 计分: points, 设置: settings, 汇总: summary },
    formulas: n * 4 + units.length * 14,
    units,
  };
}

export interface PeerResult {
  rows: number;
  formulas: number;
  /** Building the workbook from its cells, formulas included (HyperFormula evaluates on build). */
  buildMs: number;
  /** Reading every computed value back (the summary and the points column). */
  readMs: number;
  /** One cell edit (a 字数 that crosses 1000) and the recalculation it triggers. */
  editMs: number;
  unitPoints: Map<string, number>;
  provinceAdoptions: Map<string, number>;
  monthlySubmissions: Map<string, number[]>;
  rowPoints: number[];
}

export function runPeer(grid: Grid, rules: Rules): PeerResult {
  const book = peerWorkbook(grid, rules);
  const t0 = performance.now();
  const hf = HyperFormula.buildFromSheets(book.sheets, { licenseKey: 'gpl-v3' });
  const t1 = performance.now();
  const summaryId = hf.getSheetId('汇总')!;
  const ledgerId = hf.getSheetId('台账')!;
  const values = hf.getSheetValues(summaryId);
  const pointsCol = LEDGER_HEADERS.length + 3;
  const rowPoints: number[] = [];
  for (let r = 1; r < grid.length; r++)
    rowPoints.push(Number(hf.getCellValue({ sheet: ledgerId, row: r, col: pointsCol })));
  const t2 = performance.now();
  const unitPoints = new Map<string, number>();
  const provinceAdoptions = new Map<string, number>();
  const monthlySubmissions = new Map<string, number[]>();
  values.slice(1).forEach((row) => {
    const unit = String(row[0]);
    unitPoints.set(unit, Number(row[1]));
    provinceAdoptions.set(unit, Number(row[2]));
    monthlySubmissions.set(unit, row.slice(3, 15).map(Number));
  });
  // The edit an office makes all day: correct one row's 字数.
  const charsCol = LEDGER_HEADERS.indexOf('字数');
  const t3 = performance.now();
  hf.setCellContents({ sheet: ledgerId, row: Math.ceil(grid.length / 2), col: charsCol }, [[1500]]);
  hf.getCellValue({ sheet: summaryId, row: 1, col: 1 });
  const t4 = performance.now();
  hf.destroy();
  return {
    rows: grid.length - 1,
    formulas: book.formulas,
    buildMs: t1 - t0,
    readMs: t2 - t1,
    editMs: t4 - t3,
    unitPoints,
    provinceAdoptions,
    monthlySubmissions,
    rowPoints,
  };
}

export interface PeerComparison {
  rows: number;
  peer: Omit<PeerResult, 'unitPoints' | 'provinceAdoptions' | 'monthlySubmissions' | 'rowPoints'>;
  /** Our median times (ms) on the same rows: parse, score, indicators, report. */
  ours: { parse: number; score: number; indicators: number; report: number; total: number };
  /** Peer build (with its full evaluation) over our score + indicators. */
  ratio: number;
  /** Peer build over our whole pass (parse + score + indicators + report). */
  ratioFull: number;
  check: {
    units: number;
    yearPointsEqual: number;
    provinceAdoptionsEqual: number;
    rowPointsEqual: number;
    mismatches: string[];
  };
}

export type Ours = PeerComparison['ours'];
export type PeerCheck = PeerComparison['check'];

/** Our median stage times (ms) over `runs` passes on a grid, after one warm-up. */
export function timeOurs(grid: Grid, runs = 5): Ours {
  timeEngine(grid); // warm-up
  const times = Array.from({ length: runs }, () => timeEngine(grid).ms);
  const med = (k: keyof Ours) => {
    const xs = times.map((r) => r[k]).sort((a, b) => a - b);
    return xs[Math.floor(xs.length / 2)];
  };
  return {
    parse: med('parse'),
    score: med('score'),
    indicators: med('indicators'),
    report: med('report'),
    total: med('total'),
  };
}

/** Our year report and row points on the grid the peer computed (the preset's year, as of 31 Dec). */
export function oursFor(grid: Grid, rules: Rules) {
  const scored = scoreLedger(parseLedger(grid), rules);
  const report = buildReport(
    scored,
    rules,
    yearPeriod(rules.settings.year),
    dayFromYmd(rules.settings.year, 12, 31),
  );
  return { scored, report };
}

/** A peer's per-unit year points, province adoptions and row points against ours. */
export function checkPeer(
  ours: ReturnType<typeof oursFor>,
  unitPoints: Map<string, number>,
  provinceAdoptions: Map<string, number>,
  rowPoints: number[],
): PeerCheck {
  const mismatches: string[] = [];
  let yearPointsEqual = 0;
  let provinceAdoptionsEqual = 0;
  for (const u of ours.report.units) {
    const peerPoints = unitPoints.get(u.unit);
    if (peerPoints !== undefined && Math.abs(roundHalfUp(peerPoints, 2) - u.points) < 1e-9) yearPointsEqual++;
    else mismatches.push(`${u.unit} 全年积分 ours ${u.points} peer ${peerPoints}`);
    if (provinceAdoptions.get(u.unit) === u.adoptionsByLevel.省级) provinceAdoptionsEqual++;
    else
      mismatches.push(
        `${u.unit} 省级录用 ours ${u.adoptionsByLevel.省级} peer ${provinceAdoptions.get(u.unit)}`,
      );
  }
  let rowPointsEqual = 0;
  ours.scored.rows.forEach((r, i) => {
    if (Math.abs(r.points - rowPoints[i]) < 1e-9) rowPointsEqual++;
    else if (mismatches.length < 20)
      mismatches.push(`第${r.row}行 积分 ours ${r.points} peer ${rowPoints[i]}`);
  });
  return {
    units: ours.report.units.length,
    yearPointsEqual,
    provinceAdoptionsEqual,
    rowPointsEqual,
    mismatches,
  };
}

/**
 * The clean generated rows as an office keeps them for its formula sheet: 领导批示 belongs to the piece
 * (once per piece, on its best row; RULES.md §9), which a per-row formula cannot see, so the office types
 * the instruction on the row that earns the bonus and leaves the piece's other rows blank. The engine
 * gives the same points on this grid (the instruction is already where it would put it), and the peer
 * keeps its plain per-row IF: the cheapest formula sheet, so the ratio does not flatter us.
 */
export function peerGrid(rows: number, rules: Rules): Grid {
  const grid = generateLedger({ rows, seed: 21, clean: true });
  const instructionCol = LEDGER_HEADERS.indexOf('领导批示');
  const byPoints = new Map(rules.bonuses.map((b) => [b.points, b.instruction]));
  const scored = scoreLedger(parseLedger(grid), rules);
  scored.rows.forEach((r, i) => {
    grid[i + 1][instructionCol] = r.bonus > 0 ? (byPoints.get(r.bonus) ?? '') : '';
  });
  return grid;
}

/** Peer and engine on the same clean generated rows, with the agreement check. */
export function comparePeer(rows: number, ourRuns = 5): PeerComparison {
  const rules = presetRules('上街区');
  const grid = peerGrid(rows, rules);
  const ours = timeOurs(grid, ourRuns);
  const p = runPeer(grid, rules);
  const check = checkPeer(oursFor(grid, rules), p.unitPoints, p.provinceAdoptions, p.rowPoints);
  const { unitPoints: _u, provinceAdoptions: _a, monthlySubmissions: _m, rowPoints: _r, ...peer } = p;
  return {
    rows,
    peer,
    ours,
    ratio: p.buildMs / (ours.score + ours.indicators),
    ratioFull: p.buildMs / ours.total,
    check,
  };
}

if (isMain('peer')) {
  console.log(JSON.stringify(comparePeer(Number(process.argv[2] ?? 1000))));
}
