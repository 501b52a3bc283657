// 重复报送: the same piece sent again to the same recipient in the same year is one 报送 (S26a F3 ruling).
//
// Decisions:
// - A piece (a unit's rows with one title key) sent to one recipient (报送对象 as the unit's quotas read it, the
//   own department and its offices being one: relay.ts recipientIdentity; 区委组织部, 研究室, 组织部 …) in
//   one calendar year (001 §五 每个自然年度为一个考核期) is one submission, dated by its first 报送日期 to that
//   recipient that year. A later row of it, sent on a later day to the same recipient that year, is no new
//   submission: it counts in the first one's month, quarter and year (submissionDays gives it that day), and
//   校验 says so, naming the first row as a duplicate copy names its kept row.
// - Rows on the first one's day are that same submission (a 报送 row and its 录用 row repeating the 报送日期):
//   nothing to say. Sent to another recipient, the piece counts for that recipient's tasks; sent again next
//   year, it counts in that year.
// - Only rows that are their unit's submission take part (countable, or held / 倒扣 yet a submission; not a
//   duplicate copy), with a 报送日期 of their own and a 报送对象 (a relayed row's: the own department, or the
//   office of it 报送对象 names: relay.ts relayedRecipient, one recipient with the department).
// - A relayed row is two submissions (relay.ts, 001 §三.9): its unit's to the own department, and its 对口处室's
//   to the upper department (officeRecipient), when it relayed the piece upward. Each counts once a year: the
//   unit's in the month the piece first reached the department, sent directly or relayed; the office's in the
//   month that office first relayed the piece upward, to whichever upper department (001 §三.9 计报送条数: a
//   piece is one 条, so relayed to 市委组织部 in March and to 省委组织部 in May it is the office's March one, as
//   the year counts it once; another office relaying it counts for itself). So a piece sent directly in January and relayed in March is the unit's January submission and the
//   office's March one, and 校验 says both: 不再计峡窝镇党委报送（干部科转报市委组织部仍计报送）. The office's day
//   is kept apart (officeFirst, submissionDays officeSubmissionDays) where it is not the unit's.
// - Each 报送 quota judges its own re-submissions: the piece counts toward it once a year, dated by its first
//   报送 to one of the quota's recipients (unitByQuota, officeByQuota where that is another day). So 区委组织部 in
//   March then 研究室 in April is March's for 每月向区委组织部报送 (研究室 is part of it) and April's for a quota to
//   研究室; 校验 names the quotas that no longer count the row and those that still do.
import { yearOf, ymdOfDay } from './dates';
import { NO_DAY } from './ledgerTable';
import { DUPLICATE, FIXED, issuesOf, setIssues, type Work } from './pieces';
import type { ScoredLedger } from './types';

/** The re-submissions of a scored ledger. */
export interface Resubmissions {
  /** Row → the row of its piece first sent to the same recipient that year (the unit's re-submission). */
  unit: Map<number, number>;
  /**
   * Relayed row → the row whose 报送日期 dates its 对口处室's submission (its own, or the office's first relay of
   * the piece to that recipient that year), only where that is not the day the unit's one is dated by.
   */
  officeFirst: Map<number, number>;
  /**
   * Per 报送 quota (relay.ts quotaKey of its recipients), row → the row whose 报送日期 dates the unit's submission
   * toward that quota (the piece's first to one of its recipients that year), only where that is not the day the
   * unit's submission is dated by: 区委组织部 in March then 研究室 in April is April's for a 研究室 quota.
   */
  unitByQuota: Map<string, Map<number, number>>;
  /** The same for the 对口处室's submission (the upper department it relayed the piece to), per its quotas. */
  officeByQuota: Map<string, Map<number, number>>;
}

const NONE: Resubmissions = {
  unit: new Map(),
  officeFirst: new Map(),
  unitByQuota: new Map(),
  officeByQuota: new Map(),
};
const memo = new WeakMap<ScoredLedger, Resubmissions>();

