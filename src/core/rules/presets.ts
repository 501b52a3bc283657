// The three presets of RULES §5, each a complete set of rule tables the office can then edit.
import { toHalfWidth } from '../text';
import type {
  Indicator,
  IndicatorFilter,
  IndicatorSubject,
  Level,
  Metric,
  Mode,
  OutletDef,
  PointRule,
  Rules,
  UnitDef,
  Window,
} from '../types';
import { defaultSettings } from './settings';

export type PresetName = '上街区' | '部机关' | '类别';

/** The default first. */
export const PRESET_NAMES: readonly PresetName[] = ['上街区', '部机关', '类别'];

/** The 预设 value each preset writes into 设置. */
export const PRESET_TITLES: Record<PresetName, string> = {
  上街区: '上街区积分办法',
  部机关: '部机关目标考核',
  类别: '类别积分（示例）',
};

/** 上街区, 上街区积分办法, 类别积分（示例）… → the preset; null when it names none. */
export function parsePresetName(text: string): PresetName | null {
  const t = toHalfWidth(text)
    .replace(/[\s()（）]/g, '')
    .replace(/示例$/, '');
  for (const name of PRESET_NAMES) {
    const title = PRESET_TITLES[name].replace(/[()（）]/g, '').replace(/示例$/, '');
    if (t === name || t === title) return name;
  }
  if (t === '类别积分') return '类别';
  return null;
}

/** A fresh copy of a preset's rules (callers may change it freely). */
export function presetRules(name: PresetName): Rules {
  const rules = name === '上街区' ? shangjie() : name === '部机关' ? buJiguan() : byKind();
  return { ...rules, people: [] }; // no preset lists people: every author is in the unit of their row
}

// ───────────────────────── builders ─────────────────────────

function unit(name: string, type: string, extra: Partial<UnitDef> = {}): UnitDef {
  return { name, type, headcount: 0, monthsInPost: [], isOffice: false, chief: '', veto: false, ...extra };
}

function outlet(name: string, level: Level, tags: string[], aliases: string[] = []): OutletDef {
  return { name, aliases, level, tags };
}

/** Points for the four levels, 区县级 to 中央级. */
function pointRow(mode: Mode, values: [number, number, number, number], kind = ''): PointRule[] {
  const levels: Level[] = ['区县级', '市级', '省级', '中央级'];
  return levels.map((level, i) => ({
    mode,
    level,
    kind,
    tag: '',
    placement: '',
    points: values[i],
    effectiveFrom: null,
  }));
}

interface IndicatorSpec {
  name: string;
  subject: IndicatorSubject;
  metric: Metric;
  window?: Window;
  threshold: number;
  filter?: Partial<IndicatorFilter>;
  distinct?: boolean;
  group?: string;
  award?: string;
}

/** Indicators in table order; sourceRow is the row rulesToGrids writes each at. */
function indicators(specs: IndicatorSpec[]): Indicator[] {
  return specs.map((s, i) => ({
    name: s.name,
    subject: s.subject,
    metric: s.metric,
    filter: {
      minLevel: null,
      tags: [],
      outlets: [],
      kinds: [],
      recipients: [],
      modes: [],
      halfTags: [],
      ...s.filter,
    },
    window: s.window ?? '全年',
    threshold: s.threshold,
    distinct: s.distinct ?? false,
    group: s.group ?? '',
    award: s.award ?? '',
    deemedMet: [],
    effectiveFrom: null,
    sourceRow: i + 2,
  }));
}

const type = (unitType: string): IndicatorSubject => ({ kind: 'unitType', unitType });

// ───────────────────────── 上街区积分办法 (seed 001) ─────────────────────────

