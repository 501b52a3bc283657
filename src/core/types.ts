// The domain's data shapes. Pure data: every module of the core is written against these.

/** A cell value exactly as Sheets (or exceljs, after conversion) hands it over. */
export type Cell = string | number | boolean | Date | null | undefined;
export type Grid = Cell[][];

/** 级别: outlet level, ordered 区县级 < 市级 < 省级 < 中央级. */
export type Level = '区县级' | '市级' | '省级' | '中央级';

/** 采用方式: 录用 (adopted in full), 综合 (merged into a synthesized piece), 报送 (submitted only). */
export type Mode = '录用' | '综合' | '报送';

/** 核定: verdict on a row. */
export type Verdict = '' | '不计分' | '倒扣';

/** 领导批示: instruction level (区县: a 区/县 leader's, paid only where 「加分」 has a 区县 row). */
export type Instruction = '' | '国家' | '省' | '市' | '区县';

/** 审核状态 (三审). */
export type Review = '' | '待审' | '编审' | '复审' | '终审';

/**
 * A calendar day as an integer: days since 1970-01-01 (proleptic Gregorian, no time zone).
 * Comparisons and month/quarter bucketing are integer work; see dates.ts.
 */
export type Day = number;

/** One ledger row (稿件台账), parsed. */
export interface LedgerRow {
  /** Sheet row number, header = 1. */
  row: number;
  /** The tab the row was read from, when the ledger is read from several (稿件台账, 2023年, 2024年 …). */
  tab?: string;
  /** The row's line in the grid the engine was given, when it differs from `row` (several tabs joined). */
  gridRow?: number;
  /** 作者 ended in 等 (dropped: only the listed authors are credited). */
  authorsEtc?: boolean;
  /** 标题; normalizeTitle (text.ts) gives the key that recognises the same piece (篇目) within a unit. */
  title: string;
  /** titleHash(title) (text.ts): the key's hash, 0 when the title names no piece (blank, only punctuation). */
  titleHash: number;
  authors: string[]; // 作者
  unit: string; // 单位
  kind: string; // 类别
  recipient: string; // 报送对象
  submittedOn: Day | null; // 报送日期
  eventOn: Day | null; // 事件日期 (for 迟报)
  outlet: string; // 媒体, as typed
  levelOverride: Level | null; // 级别
  mode: Mode; // 采用方式 (defaulted)
  adoptedOn: Day | null; // 录用日期
  chars: number | null; // 字数
  minutes: number | null; // 时长(分钟)
  placement: string; // 版面
  instruction: Instruction; // 领导批示
  relayOffice: string; // 对口处室
  review: Review; // 审核状态
  verdict: Verdict; // 核定
  note: string; // 备注
  adjustment: number | null; // 调整分
  adjustmentReason: string; // 调整理由
  evidence: string; // 佐证
  /** Problems found while parsing, in plain Chinese. */
  issues: string[];
  /** What 校验 says that is no problem (remarks.ts): the reason given with 核定. Absent when none. */
  remarks?: string[];
  /** 领导批示 as typed when it reads as 区县 (quoted when 「加分」 pays no 区县 instruction). */
  instructionText?: string;
  /** True when an issue makes the row's points unknowable (it scores 0). */
  blocked: boolean;
  /** 级别 / 审核状态 filled but not read (an issue says so): blank above, yet no 未填 in what follows. */
  levelUnread?: boolean;
  reviewUnread?: boolean;
  /** Blocked for what the row is (no 单位, 核定 not read, a formula without its result): not even a submission. */
  blockedWhole?: boolean;
}