/** Scoring found them: remembered for submissionDays (a hand-built scored ledger has none). */
export function rememberResubmissions(scored: ScoredLedger, found: Resubmissions): void {
  if (
    found.unit.size > 0 ||
    found.officeFirst.size > 0 ||
    found.unitByQuota.size > 0 ||
    found.officeByQuota.size > 0
  )
    memo.set(scored, found);
}

export function resubmissionsOf(scored: ScoredLedger): Resubmissions {
  return memo.get(scored) ?? NONE;
}

/** How scoring reads a row for 重复报送 (score.ts resubmissionsIn). */
export interface ResubmissionReader {
  /** Row i's recipient for its unit ('' when none), as 校验 names it. */
  recipientOf(i: number): string;
  /** Who a recipient is: relay.ts recipientIdentity (the own department and its offices are one). */
  identity(recipient: string): string;
  /** The 对口处室 that relayed row i upward ('' when none, or when it relayed nothing upward). */
  officeOf(i: number): string;
  /** Where that office relayed it (relay.ts officeRecipient); read only when officeOf(i) is not ''. */
  upwardOf(i: number): string;
  /** The recipient lists of the 报送 quotas applying to a unit (relay.ts recipientQuotaLists); [] when none. */
  quotasOf(unit: string): readonly (readonly string[])[];
  /** Whether a recipient (as recipientOf, upwardOf give it) counts toward a quota's list (relay.ts sameRecipient). */
  countsToward(recipient: string, quota: readonly string[]): boolean;
}

/**
 * The re-submissions of the scored rows, each told in 校验. Linear in the rows: per piece, the first row of
 * each (recipient, year), and of each (office, year) and each quota, is kept in a map, then every row is
 * compared with its group's first.
 */