function shangjie(): Rules {
  const township = '乡镇街道';
  const other = '其他党工委';
  const office = '部机关科室';
  return {
    units: [
      unit('峡窝镇党委', township),
      unit('济源路街道党工委', township),
      unit('中心路街道党工委', township),
      unit('新安路街道党工委', township),
      unit('工业路街道党工委', township),
      unit('区直机关工委', other),
      unit('非公经济组织党工委', other),
      unit('教育系统党工委', other),
      unit('卫生系统党工委', other),
      unit('办公室', office, { isOffice: true }),
      unit('组织科', office),
      unit('干部科', office),
      unit('干部监督科', office),
      unit('信息调研科', office),
      unit('人才办', office),
    ],
    outlets: [
      outlet('上街区党建网', '区县级', ['网站'], ['上街党建网']),
      outlet('上街组工动态', '区县级', ['组工信息']),
      outlet('上街时讯', '区县级', ['党报']),
      outlet('郑州组织信息', '市级', ['组工信息'], ['郑州组工信息']),
      outlet('郑州组工通讯', '市级', ['党建刊物']),
      outlet('郑州日报', '市级', ['党报']),
      outlet('郑州电视台', '市级', ['电视']),
      outlet('郑州人民广播电台', '市级', ['广播'], ['郑州广播电台']),
      outlet('河南组工信息', '省级', ['组工信息', '省组工信息'], ['省组工信息']),
      outlet('河南日报', '省级', ['党报']),
      outlet('河南电视台', '省级', ['电视']),
      outlet('河南人民广播电台', '省级', ['广播'], ['河南广播电台']),
      outlet('中组部组工信息', '中央级', ['组工信息'], ['中组部信息']),
      outlet('组工通讯', '中央级', ['党建刊物'], ['中组部组工通讯']),
      outlet('人民日报', '中央级', ['党报']),
      outlet('光明日报', '中央级', ['党报']),
      outlet('经济日报', '中央级', ['党报']),
      outlet('中国青年报', '中央级', ['报纸']),
      outlet('组织人事报', '中央级', ['报纸']),
      outlet('求是', '中央级', ['党刊'], ['求是杂志']),
      outlet('内部清样', '中央级', ['内参'], ['新华社内部清样']),
      outlet('内部参考', '中央级', ['内参'], ['新华社内部参考']),
      outlet('中央电视台', '中央级', ['电视'], ['央视', 'CCTV']),
      outlet('中央人民广播电台', '中央级', ['广播'], ['中央广播电台']),
      outlet('新华社', '中央级', ['通讯社'], ['新华通讯社']),
      outlet('党建研究', '中央级', ['党建刊物']),
    ],
    points: [
      ...pointRow('录用', [1, 5, 10, 30]),
      ...pointRow('综合', [0.5, 3, 5, 15]),
      ...pointRow('报送', [0, 0, 0, 0]),
    ],
    multipliers: [
      // One group: a long text that is also a video is still ×3 (001 §三.7), and 综合 is not multiplied.
      {
        name: '文字稿超过1000字',
        condition: { kind: '字数', over: 1000 },
        factor: 3,
        modes: ['录用'],
        group: '篇幅',
        effectiveFrom: null,
      },
      {
        name: '影像报道超过1分钟',
        condition: { kind: '时长', over: 1 },
        factor: 3,
        modes: ['录用'],
        group: '篇幅',
        effectiveFrom: null,
      },
    ],
    bonuses: [
      { instruction: '国家', points: 30, effectiveFrom: null },
      { instruction: '省', points: 20, effectiveFrom: null },
      { instruction: '市', points: 10, effectiveFrom: null },
    ],
    indicators: indicators([
      { name: '全年积分', subject: type(township), metric: '积分', threshold: 50 },
      {
        name: '每月向区委组织部报送',
        subject: type(township),
        metric: '报送',
        window: '每月',
        threshold: 2,
        filter: { recipients: ['区委组织部'] },
      },
      { name: '全年积分', subject: type(other), metric: '积分', threshold: 20 },
      {
        name: '全年向区委组织部报送',
        subject: type(other),
        metric: '报送',
        threshold: 6,
        filter: { recipients: ['区委组织部'] },
      },
      { name: '全年积分', subject: type(office), metric: '积分', threshold: 40 },
      {
        name: '每月向市委组织部报送',
        subject: type(office),
        metric: '报送',
        window: '每月',
        threshold: 2,
        filter: { recipients: ['市委组织部'] },
      },
      {
        name: '省委组织部录用',
        subject: type(office),
        metric: '录用',
        threshold: 2,
        filter: { tags: ['省组工信息'] },
      },
    ]),
    settings: {
      ...defaultSettings(),
      preset: PRESET_TITLES.上街区,
      relayShare: 0.2,
      reviewGate: false,
      // 001's own heading and 主送 (上组〔201*〕59号): the 通报 cites the 办法 and goes to the same units.
      method: '《上街区组工信息宣传工作考核办法》',
      issuer: '中共上街区委组织部',
      recipients: '各党（工）委，部机关各科室',
    },
  };
}

// ───────────────────────── 部机关目标考核 (seed 000) ─────────────────────────

