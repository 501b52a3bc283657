// The machine's floor for issue 15: the office's formula sheet (bench/peer.ts) written as one plain
// JavaScript pass over the grid: each row's points (level by outlet unless typed, mode defaulted, the ×3
// length rule, the instruction bonus, the verdict), then per unit the year points with the relay share,
// province adoptions and submissions per month. Timed beside the engine in the same process, so that
// "how many times the floor" holds while the shared machine speeds up and slows down.
import { dayFromSerial, dayFromYmd, dayOfDate } from '../src/core/dates';
import { LEDGER_HEADERS } from '../src/core/ledger';
import { LEVELS, levelRank } from '../src/core/levels';
import { audioOnly } from '../src/core/scoreRules';
import type { Cell, Grid, LedgerField, Level, Mode, Rules } from '../src/core/types';

export interface FloorResult {
  rowPoints: Float64Array;
  unitPoints: Map<string, number>;
  provinceAdoptions: Map<string, number>;
  monthlySubmissions: Map<string, number[]>;
}

const col = (h: LedgerField) => LEDGER_HEADERS.indexOf(h);
const C = {
  unit: col('单位'),
  outlet: col('媒体'),
  level: col('级别'),
  mode: col('采用方式'),
  submitted: col('报送日期'),
  adopted: col('录用日期'),
  recipient: col('报送对象'),
  chars: col('字数'),
  minutes: col('时长(分钟)'),
  instruction: col('领导批示'),
  relay: col('对口处室'),
  verdict: col('核定'),
};
const BONUS: Record<string, number> = { 国家: 30, 省: 20, 市: 10 };
const ISO = /^(\d{4})\D+(\d{1,2})\D+(\d{1,2})/;

/** Day numbers of Date cells by their time, one slot per day (the local calendar is asked once per day). */
class DateDays {
  readonly times = new Float64Array(1024).fill(Number.NaN);
  readonly days = new Int32Array(1024);
}

/** A date cell as a day number, or NaN: a Date, a serial number, or y-m-d text. */
function dayOf(cell: Cell, cache: DateDays): number {
  if (cell instanceof Date) {
    const t = cell.getTime();
    const slot = (t / 864e5) & 1023;
    if (cache.times[slot] !== t) {
      cache.times[slot] = t;
      cache.days[slot] = dayOfDate(cell);
    }
    return cache.days[slot];
  }
  if (typeof cell === 'number') return dayFromSerial(cell);
  if (typeof cell === 'string') {
    const m = ISO.exec(cell);
    if (m) return dayFromYmd(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  return Number.NaN;
}

/** A level's points for a mode in the 计分 table, without kind, tag or placement: the formula sheet's lookup. */
export function basePoints(rules: Rules, mode: Mode, level: Level): number {
  return (
    rules.points.find((p) => p.mode === mode && p.level === level && !p.kind && !p.tag && !p.placement)
      ?.points ?? 0
  );
}

/** The levels whose adoptions earn the 对口处室 its share (转报最低级别 or above, RULES §4). */
export function relayLevels(rules: Rules): Level[] {
  return LEVELS.filter((lv) => levelRank(lv) >= levelRank(rules.settings.relayMinLevel));
}

/** The per-unit figures of the peer's workbook, in one pass over the rows and one over the units. */
export function floorPass(grid: Grid, rules: Rules): FloorResult {
  const y = rules.settings.year;
  const yearStart = dayFromYmd(y, 1, 1);
  const yearEnd = dayFromYmd(y, 12, 31);
  const monthStart = Array.from({ length: 13 }, (_, m) => (m < 12 ? dayFromYmd(y, m + 1, 1) : yearEnd + 1));
  const levelOf = new Map<string, Level>();
  const radio = new Set<string>(); // tripled by 字数 only (001 §三.7 影像报道)
  for (const o of rules.outlets)
    for (const name of [o.name, ...o.aliases]) {
      levelOf.set(name, o.level);
      if (audioOnly(o.tags)) radio.add(name);
    }
  const adopted = new Map(LEVELS.map((lv) => [lv as string, basePoints(rules, '录用', lv)]));
  const combined = new Map(LEVELS.map((lv) => [lv as string, basePoints(rules, '综合', lv)]));
  const relayLevel = new Set<string>(relayLevels(rules));
  const unitIndex = new Map(rules.units.map((u, i) => [u.name, i]));
  const units = rules.units.length;
  const points = new Float64Array(units);
  const relayed = new Float64Array(units);
  const province = new Int32Array(units);
  const months = new Int32Array(units * 12);
  const dates = new DateDays();

  const n = grid.length - 1;
  const rowPoints = new Float64Array(n);
  for (let r = 1; r <= n; r++) {
    const row = grid[r];
    const outlet = row[C.outlet];
    const level = row[C.level] !== '' ? String(row[C.level]) : (levelOf.get(String(outlet)) ?? '');
    const mode = row[C.mode] !== '' ? row[C.mode] : outlet !== '' ? '录用' : '报送';
    const verdict = row[C.verdict];
    let p = 0;
    if (verdict !== '不计分') {
      const table = mode === '报送' ? null : mode === '综合' ? combined : adopted;
      const long =
        mode === '录用' &&
        (Number(row[C.chars]) > 1000 || (Number(row[C.minutes]) > 1 && !radio.has(String(outlet))));
      p = (table === null ? 0 : (table.get(level) ?? 0)) * (long ? 3 : 1);
      p += BONUS[String(row[C.instruction])] ?? 0;
      if (verdict === '倒扣') p = -p;
    }
    rowPoints[r - 1] = p;
    const submitted = dayOf(row[C.submitted], dates);
    const day = mode === '报送' ? submitted : dayOf(row[C.adopted], dates);
    const u = unitIndex.get(String(row[C.unit])) ?? -1;
    if (u < 0) continue;
    if (day >= yearStart && day <= yearEnd) {
      points[u] += p;
      const office = unitIndex.get(String(row[C.relay])) ?? -1;
      if (office >= 0 && relayLevel.has(level)) relayed[office] += p;
      if (level === '省级' && mode !== '报送' && verdict !== '倒扣' && verdict !== '不计分') province[u]++;
    }
    if (row[C.recipient] !== '' && submitted >= yearStart && submitted <= yearEnd) {
      let m = 0;
      while (submitted >= monthStart[m + 1]) m++;
      months[u * 12 + m]++;
    }
  }
  const unitPoints = new Map<string, number>();
  const provinceAdoptions = new Map<string, number>();
  const monthlySubmissions = new Map<string, number[]>();
  rules.units.forEach((unit, u) => {
    unitPoints.set(unit.name, points[u] + rules.settings.relayShare * relayed[u]);
    provinceAdoptions.set(unit.name, province[u]);
    monthlySubmissions.set(unit.name, Array.from(months.subarray(u * 12, u * 12 + 12)));
  });
  return { rowPoints, unitPoints, provinceAdoptions, monthlySubmissions };
}