export function findResubmissions(w: Work, read: ResubmissionReader): Resubmissions {
  const found: Resubmissions = {
    unit: new Map(),
    officeFirst: new Map(),
    unitByQuota: new Map(),
    officeByQuota: new Map(),
  };
  const t = w.src.table;
  const n = w.src.length;
  const sent = t.submittedOn;
  const counts = (i: number) =>
    sent[i] !== NO_DAY &&
    (w.flags[i] & FIXED) !== DUPLICATE &&
    (w.countable[i] === 1 || w.heldSubmission[i] === 1);
  // Pieces whose counted rows were sent on two or more days: only those can hold a re-submission or a
  // submission dated by another row (rows of one day are each other's first). Most pieces are one day's.
  const firstDay = new Int32Array(w.pieces).fill(NO_DAY);
  const twoDays = new Uint8Array(w.pieces);
  let any = false;
  for (let i = 0; i < n; i++) {
    if (!counts(i)) continue;
    const p = w.rowPiece[i];
    if (firstDay[p] === NO_DAY) firstDay[p] = sent[i];
    else if (firstDay[p] !== sent[i]) {
      twoDays[p] = 1;
      any = true;
    }
  }
  if (!any) return found;
  const rowsOf = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const p = w.rowPiece[i];
    if (twoDays[p] === 0 || !counts(i)) continue;
    const list = rowsOf.get(p);
    if (list) list.push(i);
    else rowsOf.set(p, [i]);
  }
  // Per piece: group → its first row (earliest 报送日期, then read first; rows are in row order). The unit's
  // groups are (recipient, year), the office's (office, year); per quota of the unit (of the
  // office), (quota, year) and (office, quota, year): the rows sent to one of the quota's recipients. Groups are
  // numbers (groupKey of interned names): this runs per row of every piece sent twice, and string keys cost more
  // than the rest of the check.
  const firstOf = new Map<number, number>();
  const unitKeys: number[] = [];
  const officeKeys: number[] = [];
  // Per row of the piece: quota id, group key, … of the quotas its unit's (its office's) submission counts toward.
  const unitQuotas: number[][] = [];
  const officeQuotas: number[][] = [];
  const names = new Interned();
  // Per quota id, its name (its recipients joined with 、) as found and 校验 give it.
  const nameOfQuota: string[] = [];
  // Per who (a unit, or an office relaying upward) and recipient: the ids of the quotas the recipient counts toward.
  const towardOf = new Map<string, Map<string, readonly number[]>>();
  const keep = (key: number, i: number) => {
    if (key === NO_KEY) return;
    const first = firstOf.get(key);
    if (first === undefined || sent[i] < sent[first]) firstOf.set(key, i);
  };
  const quotaIds = (who: string, recipient: string): readonly number[] => {
    let byRecipient = towardOf.get(who);
    if (byRecipient === undefined) {
      byRecipient = new Map();
      towardOf.set(who, byRecipient);
    }
    const known = byRecipient.get(recipient);
    if (known !== undefined) return known;
    const ids: number[] = [];
    for (const quota of read.quotasOf(who)) {
      if (!read.countsToward(recipient, quota)) continue;
      const q = quotaName(quota);
      const id = names.id(q);
      nameOfQuota[id] = q;
      ids.push(id);
    }
    byRecipient.set(recipient, ids);
    return ids;
  };
  const quotaGroups = (who: string, recipient: string, year: number, i: number): number[] => {
    if (recipient === '') return NO_GROUPS;
    // The unit's quotas (who '' in the key: a piece is one unit's), or the relaying office's.
    const ids = quotaIds(who === '' ? w.src.at(i).unit : who, recipient);
    if (ids.length === 0) return NO_GROUPS;
    const whoId = who === '' ? 0 : names.id(who);
    const out: number[] = [];
    for (const id of ids) {
      const key = groupKey(QUOTA, whoId, id, year);
      out.push(id, key);
      keep(key, i);
    }
    return out;
  };
  for (const rows of rowsOf.values()) {
    firstOf.clear();
    unitKeys.length = 0;
    officeKeys.length = 0;
    unitQuotas.length = 0;
    officeQuotas.length = 0;
    for (const i of rows) {
      const year = yearOf(sent[i]);
      const to = read.recipientOf(i);
      const unitKey = to === '' ? NO_KEY : groupKey(UNIT, names.id(read.identity(to)), 0, year);
      const office = read.officeOf(i);
      const upward = office === '' ? '' : read.upwardOf(i);
      // The office's submission is the piece, whichever upper department it went to (001 §三.9 计报送条数).
      const officeKey = upward === '' ? NO_KEY : groupKey(OFFICE, names.id(office), 0, year);
      unitKeys.push(unitKey);
      officeKeys.push(officeKey);
      keep(unitKey, i);
      keep(officeKey, i);
      unitQuotas.push(quotaGroups('', to, year, i));
      officeQuotas.push(upward === '' ? NO_GROUPS : quotaGroups(office, upward, year, i));
    }
    for (let a = 0; a < rows.length; a++) {
      const i = rows[a];
      const unitFirst = unitKeys[a] === NO_KEY ? i : (firstOf.get(unitKeys[a]) as number);
      const unitAgain = sent[unitFirst] < sent[i];
      if (unitAgain) found.unit.set(i, unitFirst);
      // Per quota: the piece's first submission to one of its recipients dates it where that is another day.
      const quotas = unitQuotas[a];
      const again: string[] = [];
      const still: string[] = [];
      // The rows that took this one's place: per quota no longer counting it, its first row there.
      const firsts: number[] = [];
      for (let k = 0; k < quotas.length; k += 2) {
        const first = firstOf.get(quotas[k + 1]) as number;
        const q = nameOfQuota[quotas[k]];
        if (sent[first] !== sent[unitFirst]) byQuota(found.unitByQuota, q).set(i, first);
        if (sent[first] < sent[i]) {
          again.push(q);
          addOnce(firsts, first);
        } else still.push(q);
      }
      if (officeKeys[a] === NO_KEY) {
        // 校验 speaks of the unit's quotas: silent when each still counts the row (an office one counting on its
        // own: 研究室 after 区委组织部), naming them when some do and some do not, and naming every earlier row
        // that counted where this one does not (区委组织部 in March, 研究室 in April: both, for May's).
        if (quotas.length === 0 || (unitAgain && still.length === 0)) {
          if (unitAgain) {
            addOnce(firsts, unitFirst);
            say(w, i, `${firstsText(w, i, firsts, read)}不再计报送`);
          }
        } else if (again.length > 0) say(w, i, quotasLeft(w, i, firsts, again, still, read));
        continue;
      }
      // A relayed row: the office's submission is dated apart where the unit's is dated by another row.
      const officeFirst = firstOf.get(officeKeys[a]) as number;
      const officeAgain = sent[officeFirst] < sent[i];
      const dating = officeAgain ? officeFirst : i;
      if (sent[dating] !== sent[unitAgain ? unitFirst : i]) found.officeFirst.set(i, dating);
      const upwardQuotas = officeQuotas[a];
      // The office's quotas that still count this relay: the first to their recipients (省委组织部 after 市委组织部).
      const officeStill: string[] = [];
      for (let k = 0; k < upwardQuotas.length; k += 2) {
        const first = firstOf.get(upwardQuotas[k + 1]) as number;
        const q = nameOfQuota[upwardQuotas[k]];
        if (sent[first] !== sent[dating]) byQuota(found.officeByQuota, q).set(i, first);
        if (officeAgain && sent[first] >= sent[i]) officeStill.push(q);
      }
      const office = read.officeOf(i);
      const upward = read.upwardOf(i);
      if (!unitAgain && !officeAgain) {
        // Its unit's submission counts, yet not toward a quota an earlier row counted for (研究室 in March, then
        // relayed to the own department in April: March's for 向区委组织部报送): said, as on a direct row.
        if (again.length > 0)
          say(w, i, `${quotasLeft(w, i, firsts, again, still, read)}（${office}转报${upward}仍计报送）`);
        continue;
      }
      // Where the office first relayed the piece, and this row's relay when it went elsewhere (a second upper one).
      const before = officeAgain ? read.upwardOf(officeFirst) : upward;
      const elsewhere = read.identity(before) !== read.identity(upward) ? `本行转报${upward}` : '';
      // 条数 (the 报送 column) no more, the quota (任务) still: the two halves agree (review s29 #4b).
      const officeTail =
        officeStill.length > 0 ? `条数（仍计入${office}向${officeStill.join('、')}报送任务）` : '';
      let message: string;
      if (!unitAgain) {
        // Not met: the office's earlier relay is the unit's earlier submission too.
        message = `${head(w, i, officeFirst)}${office}已于${dayText(w, officeFirst)}转报${before}，${elsewhere}不再计${office}报送${officeTail}`;
      } else if (!officeAgain) {
        message = `${head(w, i, unitFirst)}已于${dayText(w, unitFirst)}报送${read.recipientOf(unitFirst)}，不再计${
          w.src.at(i).unit
        }报送（${office}转报${upward}仍计报送）`;
      } else if (officeFirst === unitFirst) {
        message =
          elsewhere === ''
            ? `${resubmissionMessage(w, i, unitFirst, read.recipientOf(unitFirst))}${officeTail}`
            : `${head(w, i, unitFirst)}已于${dayText(w, unitFirst)}报送${read.recipientOf(
                unitFirst,
              )}，${office}同日转报${before}，${elsewhere}不再计报送${officeTail}`;
      } else {
        message = `${head(w, i, unitFirst)}已于${dayText(w, unitFirst)}报送${read.recipientOf(unitFirst)}，${office}已于${dayText(
          w,
          officeFirst,
        )}（${where(w, i, officeFirst)}）转报${before}，${elsewhere}不再计报送${officeTail}`;
      }
      say(w, i, message);
    }
  }
  return found;
}

