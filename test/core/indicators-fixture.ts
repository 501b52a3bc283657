// Hand-built ScoredLedger fixtures for the indicator tests: one spec → a LedgerRow/ScoredRow pair.
import { parseDay } from '../../src/core/dates';
import { defaultSettings } from '../../src/core/rules/settings';
import type {
  Day,
  Indicator,
  IndicatorFilter,
  LedgerRow,
  Level,
  Mode,
  Rules,
  ScoredLedger,
  ScoredRow,
  Settings,
  UnitDef,
} from '../../src/core/types';

export function d(iso: string): Day {
  const day = parseDay(iso);
  if (typeof day !== 'number') throw new Error(`bad test date ${iso}`);
  return day;
}

export interface RowSpec {
  unit: string;
  title?: string;
  authors?: string[];
  kind?: string;
  recipient?: string;
  submittedOn?: string;
  adoptedOn?: string;
  mode?: Mode;
  level?: Level | null;
  outlet?: string;
  tags?: string[];
  points?: number;
  relayOffice?: string;
  relayPoints?: number;
  countable?: boolean;
  credit?: number[];
  personPoints?: number[];
}

let rowNo = 1;

export function pair(spec: RowSpec): [LedgerRow, ScoredRow] {
  rowNo += 1;
  const title = spec.title ?? `稿件${rowNo}`;
  const authors = spec.authors ?? [];
  const mode: Mode = spec.mode ?? (spec.outlet || spec.adoptedOn ? '录用' : '报送');
  const submittedOn = spec.submittedOn ? d(spec.submittedOn) : null;
  const adoptedOn = spec.adoptedOn ? d(spec.adoptedOn) : null;
  const points = spec.points ?? 0;
  const credit = spec.credit ?? (authors.length === 1 ? [1] : authors.slice(0, 2).map(() => 0.5));
  const ledgerRow: LedgerRow = {
    row: rowNo,
    title,
    titleKey: title.replace(/[《》\s]/g, ''),
    authors,
    unit: spec.unit,
    kind: spec.kind ?? '动态信息',
    recipient: spec.recipient ?? '',
    submittedOn,
    eventOn: null,
    outlet: spec.outlet ?? '',
    levelOverride: null,
    mode,
    adoptedOn,
    chars: null,
    minutes: null,
    placement: '',
    instruction: '',
    relayOffice: spec.relayOffice ?? '',
    review: '',
    verdict: '',
    note: '',
    adjustment: null,
    adjustmentReason: '',
    evidence: '',
    issues: [],
    blocked: false,
  };
  const scoredRow: ScoredRow = {
    row: rowNo,
    unit: spec.unit,
    level: spec.level ?? null,
    outlet: spec.outlet ?? '',
    tags: spec.tags ?? [],
    mode,
    day: mode === '报送' ? (submittedOn ?? adoptedOn) : (adoptedOn ?? submittedOn),
    base: points,
    multiplier: 1,
    bonus: 0,
    points,
    relayPoints: spec.relayPoints ?? 0,
    credit,
    personPoints: spec.personPoints ?? credit.map((c) => c * points),
    duplicate: false,
    countable: spec.countable ?? true,
    issues: [],
    why: '',
  };
  return [ledgerRow, scoredRow];
}

export function ledgerOf(specs: RowSpec[]): ScoredLedger {
  const pairs = specs.map(pair);
  return {
    ledger: { rows: pairs.map((p) => p[0]), columns: {}, headerIssues: [] },
    rows: pairs.map((p) => p[1]),
  };
}

export function filter(f: Partial<IndicatorFilter> = {}): IndicatorFilter {
  return { minLevel: null, tags: [], outlets: [], kinds: [], recipients: [], modes: [], halfTags: [], ...f };
}

export type IndicatorSpec = Partial<Omit<Indicator, 'filter'>> & { filter?: Partial<IndicatorFilter> };

export function indicator(i: IndicatorSpec): Indicator {
  return {
    name: '指标',
    subject: { kind: 'everyUnit' },
    metric: '积分',
    window: '全年',
    threshold: 1,
    distinct: false,
    group: '',
    award: '',
    deemedMet: [],
    effectiveFrom: null,
    sourceRow: 2,
    ...i,
    filter: filter(i.filter),
  };
}

export function unit(name: string, type: string, more: Partial<UnitDef> = {}): UnitDef {
  return { name, type, headcount: 1, monthsInPost: [], isOffice: false, chief: '', veto: false, ...more };
}

export function rulesOf(parts: {
  units?: UnitDef[];
  indicators?: Indicator[];
  settings?: Partial<Settings>;
}): Rules {
  return {
    units: parts.units ?? [],
    outlets: [
      { name: '省组工信息', aliases: ['江苏组工信息'], level: '省级', tags: ['省组工信息', '组工信息'] },
      { name: '南通日报', aliases: [], level: '市级', tags: ['党报'] },
    ],
    points: [],
    multipliers: [],
    bonuses: [],
    indicators: parts.indicators ?? [],
    settings: {
      ...defaultSettings(),
      year: 2024,
      preset: '测试',
      coauthorSplit: '均分',
      relayShare: 0.2,
      relayMinLevel: '市级',
      warningOnlyProtection: false,
      reviewGate: false,
      decimals: 2,
      multipleAdoption: '全部',
      multiplierCap: null,
      capPoints: null,
      capPeriod: '季',
      evidenceFrom: null,
      lateDays: null,
      bonuses: {},
      editors: [],
      ...parts.settings,
    },
  };
}
