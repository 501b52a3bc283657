// Who is in a 科室's team (000 §三(四)1): the 人员 table's members, else the 单位 table's 人数 / 在岗月数, and the
// headcount equivalent a team task is multiplied by. Read by the indicators and by the rule reader's notices.
import type { PersonDef, Rules, UnitDef } from './types';

function trimmed(v: unknown): string {
  return typeof v === 'string' ? v.trim() : '';
}

/** A member's weight in a team: six months or less in post is half a member (000 §三(四)1). */
function memberWeight(months: number | null | undefined): number {
  const inPost = typeof months === 'number' && Number.isFinite(months) ? months : 12;
  return inPost <= 6 ? 0.5 : 1;
}

/** Headcount equivalent (000 §三(四)1) from the 单位 table: 人数, with 在岗月数 per member (missing = 12). */
export function headcountEquivalent(def: UnitDef | undefined): { members: number; equivalent: number } {
  if (!def) return { members: 0, equivalent: 0 };
  const months = Array.isArray(def.monthsInPost) ? def.monthsInPost : [];
  const head = Number.isFinite(def.headcount) && def.headcount > 0 ? Math.floor(def.headcount) : 0;
  const members = Math.max(head, months.length);
  let equivalent = 0;
  for (let i = 0; i < members; i++) equivalent += memberWeight(months[i]);
  return { members, equivalent };
}

/** A team's members: those the 人员 table lists in it, else the 单位 table's 人数 / 在岗月数. */
export function teamMembers(
  def: UnitDef | undefined,
  listed: PersonDef[],
): { members: number; equivalent: number; names: string[] } {
  if (listed.length === 0) return { ...headcountEquivalent(def), names: [] };
  let equivalent = 0;
  for (const p of listed) equivalent += memberWeight(p.monthsInPost);
  return { members: listed.length, equivalent, names: listed.map((p) => p.name) };
}

/** The 人员 table: name → the 科室 and months in post, for the names it lists once. */
export function peopleTable(rules: Rules): Map<string, PersonDef> {
  const out = new Map<string, PersonDef>();
  for (const p of Array.isArray(rules?.people) ? rules.people : []) {
    const name = trimmed(p?.name);
    if (name && trimmed(p.unit) && !out.has(name)) out.set(name, p);
  }
  return out;
}

/** The 人员 table's people by the 科室 they are listed in. */
export function peopleByUnit(people: Iterable<PersonDef>): Map<string, PersonDef[]> {
  const out = new Map<string, PersonDef[]>();
  for (const p of people) {
    const unit = trimmed(p.unit);
    const list = out.get(unit);
    if (list) list.push(p);
    else out.set(unit, [p]);
  }
  return out;
}

/** Units the 人员 table lists someone in: their teams are their 人员 rows, no one else (RULES §4). */
export function staffedUnits(people: Map<string, PersonDef>): Set<string> {
  return new Set(peopleByUnit(people.values()).keys());
}