const NO_GROUPS: number[] = [];
const NO_KEY = -1;
const UNIT = 0;
const OFFICE = 1;
const QUOTA = 2;

/**
 * One number per group: its kind, two interned ids (each < 2^20) and the year (its low 11 bits: a piece's rows
 * are never 2048 years apart), exact below 2^53.
 */
function groupKey(kind: number, a: number, b: number, year: number): number {
  return ((a * 0x100000 + b) * 2048 + (year & 2047)) * 4 + kind;
}

/** Names as small integers, 1 up, in the order first asked. */
class Interned {
  private readonly ids = new Map<string, number>();
  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.ids.size + 1;
      this.ids.set(name, id);
    }
    return id;
  }
}

/** A quota's name, its recipients joined with 、: once per list (the rules' own arrays, the same for every row). */
const quotaNames = new WeakMap<readonly string[], string>();
function quotaName(quota: readonly string[]): string {
  let q = quotaNames.get(quota);
  if (q === undefined) {
    q = quota.join('、');
    quotaNames.set(quota, q);
  }
  return q;
}

/** A row added to a list once (a closure made per row costs more than the whole check: findResubmissions is hot). */
function addOnce<T>(list: T[], item: T): void {
  if (!list.includes(item)) list.push(item);
}

function byQuota(all: Map<string, Map<number, number>>, quota: string): Map<number, number> {
  let rows = all.get(quota);
  if (rows === undefined) {
    rows = new Map();
    all.set(quota, rows);
  }
  return rows;
}

