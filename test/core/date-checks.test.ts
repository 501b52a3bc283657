// The date checks (a year typed wrong, a 录用日期 before its 报送日期) as RULES describe them, whichever
// rows the parser looks at again: every row they concern gets its issues, in the same order, and no other.
import { describe, expect, it } from 'vitest';
import { prng } from '../../bench/generate';
import { dayFromYmd, dayToIso, yearOf } from '../../src/core/dates';
import { parseLedger } from '../../src/core/ledger';
import type { Day } from '../../src/core/types';

const header = ['标题', '单位', '媒体', '报送日期', '录用日期'];

/** The rule written out plainly: the common year of the rows' dates, then each row's two dates and their order. */
function expectedIssues(dates: [Day | null, Day | null][], today: Day | undefined): string[][] {
  const years = new Map<number, number>();
  for (const [submitted, adopted] of dates) {
    const day = adopted ?? submitted;
    if (day !== null) years.set(yearOf(day), (years.get(yearOf(day)) ?? 0) + 1);
  }
  let common = 0;
  let most = 0;
  for (const [y, n] of years) if (n > most || (n === most && y > common)) [common, most] = [y, n];
  const early = most > 0 ? dayFromYmd(common - 2, 1, 1) : Number.NEGATIVE_INFINITY;
  return dates.map(([submitted, adopted]) => {
    const out: string[] = [];
    for (const [field, day] of [
      ['报送日期', submitted],
      ['录用日期', adopted],
    ] as const) {
      if (day === null) continue;
      const why =
        today !== undefined && day > today + 31
          ? '晚于今天一个多月'
          : day < early
            ? `比台账多数行所在的${common}年早两年以上`
            : '';
      if (why !== '') out.push(`${field} ${dayToIso(day)} ${why}，可能填错了年份，暂不计分`);
    }
    if (adopted !== null && submitted !== null && adopted < submitted)
      out.push(`录用日期 ${dayToIso(adopted)} 早于报送日期 ${dayToIso(submitted)}，请核对`);
    else if (adopted !== null && submitted !== null && adopted - submitted > 366)
      out.push(`录用日期 ${dayToIso(adopted)} 比报送日期 ${dayToIso(submitted)} 晚一年以上，请核对年份`);
    return out;
  });
}

describe('date checks', () => {
  it('without a date years early, a row dated ahead of today and a row adopted before submission still get their issues', () => {
    const parsed = parseLedger(
      [
        header,
        ['a', '峡窝镇党委', '郑州日报', '2024-03-01', '2024-03-05'],
        ['b', '峡窝镇党委', '郑州日报', '2024-05-10', '2024-05-01'],
        ['c', '峡窝镇党委', '郑州日报', '2025-03-01', '2025-02-01'],
        ['d', '峡窝镇党委', '', '2024-06-01', ''],
      ],
      { today: dayFromYmd(2024, 12, 20) },
    );
    expect(parsed.rows.map((r) => [r.title, r.blocked, r.issues])).toEqual([
      ['a', false, []],
      ['b', false, ['录用日期 2024-05-01 早于报送日期 2024-05-10，请核对']],
      [
        'c',
        true,
        [
          '报送日期 2025-03-01 晚于今天一个多月，可能填错了年份，暂不计分',
          '录用日期 2025-02-01 晚于今天一个多月，可能填错了年份，暂不计分',
          '录用日期 2025-02-01 早于报送日期 2025-03-01，请核对',
        ],
      ],
      ['d', false, []],
    ]);
  });

  it('random ledgers get exactly the issues the rule gives, with and without today', () => {
    const rnd = prng(15);
    const mismatches: unknown[] = [];
    for (let ledger = 0; ledger < 300; ledger++) {
      const rows = 1 + Math.floor(rnd() * 12);
      const dates: [Day | null, Day | null][] = [];
      const grid: (string | number)[][] = [header];
      // Mostly one year, some rows years off either way, some dates missing.
      const base = dayFromYmd(2018 + Math.floor(rnd() * 10), 1, 1);
      const day = (): Day | null => {
        const x = rnd();
        if (x < 0.15) return null;
        const off = x < 0.25 ? Math.floor(rnd() * 4000) - 2000 : Math.floor(rnd() * 400);
        return base + off;
      };
      for (let r = 0; r < rows; r++) {
        const submitted = day();
        const adopted = submitted !== null && rnd() < 0.5 ? submitted + Math.floor(rnd() * 40) - 10 : day();
        dates.push([submitted, adopted]);
        grid.push([
          `t${r}`,
          '峡窝镇党委',
          adopted === null ? '' : '郑州日报',
          submitted === null ? '' : dayToIso(submitted),
          adopted === null ? '' : dayToIso(adopted),
        ]);
      }
      const today = rnd() < 0.3 ? undefined : base + Math.floor(rnd() * 500);
      const parsed = parseLedger(grid, { today });
      const want = expectedIssues(dates, today);
      parsed.rows.forEach((r, i) => {
        const got = r.issues.filter((m) => /可能填错了年份|早于报送日期|晚一年以上/.test(m));
        if (JSON.stringify(got) !== JSON.stringify(want[i]))
          mismatches.push({ ledger, row: i, got, want: want[i] });
      });
    }
    expect(mismatches).toEqual([]);
  });
});

// Audit s38 P2: 3月5日 typed into the add-on's 录用日期 (a date column) is a date of the current year in Sheets: a
// 2024 piece submitted 2024-03-01 was adopted 2026-03-05 and left the 2024 通报 with nothing said.
describe('an adoption more than a year after its submission', () => {
  const row = (submitted: string, adopted: string) => ['稿', '峡窝镇党委', '郑州日报', submitted, adopted];
  it('is asked about in 校验, and still scores where it is dated', () => {
    const parsed = parseLedger([header, row('2024-03-01', '2026-03-05'), row('2024-03-01', '2025-03-01')], {
      today: dayFromYmd(2026, 12, 3),
    });
    expect(parsed.rows[0].issues).toEqual([
      '录用日期 2026-03-05 比报送日期 2024-03-01 晚一年以上，请核对年份',
    ]);
    expect(parsed.rows[0].blocked).toBe(false);
    // A year to the day (2024 is a leap year: 366 days) is no question.
    expect(parsed.rows[1].issues).toEqual([]);
  });
});

// Audit s38 P2: a row or two dated in a later year than the rest (3月5日 typed into Sheets takes the current year;
// 2025 typed for 2024) counted in that year with nothing said.
describe('a row dated in a later year than the ledger', () => {
  const rows = (dates: string[]) => [
    header,
    ...dates.map((d, k) => [`稿${k}`, '峡窝镇党委', '郑州日报', '', d]),
  ];
  const year = Array.from({ length: 12 }, (_, k) => `2024-${String(k + 1).padStart(2, '0')}-10`);
  it('is asked about, and still counts where it is dated', () => {
    const parsed = parseLedger(rows([...year, '2026-03-05']), { today: dayFromYmd(2026, 12, 3) });
    expect(parsed.rows[12].issues).toEqual([
      '日期为2026年，台账多数行在2024年：本行计入2026年；如是2024年，请写全年份（表格中只键入“3月5日”会取当年）',
    ]);
    expect(parsed.rows[12].blocked).toBe(false);
  });

  it('the next year is a ledger running on: not asked', () => {
    for (const d of ['2025-01-08', '2025-04-08']) {
      const parsed = parseLedger(rows([...year, d]), { today: dayFromYmd(2026, 12, 3) });
      expect(parsed.rows[12].issues).toEqual([]);
    }
  });
});
