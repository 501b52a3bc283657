// Ledger fixtures for the indicator tests: specs → ledger grid → parseLedger → scoreLedger, as the add-on does.
import { parseDay } from '../../src/core/dates';
import type { Assessment } from '../../src/core/index';
import { parseLedger } from '../../src/core/ledger';
import { defaultSettings } from '../../src/core/rules/settings';
import { scoreLedger } from '../../src/core/score';
import type {
  Day,
  Indicator,
  IndicatorFilter,
  Level,
  Mode,
  Rules,
  ScoredLedger,
  Settings,
  UnitDef,
} from '../../src/core/types';
import { type RowSpec as LedgerSpec, ledgerGrid } from '../helpers/ledger';

const MODES: Mode[] = ['录用', '综合', '报送'];
const LEVELS: Level[] = ['区县级', '市级', '省级', '中央级'];

/** A unit's buckets of the indicator named so, in an assessment (monthly: January first). */
export function unitBuckets(a: Assessment, unit: string, name: string): number[] {
  const s = a.indicators.units.find((u) => u.subject === unit);
  return s?.indicators.find((r) => r.name === name)?.buckets?.map((b) => b.value) ?? [];
}

export function d(iso: string): Day {
  const day = parseDay(iso);
  if (typeof day !== 'number') throw new Error(`bad test date ${iso}`);
  return day;
}

/**
 * One ledger row as staff fill it in. Tags, level and points are not set here: they come from the 媒体 and
 * 计分 tables through parseLedger → scoreLedger, as in the add-on.
 */
export interface RowSpec {
  unit: string;
  title?: string;
  authors?: string[];
  kind?: string;
  recipient?: string;
  submittedOn?: string;
  adoptedOn?: string;
  mode?: Mode;
  /** 级别 typed in the row (overrides the outlet's level). */
  level?: Level;
  /** 媒体; an adoption without outlet or level is in 区报 (区县级, no tags). */
  outlet?: string;
  /** Written as 调整分 with a reason: the 计分 table gives every level 0, so this is the row's points. */
  points?: number;
  relayOffice?: string;
  /** false: 核定 倒扣 when points are negative, else 核定 不计分. */
  countable?: boolean;
}

let rowNo = 1;

/** The ledger row (header order of LEDGER_HEADERS) a spec stands for. */
export function ledgerRow(spec: RowSpec): LedgerSpec {
  rowNo += 1;
  const mode: Mode = spec.mode ?? (spec.outlet || spec.adoptedOn ? '录用' : '报送');
  const points = spec.points ?? 0;
  const verdict = spec.countable === false ? (points < 0 ? '倒扣' : '不计分') : '';
  return {
    标题: spec.title ?? `稿件${rowNo}`,
    作者: (spec.authors ?? []).join('、'),
    单位: spec.unit,
    类别: spec.kind ?? '动态信息',
    报送对象: spec.recipient ?? '',
    报送日期: spec.submittedOn ?? '',
    // An adoption needs an outlet or a level to be scored at all (else it is blocked): 区报 by default.
    媒体: spec.outlet ?? (mode === '报送' || spec.level ? '' : '区报'),
    级别: spec.level ?? '',
    采用方式: mode,
    录用日期: spec.adoptedOn ?? '',
    对口处室: spec.relayOffice ?? '',
    核定: verdict,
    调整分: points === 0 ? '' : Math.abs(points),
    调整理由: points === 0 ? '' : '测试分值',
  };
}

/** The specs as a ledger grid, parsed and scored with the test rules (outlets, 0-point 计分 table). */
export function ledgerOf(specs: RowSpec[]): ScoredLedger {
  return scoreLedger(parseLedger(ledgerGrid(specs.map(ledgerRow))), rulesOf({}));
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
      { name: '区报', aliases: [], level: '区县级', tags: [] },
      { name: '人才简报', aliases: [], level: '省级', tags: ['条线简报'] },
    ],
    // Every mode × level scores 0: a row's points are its 调整分 (RowSpec.points), so figures stay by hand.
    points: MODES.flatMap((mode) =>
      LEVELS.map((level) => ({
        mode,
        level,
        kind: '',
        tag: '',
        placement: '',
        points: 0,
        effectiveFrom: null,
      })),
    ),
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