function say(w: Work, i: number, message: string): void {
  setIssues(w, i, [...issuesOf(w, i), message]);
}

/** 第3行, or 「上半年」第3行 when the row is on another ledger tab than row i. */
export function where(w: Pick<Work, 'src'>, i: number, kept: number): string {
  const { row, tab } = w.src.at(kept);
  const other = tab !== undefined && tab !== w.src.at(i).tab ? `「${tab}」` : '';
  return `${other}第${row}行`;
}

/** 重复报送：与第N行为同一稿件， */
function head(w: Work, i: number, kept: number): string {
  return `重复报送：与${where(w, i, kept)}为同一稿件，`;
}

/** 2024年3月5日: the row's 报送日期. */
function dayText(w: Work, kept: number): string {
  const { y, m, d } = ymdOfDay(w.src.table.submittedOn[kept]);
  return `${y}年${m}月${d}日`;
}

/**
 * 重复报送：与第2行、第3行为同一稿件，已于2024年3月20日报送区委组织部、2024年4月10日报送区委组织部研究室， — the
 * earlier rows by 报送日期 (one row: resubmissionMessage's head).
 */
function firstsText(
  w: Work,
  i: number,
  firsts: number[],
  read: Pick<ResubmissionReader, 'recipientOf'>,
): string {
  const sent = w.src.table.submittedOn;
  const rows = [...firsts].sort((a, b) => sent[a] - sent[b] || a - b);
  const places = rows.map((r) => where(w, i, r)).join('、');
  // One day once: rows of one day sent to two recipients are 3月20日报送区委组织部和研究室.
  const days: string[] = [];
  for (let k = 0; k < rows.length; ) {
    const recipients: string[] = [];
    let next = k;
    for (; next < rows.length && sent[rows[next]] === sent[rows[k]]; next++)
      addOnce(recipients, read.recipientOf(rows[next]));
    const last = recipients.pop() as string;
    days.push(
      `${dayText(w, rows[k])}报送${recipients.length > 0 ? `${recipients.join('、')}和` : ''}${last}`,
    );
    k = next;
  }
  return `重复报送：与${places}为同一稿件，已于${days.join('、')}，`;
}

/** The unit's quotas that no longer count row i (`again`: the rows `firsts` did) and those that still do. */
function quotasLeft(
  w: Work,
  i: number,
  firsts: number[],
  again: string[],
  still: string[],
  read: Pick<ResubmissionReader, 'recipientOf'>,
): string {
  const kept = still.length > 0 ? `（仍计入向${still.join('、')}报送任务）` : '';
  return `${firstsText(w, i, firsts, read)}不再计入向${again.join('、')}报送任务${kept}`;
}

/** 重复报送：与第N行为同一稿件，已于2024年3月5日报送区委组织部，不再计报送 (the first row's tab when another). */
function resubmissionMessage(w: Work, i: number, kept: number, recipient: string): string {
  return `${head(w, i, kept)}已于${dayText(w, kept)}报送${recipient}，不再计报送`;
}