/** Result of parsing the ledger grid. */
export interface ParsedLedger {
  rows: LedgerRow[];
  /** Header name (canonical) → 0-based column index, for the columns found. */
  columns: Partial<Record<LedgerField, number>>;
  /** Problems with the header itself (missing 标题, duplicate header …). */
  headerIssues: string[];
  /** Sheet row of the (last) header row: 1 unless title rows or a two-row header come first. */
  headerRow?: number;
  /** What the reader could not use or changed, naming where (the header, a repeated header row …). */
  notices?: Notice[];
  /** Read from several tabs joined (ParseOptions.sources): its rows carry their line in the joined grid (gridRow). */
  joined?: boolean;
  /** A missing column's near miss (字数 → K列「篇幅统计」), for the notice saying what its absence costs. */
  passedOver?: Partial<Record<LedgerField, string>>;
}

/**
 * A note for the user beside the 通报, never in it: what could not be used and what that changes, naming
 * where (stderr, --json meta.noticeDetails, the 生成通报 sidebar, the 待核实 list).
 */
export interface Notice {
  /** A stable English code (header-near-miss, repeated-header, …) for tests and scripts. */
  code: string;
  file?: string;
  tab?: string;
  /** Sheet row, header = 1. */
  row?: number;
  /** Column letter or header name. */
  column?: string;
  message: string;
}

export type LedgerField =
  | '标题'
  | '作者'
  | '单位'
  | '类别'
  | '报送对象'
  | '报送日期'
  | '事件日期'
  | '媒体'
  | '级别'
  | '采用方式'
  | '录用日期'
  | '字数'
  | '时长(分钟)'
  | '版面'
  | '领导批示'
  | '对口处室'
  | '审核状态'
  | '核定'
  | '备注'
  | '调整分'
  | '调整理由'
  | '佐证'
  | '积分'
  | '计任务'
  | '校验';

// ───────────────────────── rule tables ─────────────────────────

/** 单位 table row. */
export interface UnitDef {
  name: string; // 单位
  type: string; // 类型: 乡镇街道 / 其他党工委 / 部机关科室 …
  headcount: number; // 人数
  /** 在岗月数 per member; shorter than headcount → the rest are 12. */
  monthsInPost: number[];
  isOffice: boolean; // 办公室
  chief: string; // 负责人
  veto: boolean; // 一票否决
  /**
   * 别名 (optional column): the unit's other names, a name it had before it was renamed (桃源村 for 桃源社区): a
   * ledger row naming one is this unit's, for every figure (matchUnitNames). Absent when the cell is blank.
   */
  aliases?: string[];
}

/** 人员 table row (optional tab): puts a person in their 科室 for team tasks. */
export interface PersonDef {
  name: string; // 姓名
  unit: string; // 单位 (科室)
  monthsInPost: number | null; // 在岗月数 (blank = the whole year)
}

/** 媒体 table row. */
export interface OutletDef {
  name: string; // 媒体
  aliases: string[]; // 别名
  level: Level; // 级别
  tags: string[]; // 标签
}

/** 计分 table row: points by mode × level, optionally only for a kind, a tag or a placement. */
export interface PointRule {
  mode: Mode; // 采用方式
  level: Level; // 级别
  kind: string; // 类别 ('' = any)
  tag: string; // 标签 ('' = any)
  placement: string; // 版面 ('' = any)
  points: number; // 分值
  effectiveFrom: Day | null; // 生效日期
}

export type MultiplierCondition =
  | { kind: '字数'; over: number }
  | { kind: '时长'; over: number }
  | { kind: '版面'; values: string[] }
  | { kind: '类别'; values: string[] }
  | { kind: '标签'; values: string[] };

/** 系数 table row. Multipliers in the same group do not stack (the largest applies); groups multiply. */
export interface MultiplierRule {
  name: string; // 名称
  condition: MultiplierCondition; // 条件 + 取值
  factor: number; // 倍数
  modes: Mode[]; // 适用方式 (empty = 录用 only)
  group: string; // 分组
  effectiveFrom: Day | null;
}

/** 加分 table row: instruction bonus, added after multipliers. */
export interface BonusRule {
  instruction: Exclude<Instruction, ''>; // 批示
  points: number; // 加分
  effectiveFrom: Day | null;
}

