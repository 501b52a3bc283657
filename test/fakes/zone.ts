// Time zones for the fake: a date cell holds a wall-clock date-time (a serial number in Sheets), and
// SpreadsheetApp hands it out as the instant that wall clock names in the spreadsheet's time zone.
// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getspreadsheettimezone
// https://developers.google.com/apps-script/reference/utilities/utilities#formatdatedate,-timezone,-format
// Wall-clock times are kept as milliseconds "as if UTC" (Date.UTC of the wall fields).

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(tz, f);
  }
  return f;
}

/** True when the IANA zone id is one Intl (and Apps Script) knows. */
export function isZone(tz: unknown): tz is string {
  if (typeof tz !== 'string' || tz === '') return false;
  try {
    formatter(tz);
    return true;
  } catch {
    return false;
  }
}

const walls = new Map<string, number>();

/** The wall clock of an instant in a zone, as ms "as if UTC" (cached: a ledger repeats its days). */
export function wallOf(instant: number, tz: string): number {
  const key = `${tz}|${instant}`;
  let wall = walls.get(key);
  if (wall === undefined) {
    if (walls.size > 100_000) walls.clear();
    wall = computeWall(instant, tz);
    walls.set(key, wall);
  }
  return wall;
}

function computeWall(instant: number, tz: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(tz).formatToParts(new Date(instant))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const ms = ((instant % 1000) + 1000) % 1000;
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second, ms);
}

/** The instant a wall clock names in a zone (the earlier one in a DST overlap). */
export function instantOf(wall: number, tz: string): number {
  const guess = wall - (wallOf(wall, tz) - wall);
  const fixed = wall - (wallOf(guess, tz) - guess);
  return fixed;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * Utilities.formatDate(date, timeZone, format) for the SimpleDateFormat letters the add-on may use:
 * yyyy yy MM M dd d HH H mm ss, and 'quoted' literals.
 */
export function formatDate(date: Date, tz: string, pattern: string): string {
  if (!isZone(tz)) throw new Error(`Invalid argument: timeZone (${String(tz)})`);
  const w = new Date(wallOf(date.getTime(), tz));
  const f: Record<string, string> = {
    yyyy: String(w.getUTCFullYear()),
    yy: pad(w.getUTCFullYear() % 100),
    MM: pad(w.getUTCMonth() + 1),
    M: String(w.getUTCMonth() + 1),
    dd: pad(w.getUTCDate()),
    d: String(w.getUTCDate()),
    HH: pad(w.getUTCHours()),
    H: String(w.getUTCHours()),
    mm: pad(w.getUTCMinutes()),
    ss: pad(w.getUTCSeconds()),
  };
  return pattern.replace(/'([^']*)'|yyyy|yy|MM|M|dd|d|HH|H|mm|ss/g, (m, lit) =>
    lit !== undefined ? lit : f[m],
  );
}

/** Utilities.parseDate(text, timeZone, format) for yyyy-MM-dd[ HH:mm[:ss]] patterns. */
export function parseDate(text: string, tz: string, pattern: string): Date {
  if (!isZone(tz)) throw new Error(`Invalid argument: timeZone (${String(tz)})`);
  const order: string[] = [];
  const re = new RegExp(
    `^${pattern.replace(/yyyy|MM|dd|HH|mm|ss|[.*+?^${}()|[\]\\]/g, (m) => {
      if (/^[A-Za-z]+$/.test(m)) {
        order.push(m);
        return m === 'yyyy' ? '(\\d{4})' : '(\\d{1,2})';
      }
      return `\\${m}`;
    })}$`,
  );
  const m = re.exec(String(text));
  if (!m) throw new Error(`Unparseable date: "${text}"`);
  const get = (k: string) => {
    const i = order.indexOf(k);
    return i < 0 ? 0 : Number(m[i + 1]);
  };
  const wall = Date.UTC(get('yyyy'), get('MM') - 1, get('dd') || 1, get('HH'), get('mm'), get('ss'));
  return new Date(instantOf(wall, tz));
}