function buJiguan(): Rules {
  const office = '部机关科室';
  const person: IndicatorSubject = { kind: 'person', unitType: office };
  const countyOutlets = ['动态', '县电视台', '市委新闻网', '市政府网'];
  return {
    units: [
      unit('办公室', office, { headcount: 4, isOffice: true }),
      unit('组织科', office, { headcount: 5, monthsInPost: [12, 12, 12, 12, 4] }),
      unit('干部科', office, { headcount: 5 }),
      unit('干部监督科', office, { headcount: 3 }),
      unit('人才科', office, { headcount: 3, monthsInPost: [12, 12, 5] }),
      unit('老干部科', office, { headcount: 2 }),
      // A partial list: the members not listed served the whole year.
      unit('党员教育中心', office, { headcount: 3, monthsInPost: [12, 3] }),
    ],
    outlets: [
      outlet('中组部组工信息', '中央级', ['组工信息'], ['中组部信息']),
      outlet('党建研究', '中央级', ['党建刊物']),
      outlet('组织人事报', '中央级', ['报纸']),
      outlet('省组工信息', '省级', ['组工信息', '省组工信息'], ['江苏组工信息']),
      outlet('新华日报', '省级', ['党报']),
      outlet('省电视台', '省级', ['电视'], ['江苏电视台']),
      outlet('干部教育培训简报', '省级', ['条线简报']),
      outlet('南通组工信息', '市级', ['组工信息', '市组工信息']),
      // 000 §三(一)1: 《南通党建》与《南通组工信息》互算任务, hence the shared tag 市组工信息.
      outlet('南通党建', '市级', ['党建刊物', '市组工信息']),
      outlet('南通日报', '市级', ['党报']),
      outlet('南通电视台', '市级', ['电视'], ['市电视台']),
      outlet('人才工作简报', '市级', ['条线简报']),
      outlet('动态', '区县级', ['县级宣传'], ['县动态']),
      outlet('县电视台', '区县级', ['电视', '县级宣传']),
      outlet('市委新闻网', '区县级', ['网站', '县级宣传']),
      outlet('市政府网', '区县级', ['网站', '县级宣传']),
      outlet('部编组工信息', '区县级', ['组工信息', '部编'], ['部编信息']),
      outlet('组工信息专报', '区县级', ['专报']),
    ],
    // 000 sets tasks by count, not by points: these points are for reference in the ranking.
    points: [
      ...pointRow('录用', [1, 5, 10, 30]),
      ...pointRow('综合', [0.5, 3, 5, 15]),
      ...pointRow('报送', [0, 0, 0, 0]),
    ],
    multipliers: [],
    bonuses: [],
    indicators: indicators([
      { name: '全年发稿', subject: person, metric: '篇目', threshold: 8, distinct: true },
      {
        // 上报信息按编发《专报》统计 (000 §三(一)): pieces edited into the 专报, i.e. adopted in an outlet tagged 专报.
        name: '组工信息专报',
        subject: person,
        metric: '录用',
        threshold: 3,
        filter: { tags: ['专报'] },
        distinct: true,
        award: '发稿',
      },
      {
        name: '部编组工信息录用',
        subject: person,
        metric: '录用',
        threshold: 3,
        filter: { tags: ['部编'] },
        distinct: true,
        award: '发稿',
      },
      {
        name: '调研报告',
        subject: person,
        metric: '篇目',
        threshold: 1,
        filter: { kinds: ['调研报告'] },
        distinct: true,
        award: '发稿',
      },
      {
        name: '市级以上录用',
        subject: person,
        metric: '录用',
        threshold: 6,
        filter: { minLevel: '市级' },
        distinct: true,
        award: '录用',
      },
      {
        name: '省组工信息录用',
        subject: person,
        metric: '录用',
        threshold: 1,
        filter: { minLevel: '省级', tags: ['省组工信息', '条线简报'], halfTags: ['条线简报'] },
        distinct: true,
        group: '信息结构',
        award: '录用',
      },
      {
        name: '南通组工信息和南通党建录用',
        subject: person,
        metric: '录用',
        threshold: 2,
        filter: { minLevel: '市级', tags: ['市组工信息', '条线简报'], halfTags: ['条线简报'] },
        distinct: true,
        group: '信息结构',
        award: '录用',
      },
      // 论文或调研报告不少于1篇次, and what 可视作任务 (000 §三(一)2): any one of the four meets the item.
      {
        name: '论文或调研报告录用',
        subject: person,
        metric: '录用',
        threshold: 1,
        filter: { minLevel: '市级', kinds: ['论文', '调研报告'] },
        distinct: true,
        group: '论文调研',
        award: '录用',
      },
      {
        name: '电教片市级以上电视台播放',
        subject: person,
        metric: '录用',
        threshold: 1,
        filter: { minLevel: '市级', kinds: ['电教片'], tags: ['电视'] },
        distinct: true,
        group: '论文调研',
        award: '录用',
      },
      {
        name: '市级以上会议交流或获奖',
        subject: person,
        metric: '篇目',
        threshold: 1,
        filter: { minLevel: '市级', kinds: ['会议交流', '获奖'] },
        distinct: true,
        group: '论文调研',
        award: '录用',
      },
      {
        name: '收入调研成果汇编',
        subject: person,
        metric: '篇目',
        threshold: 1,
        filter: { kinds: ['成果汇编'] },
        distinct: true,
        group: '论文调研',
        award: '录用',
      },
      {
        name: '新华日报或省电视台',
        subject: person,
        metric: '录用',
        threshold: 1,
        filter: { outlets: ['新华日报', '省电视台'] },
        distinct: true,
        group: '宣传结构',
        award: '录用',
      },
      {
        name: '南通日报或市电视台',
        subject: person,
        metric: '录用',
        threshold: 2,
        filter: { outlets: ['南通日报', '南通电视台'] },
        distinct: true,
        group: '宣传结构',
        award: '录用',
      },
      {
        name: '本地媒体宣传',
        subject: person,
        metric: '录用',
        threshold: 3,
        filter: { outlets: countyOutlets },
        distinct: true,
        group: '宣传结构',
        award: '录用',
      },
      {
        // Team task = this personal task × the 科室's headcount equivalent (000 §三(四)1).
        name: '科室录用任务',
        subject: { kind: 'team', unitType: office },
        metric: '录用',
        threshold: 6,
        filter: { minLevel: '市级' },
        distinct: true,
        award: '科室',
      },
      {
        name: '每月上报信息',
        subject: { kind: 'department' },
        metric: '报送',
        window: '每月',
        threshold: 15,
      },
      {
        // 编报《组工信息专报》: pieces edited into the 专报 (adopted in an outlet tagged 专报), not a 类别.
        name: '每月编报专报',
        subject: { kind: 'department' },
        metric: '录用',
        window: '每月',
        threshold: 6,
        filter: { tags: ['专报'] },
      },
      {
        name: '每月部编组工信息',
        subject: { kind: 'department' },
        metric: '录用',
        window: '每月',
        threshold: 4,
        filter: { tags: ['部编'] },
      },
      {
        name: '全年市级以上录用',
        subject: { kind: 'department' },
        metric: '录用',
        threshold: 150,
        filter: { minLevel: '市级' },
      },
    ]),
    settings: {
      ...defaultSettings(),
      preset: PRESET_TITLES.部机关,
      decimals: 1,
      bonuses: { 录用: 200, 发稿: 100, 科室: 200 },
    },
  };
}