/** Who an indicator applies to (对象). */
export type IndicatorSubject =
  | { kind: 'unitType'; unitType: string } // a unit type, e.g. 乡镇街道
  | { kind: 'everyUnit' } // 每个单位
  | { kind: 'person'; unitType: string } // 每人 ('' = every person; else persons of units of that type)
  | { kind: 'team'; unitType: string } // 科室整体: personal task × headcount equivalent
  | { kind: 'department' }; // 全部门

/** 度量: 积分 points; 录用 adoptions; 报送 submissions (distinct pieces); 篇目 distinct pieces (any row). */
export type Metric = '积分' | '录用' | '报送' | '篇目';

/** 窗口: the year, each month (every closed month must meet it), each quarter. */
export type Window = '全年' | '每月' | '每季';

export interface IndicatorFilter {
  minLevel: Level | null; // 级别 (at or above)
  /** 级别 written as that level only (仅省级, 省级（本级）, 省级（不含中央级）): counts minLevel alone. */
  levelOnly?: boolean;
  tags: string[]; // 标签 (any of)
  outlets: string[]; // 媒体 (any of, canonical names)
  kinds: string[]; // 类别 (any of)
  recipients: string[]; // 报送对象 (any of)
  modes: Mode[]; // 采用方式 (any of; empty = the metric's default)
  halfTags: string[]; // 折半标签: rows with these tags count 0.5 (条线简报)
}

/** 指标 table row. */
export interface Indicator {
  name: string; // 名称
  subject: IndicatorSubject; // 对象
  metric: Metric; // 度量
  filter: IndicatorFilter;
  window: Window; // 窗口
  threshold: number; // 目标
  /** 去重: repeats of the same piece do not count again (重复用稿不计任务). */
  distinct: boolean;
  group: string; // 组: any-of group ('' = on its own)
  award: string; // 奖项: the bonus this indicator is part of ('' = none)
  deemedMet: string[]; // 视同达标: units/persons ticked by hand
  effectiveFrom: Day | null;
  /** Row number in the 指标 sheet (header = 1), to name the cell in messages. */
  sourceRow: number;
  /**
   * 合作者: how a co-authored piece counts toward this person's or team's task. 均分 (absent too): at most two
   * authors, half each (or 3:2, 设置 合作者分配); 各计: every author counts the whole piece (000 §三(一) states
   * the halving for the 市级以上录用 task "以下同", not for 全年发稿 and its 硬性指标 before it).
   */
  coauthors?: CoauthorCount;
}

export type CoauthorCount = '均分' | '各计';

export type CoauthorSplit = '均分' | '3:2';
export type MultipleAdoption = '全部' | '最高级别' | '两个最高级别';
export type CapPeriod = '月' | '季';

/** 设置 table. */
export interface Settings {
  year: number; // 年度
  preset: string; // 预设
  coauthorSplit: CoauthorSplit; // 合作者分配
  relayShare: number; // 转报分成 (1/5)
  /** 转报最低级别: the 对口处室 earns its share only for pieces adopted at this level or above (001 §三.9). */
  relayMinLevel: Level;
  /** 本级组织部: the office's own department, to which 党(工)委 send and relayed rows count ('' = inferred, relay.ts). */
  ownDepartment: string;
  /** 三审把关: 是 (every row), 否, or the 媒体 / 标签 whose rows are gated (004: 津市组工微信公众号发文 only). */
  reviewGate: boolean | string[];
  /** 评先评优限制: a unit that missed a 报送 task is marked 不得评先评优 (001 §六.5; 000 and 004 have no such bar). */
  barUnits: boolean;
  decimals: number; // 小数位
  multipleAdoption: MultipleAdoption; // 多次录用
  multiplierCap: number | null; // 系数上限
  capPoints: number | null; // 封顶分值
  capPeriod: CapPeriod; // 封顶周期
  evidenceFrom: Level | null; // 佐证要求: rows at or above this level need 佐证
  lateDays: number | null; // 迟报天数
  bonuses: Record<string, number>; // 奖金.<奖项> in 元, e.g. 科室 200, 录用 200, 发稿 100
  editors: string[]; // 管理员 (emails allowed to edit rule tabs)
  warningOnlyProtection: boolean; // 保护方式: 仅警告 (warn) instead of 严格 (restrict)
  // What only the office knows, printed in the 通报 (RULES §7).
  method: string; // 考核办法: the 办法 the opening sentence names, e.g. 《上街区组工信息宣传工作考核办法》
  issuer: string; // 发文机关 (落款)
  recipients: string; // 主送
  docNumber: string; // 文号 template: {年} {期} {月} {季}, e.g. {年}年第{期}期
  contact: string; // 联系人 (and telephone)
  problems: string; // 存在问题: the office's own text, one paragraph a line
  nextSteps: string; // 下步要求: the office's own text, one paragraph a line
  rankingMode: RankingMode; // 排名方式: 分类 (each unit type on its own) or 合并 (one table)
  showPeople: boolean; // 个人表: 显示 / 不显示 the people table in the 附件
}

