// 去重 录用 tasks with a filter, and a piece adopted more than once (sweep s28a A1): the piece counts once,
// at its earliest adoption that passes the task's filter, each task judged on its own. A piece first adopted
// at 市级 and later at 省级 earns its authors and their 科室 a 省级 adoption they really had.
import { describe, expect, it } from 'vitest';
import { earlierAdoptions } from '../../src/core/credit';
import { evaluateIndicators } from '../../src/core/indicators';
import { indicatorsForRow } from '../../src/core/indicators/forRow';
import type { Indicator, SubjectResult } from '../../src/core/types';
import { d, indicator, ledgerOf, type RowSpec, rulesOf, unit } from './indicators-fixture';

const YEAR_END = d('2024-12-31');

const task = (
  name: string,
  filter: Indicator['filter'] extends infer F ? Partial<F> : never,
  kind: 'person' | 'team' | 'everyUnit',
) =>
  indicator({
    name,
    subject: kind === 'everyUnit' ? { kind } : { kind, unitType: '' },
    metric: '录用',
    distinct: true,
    threshold: 1,
    filter,
  });

function values(rows: RowSpec[], filter: Parameters<typeof task>[1], asOf = YEAR_END) {
  const out = evaluateIndicators(
    ledgerOf(rows),
    rulesOf({
      units: [unit('组织科', '部机关科室')],
      indicators: [
        task('人', filter, 'person'),
        task('科室', filter, 'team'),
        task('单位', filter, 'everyUnit'),
      ],
    }),
    asOf,
  );
  const of = (list: SubjectResult[], name: string) =>
    list.find((s) => s.subject === name)?.indicators[0]?.value ?? null;
  return { person: of(out.people, '张三'), team: of(out.teams, '组织科'), unit: of(out.units, '组织科') };
}

const adopted = (title: string, outlet: string, adoptedOn: string): RowSpec => ({
  unit: '组织科',
  title,
  authors: ['张三'],
  outlet,
  adoptedOn,
});

describe('a piece adopted at 市级, then at 省级: a 省级 task counts the 省级 adoption', () => {
  it('within one year: person, team and unit each count the piece once', () => {
    const rows = [adopted('经验', '南通日报', '2024-03-10'), adopted('经验', '省组工信息', '2024-05-10')];
    expect(values(rows, { minLevel: '省级' })).toEqual({ person: 1, team: 1, unit: 1 });
    // A 市级以上 task counts the piece once, at its 市级 adoption.
    expect(values(rows, { minLevel: '市级' })).toEqual({ person: 1, team: 1, unit: 1 });
    // A tag the first adoption lacks: the second, which has it, counts.
    expect(values(rows, { tags: ['省组工信息'] })).toEqual({ person: 1, team: 1, unit: 1 });
  });

  it('listed in the other order, the same', () => {
    const rows = [adopted('经验', '省组工信息', '2024-05-10'), adopted('经验', '南通日报', '2024-03-10')];
    expect(values(rows, { minLevel: '省级' })).toEqual({ person: 1, team: 1, unit: 1 });
    expect(values(rows, { minLevel: '市级' })).toEqual({ person: 1, team: 1, unit: 1 });
  });

  it('first adopted at 市级 last year: this year’s 省级 adoption counts toward this year’s 省级 task', () => {
    const rows = [adopted('经验', '南通日报', '2023-11-10'), adopted('经验', '省组工信息', '2024-02-10')];
    expect(values(rows, { minLevel: '省级' })).toEqual({ person: 1, team: 1, unit: 1 });
    // A 市级以上 task counted the piece last year: not again (重复用稿不计任务).
    expect(values(rows, { minLevel: '市级' })).toEqual({ person: 0, team: 0, unit: 0 });
  });

  it('two adoptions that both pass still count once', () => {
    const rows = [adopted('经验', '省组工信息', '2024-03-10'), adopted('经验', '人才简报', '2024-05-10')];
    expect(values(rows, { minLevel: '省级' })).toEqual({ person: 1, team: 1, unit: 1 });
  });
});

describe('录入稿件 计入指标 (and its 折半) follow the adoption that counts', () => {
  const MID_YEAR = d('2024-07-01');
  const half = { tags: ['省组工信息', '条线简报'], halfTags: ['条线简报'] };
  const rules = rulesOf({
    units: [unit('组织科', '部机关科室')],
    indicators: [
      task('省级以上录用', { minLevel: '省级' }, 'person'),
      task('市级以上录用', { minLevel: '市级' }, 'person'),
      task('省组工信息录用', half, 'person'),
    ],
  });
  /** The preview of row `at` of the ledger, with the piece's adoptions before it, as the sidebar passes them. */
  function preview(rows: RowSpec[], at: number) {
    const scored = ledgerOf(rows);
    const earlier = (earlierAdoptions(scored).get(at) ?? []).map((k) => ({
      row: scored.rows[k],
      ledgerRow: scored.ledger.rows[k],
    }));
    return indicatorsForRow(scored.rows[at], scored.ledger.rows[at], rules, MID_YEAR, earlier).map((q) =>
      q.weight < 1 ? `${q.name}（折半）` : q.name,
    );
  }
  function person(rows: RowSpec[]) {
    const out = evaluateIndicators(ledgerOf(rows), rules, MID_YEAR);
    const p = out.people.find((s) => s.subject === '张三');
    return Object.fromEntries((p?.indicators ?? []).map((r) => [r.name, r.value]));
  }

  it('a 省级 adoption after a 市级 one names the 省级 task only', () => {
    const rows = [adopted('经验', '南通日报', '2024-03-10'), adopted('经验', '省组工信息', '2024-05-10')];
    expect(preview(rows, 0)).toEqual(['市级以上录用']);
    expect(preview(rows, 1)).toEqual(['省级以上录用', '省组工信息录用']);
    expect(person(rows)).toEqual({ 省级以上录用: 1, 市级以上录用: 1, 省组工信息录用: 1 });
  });

  it('first adopted through a 折半 tag: the piece counts half, its later full adoption names nothing more', () => {
    const rows = [adopted('经验', '人才简报', '2024-03-10'), adopted('经验', '省组工信息', '2024-05-10')];
    expect(preview(rows, 0)).toEqual(['省级以上录用', '市级以上录用', '省组工信息录用（折半）']);
    expect(preview(rows, 1)).toEqual([]);
    expect(person(rows)).toEqual({ 省级以上录用: 1, 市级以上录用: 1, 省组工信息录用: 0.5 });
  });

  it('first adopted in full, later through a 折半 tag: the later one names nothing', () => {
    const rows = [adopted('经验', '省组工信息', '2024-03-10'), adopted('经验', '人才简报', '2024-05-10')];
    expect(preview(rows, 1)).toEqual([]);
    expect(person(rows)).toEqual({ 省级以上录用: 1, 市级以上录用: 1, 省组工信息录用: 1 });
  });
});