// ───────────────────────── 类别积分 (seed 004, a template) ─────────────────────────

function byKind(): Rules {
  return {
    units: [
      unit('示例镇党委', '乡镇街道'),
      unit('示例街道党工委', '乡镇街道'),
      unit('市直机关工委', '其他党工委'),
      unit('教育系统党工委', '其他党工委'),
    ],
    outlets: [
      outlet('津市党建网', '区县级', ['网站']),
      outlet('津市组工', '区县级', ['新媒体'], ['津市组工微信公众号']),
      outlet('常德日报', '市级', ['党报']),
      outlet('红星网', '省级', ['网站']),
      outlet('湖南日报', '省级', ['党报']),
      outlet('中组部组工信息', '中央级', ['组工信息']),
      outlet('人民日报', '中央级', ['党报']),
      outlet('组织人事报', '中央级', ['报纸']),
    ],
    // 004 names the kinds but gives no numbers: every value here is an example (示例) to be set by the office.
    points: [
      ...pointRow('录用', [1, 3, 6, 15]),
      ...pointRow('录用', [1, 3, 6, 15], '动态信息'),
      ...pointRow('录用', [2, 5, 10, 20], '言论文章'),
      ...pointRow('录用', [3, 8, 15, 30], '调研报告'),
      ...pointRow('录用', [2, 5, 10, 20], '经验材料'),
      ...pointRow('综合', [0.5, 1.5, 3, 8]),
      ...pointRow('报送', [0, 0, 0, 0]),
    ],
    multipliers: [],
    bonuses: [],
    indicators: indicators([
      {
        // 每月向研究室报送信息2条以上 (004).
        name: '每月向研究室报送',
        subject: { kind: 'everyUnit' },
        metric: '报送',
        window: '每月',
        threshold: 2,
        filter: { recipients: ['研究室'] },
      },
    ]),
    settings: {
      ...defaultSettings(),
      preset: PRESET_TITLES.类别,
      reviewGate: true,
      decimals: 1,
      capPeriod: '月',
    },
  };
}

/** Rules with every table empty and neutral settings: a fallback that adds nothing. */
export function emptyRules(): Rules {
  return {
    units: [],
    outlets: [],
    points: [],
    multipliers: [],
    bonuses: [],
    indicators: [],
    settings: defaultSettings(),
    people: [],
  };
}