export type RankingMode = '分类' | '合并';

export interface Rules {
  units: UnitDef[];
  outlets: OutletDef[];
  points: PointRule[];
  multipliers: MultiplierRule[];
  bonuses: BonusRule[];
  indicators: Indicator[];
  settings: Settings;
  /** 人员: absent or empty = every author belongs to the 单位 of their row. */
  people?: PersonDef[];
}

/** A problem in a rule table, naming its cell, e.g. { table: '计分', row: 4, column: '分值' }. */
export interface RuleError {
  table: string;
  row: number; // sheet row, header = 1
  column: string;
  message: string; // plain Chinese, names the cell: 「计分」表第4行「分值」…
}

// ───────────────────────── scoring results ─────────────────────────

export interface ScoredRow {
  row: number;
  unit: string;
  level: Level | null; // effective level
  outlet: string; // canonical outlet name ('' when none / unknown)
  tags: string[];
  mode: Mode;
  /** The date the row is assessed by: 录用日期 for adoptions, else 报送日期. */
  day: Day | null;
  base: number;
  multiplier: number;
  bonus: number;
  points: number; // final points credited to the unit
  /** Relay share credited to the 对口处室 (0 when none). */
  relayPoints: number;
  /** Credit per author, in author order (计任务). Empty when no authors. */
  credit: number[];
  /** Points per author, same split. */
  personPoints: number[];
  /** True for the second and later copy of a duplicate row (same unit + title + outlet). */
  duplicate: boolean;
  /** Counts toward count-based tasks: false for blocked rows, duplicates, 不计分/倒扣, rows held by the review gate. */
  countable: boolean;
  /**
   * Held back by 佐证要求 or 三审把关, or deducted by 倒扣 (not countable) yet a submission of its unit: a 报送 row,
   * or one with a 报送日期 of its own. The gates hold back points and adoption, never the submission (RULES §9); a
   * 倒扣 deducts the points, never the submission (001 §三.11, S26a F5 ruling).
   */
  heldSubmission: boolean;
  /** Row issues in plain Chinese (parse issues plus scoring issues); empty when clean. */
  issues: string[];
  /** Explanation of the points in Chinese, e.g. "市级录用 5 × 3（字数>1000）+ 省批示 20". */
  why: string;
}

export interface ScoredLedger {
  ledger: ParsedLedger;
  rows: ScoredRow[];
}

/** 状态 of an indicator or a unit. */
export type Status = '已达标' | '进度正常' | '进度滞后' | '未达标';

export interface IndicatorResult {
  name: string;
  /** 度量: what is counted, and so the unit its value and target read in (积分 in 分, the rest in 篇); the 名称 is the office's own word. */
  metric: Metric;
  /** No filter (级别, 标签, 媒体, 类别, 报送对象, 采用方式, 折半标签): it counts every row, as the ranking does. */
  unfiltered: boolean;
  value: number;
  target: number; // the threshold (for 每月: per month)
  met: boolean;
  status: Status;
  window: Window;
  group: string;
  /**
   * For 每月/每季 windows: value per bucket (month 1..12 or quarter 1..4); a bucket no dated version judges
   * (it began before the first 生效日期) is left out, and `target` is set where a bucket's version asks
   * for another 目标 than `target` above.
   */
  buckets?: { bucket: number; value: number; met: boolean | null; target?: number }[];
  /** For 每月/每季 windows: the bucket holding asOf, whose value is `value`. */
  currentBucket?: number;
  /** Met through 视同达标 (ticked by hand), whatever the counts say: shown as that, never as a count. */
  deemed?: true;
}

/** The team a 科室负责人 leads: its status and why its bonus is cut (一票否决, or halved for the 办公室). */
export interface TeamLead {
  unit: string;
  status: Status;
  vetoed?: boolean;
  halved?: boolean;
}

export interface SubjectResult {
  subject: string; // unit name, person name, team (unit) name, or 全部门
  kind: 'unit' | 'person' | 'team' | 'department';
  unitType: string;
  indicators: IndicatorResult[];
  /** Any-of groups: met when any member is met. */
  groups: { group: string; met: boolean; status: Status }[];
  compliant: boolean;
  status: Status;
  /** Bonus amounts in 元 by award, after coupling and veto. */
  bonuses: Record<string, number>;
  /** Units: 不得评先评优, a submission (报送) task for the year missed (001 §六.5). */
  barred?: boolean;
  /** Teams: headcount equivalent (000 §三(四)1), the people counted, and the bonus each member gets. */
  members?: number;
  memberNames?: string[];
  bonusPerMember?: number;
  vetoed?: boolean;
  /** Teams: the 办公室's bonus halved, the department having missed a yearly task at the year's close. */
  halved?: boolean;
  /** People: the 元 of their team's bonus they get as a member (a 科室负责人 gets only this). */
  teamBonus?: number;
  /** People: the team whose 负责人 they are and its status (their reward follows it; their status is their own). */
  leads?: TeamLead;
  /** People: their 科室, from 人员, else settled from their rows (indicators/rows.ts settleHomes). */
  unit?: string;
}

// ───────────────────────── periods and report models ─────────────────────────

export interface Period {
  kind: 'year' | 'quarter' | 'month' | 'range';
  /** As users see it: 2024年, 2024年第1季度, 2024年3月, 2024-01-01至2024-06-30. */
  label: string;
  /** Short form used in tab names and the CLI: 2024, 2024-Q1, 2024-03, 2024-01-01..2024-06-30. */
  code: string;
  from: Day; // inclusive
  to: Day; // inclusive
}

/** One unit's line in the ranking (排行榜) of a 通报. */
export interface UnitRankRow {
  rank: number; // among all units (1, 2, 2, 4)
  rankInType: number; // among the units of its type (the 通报 ranks each type on its own)
  unit: string;
  unitType: string;
  points: number; // in the period, including relay shares received, after caps
  /** Set when the cap (设置 封顶分值) cut the unit's points in the period: its points before the cap. */
  uncappedPoints?: number;
  relayPoints: number; // part of points received as 对口处室
  adoptionsByLevel: Record<Level, number>;
  adoptions: number;
  submissions: number;
  previousPoints: number | null; // same-length previous period (null for a range with no previous)
  ytdPoints: number; // 累计: the year to the period's end (or asOf), after caps
  change: number | null;
  /** Year-to-date compliance as of the period's end (or asOf, whichever is earlier). */
  status: Status;
  compliant: boolean;
  indicators: IndicatorResult[];
  groups: { group: string; met: boolean; status: Status }[];
  first: boolean; // 首 (within its type when 排名方式 is 分类)
  last: boolean; // 末: only where the 通报 names it (not when more than three tie for last)
  /** 零报送: no row at all in the period (neither a submission nor an adoption, nor a relay). */
  zeroSubmissions: boolean;
  /** 不得评先评优: the unit missed its submission (报送) task for the year (001 §六.5). */
  barred: boolean;
}

export interface PersonRow {
  person: string;
  unit: string; // the unit of their most recent row
  credit: number; // 计任务 total, pieces (half each for two authors)
  creditRounded: number; // 四舍五入 year-end figure
  points: number;
  /** Rows of the period naming them, and of those the adoptions (录用/综合, counted or not): 0 and 0 for a
   *  person 人员 lists with no row in the period. */
  rows: number;
  adoptedRows: number;
  status: Status | null; // when person indicators exist
  compliant: boolean | null;
  bonuses: Record<string, number>;
  /** Every 元 the person gets: personal awards plus their share of the team bonus. */
  bonus: number;
  indicators: IndicatorResult[];
  /** A 科室负责人: the team they lead and its status, which their reward follows (000 §三(四)4); else null. */
  leads: TeamLead | null;
}

export interface IssueRow {
  row: number;
  /** The ledger tab the row is on, when the ledger was read from several tabs (row is that tab's sheet row). */
  tab?: string;
  unit: string;
  title: string;
  issues: string[];
  /** Set (true) when no date places the row in a period: every 通报 lists it until it is fixed (待核实 says so then). */
  undated?: boolean;
}

export interface MonthPoint {
  month: number; // 1..12 of the assessment year
  points: number;
  adoptions: number;
  submissions: number;
}

/** A period's department figures: the units' points summed, adoptions by level, pieces submitted. */
export interface PeriodSummary {
  points: number;
  adoptions: number;
  adoptionsByLevel: Record<Level, number>;
  submissions: number;
}

export interface RankGroup {
  type: string; // the unit type, '' for all units together
  units: string[]; // in rank order
  /** More than three units tie for last: no 末 marks, one sentence instead. */
  tiedLast: { count: number; points: number } | null;
}

export interface ReportModel {
  period: Period;
  previous: Period | null;
  asOf: Day;
  preset: string;
  year: number;
  units: UnitRankRow[];
  people: PersonRow[];
  issues: IssueRow[];
  department: SubjectResult | null;
  teams: SubjectResult[];
  /**
   * One total everywhere: points = the sum of units[].points (relay shares included), whose parts are
   * manuscriptPoints (the units' own pieces, after caps) and relayPoints (对口处室 shares).
   */
  totals: PeriodSummary & { manuscriptPoints: number; relayPoints: number; rows: number };
  /** The same figures for the period before and the same period a year earlier; null without rows. */
  previousTotals: PeriodSummary | null;
  lastYear: Period;
  lastYearTotals: PeriodSummary | null;
  /** How the 通报 ranks: each unit type on its own (分类) or all together (合并). */
  rankingMode: RankingMode;
  /** The groups the 通报 ranks, in 单位 table order (one group '' under 合并), with how their bottom reads. */
  rankGroups: RankGroup[];
  /** Department points per month of the year before (the 看板 compares the same months); 12 values. */
  lastYearMonths: number[];
  /** Month by month for the assessment year, up to asOf: department and per unit. */
  months: MonthPoint[];
  unitMonths: Record<string, number[]>; // unit → points for months 1..12
  zeroUnits: string[]; // 零报送 in the period
  /** 倒扣 rows in the period: the office's penalty, explained in the 通报 (no row numbers there). */
  penalties: { unit: string; title: string; points: number; reason: string }[];
  lateRows: number[]; // 迟报 rows
  /** 设置 封顶分值 and 封顶周期 as the report applied them (null: no cap); the 通报 and the 看板 state them. */
  cap: { points: number; period: CapPeriod } | null;
  /** 设置 小数位: the totals are rounded to it, and every output shows them with as many decimals. */
  decimals: number;
}
