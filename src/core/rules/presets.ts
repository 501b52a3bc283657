// The three presets of RULES §5, each a complete set of rule tables the office can then edit.

import { LEVELS } from '../levels';
import { simplified } from '../simplified';
import { toHalfWidth } from '../text';
import type { Grid, Rules } from '../types';
import { readRules } from './read';
import { type RuleGrids, type RuleTableName, TABLE_HEADERS } from './schema';
import { defaultSettings, readSettings } from './settings';

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
  const t = simplified(toHalfWidth(text))
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
  // Read like the office's own tables, so a preset is exactly what 初始化台账 writes and reads back.
  return readRules(presetGrids(name), emptyRules()).rules;
}

let unitTypes: ReadonlySet<string> | null = null;

/**
 * Every unit type some preset's 单位 table has (乡镇街道, 其他党工委, 部机关科室, …): a 指标 row for one of these
 * that no unit of the office has is a kept preset row (a county not scoring its own 科室), not a typo.
 */
export function presetUnitTypes(): ReadonlySet<string> {
  unitTypes ??= new Set(PRESET_NAMES.flatMap((p) => presetRules(p).units.map((u) => u.type)));
  return unitTypes;
}

/**
 * A preset as the fallback of tables read over it (resolveRules): its 设置 at once, which every read uses;
 * its other tables only when one is missing and falls back, since every custom-function call and menu item
 * reads the rules afresh, and the tables 初始化台账 writes are all there.
 */
export function presetFallback(name: PresetName): Rules {
  let all: Rules | null = null;
  const full = (): Rules => {
    all ??= presetRules(name);
    return all;
  };
  const fallback = { settings: readSettings(presetGrid(name, '设置'), defaultSettings(), []).settings };
  for (const key of ['units', 'outlets', 'points', 'multipliers', 'bonuses', 'indicators', 'people'] as const)
    Object.defineProperty(fallback, key, { get: () => full()[key], enumerable: true });
  return fallback as Rules;
}

/** A preset's tables as the sheet holds them. */
function presetGrids(name: PresetName): RuleGrids {
  const grids: RuleGrids = {};
  for (const table of Object.keys(PRESETS[name]) as RuleTableName[]) grids[table] = presetGrid(name, table);
  return grids;
}

function presetGrid(name: PresetName, table: RuleTableName): Grid | undefined {
  const text = PRESETS[name][table];
  if (text === undefined) return undefined;
  return [
    TABLE_HEADERS[table],
    ...text
      .trim()
      .split('\n')
      .map((line) => line.trim().split('|')),
  ];
}

/**
 * 计分 rows for the four levels, 区县级 to 中央级: each line is 采用方式, an optional 类别 and the four
 * points, split by spaces.
 */
function pointRows(lines: string): string {
  return lines
    .trim()
    .split('\n')
    .flatMap((line) => {
      const [mode, ...rest] = line.trim().split(' ');
      const kind = rest.length > 4 ? rest.shift() : '';
      return LEVELS.map((level, i) => `${mode}|${level}|${kind}|||${rest[i]}`);
    })
    .join('\n');
}

/**
 * Each preset's tables as the sheet holds them: one row a line, cells split by |, in TABLE_HEADERS
 * order (trailing blank cells left out; lines are not indented, as the bundle keeps a literal's spaces). 设置 lists only what differs from defaultSettings().
 *
 * - 上街区积分办法 (seed 001). 系数: one group, so a long text that is also a video is ×3 once (001 §三.7; a
 *   电视/广播 row with a 时长 reads no 字数: scoreRules.ts textLength),
 *   and 综合 is not multiplied. 设置: 001's own heading and 主送 (上组〔201*〕59号), so the 通报 cites the
 *   办法 and goes to the same units.
 * - 部机关目标考核 (seed 000). It sets tasks by count, not by points: the points are for reference in the
 *   ranking. 单位: a partial 在岗月数 list (12、4 for 5) means the members not listed served the whole year;
 *   one number alone (4 for 5) is every member's, and a notice says so. 媒体:
 *   《南通党建》与《南通组工信息》互算任务 (000 §三(一)1), hence the shared tag 市组工信息. 指标: 上报信息 and
 *   编报《组工信息专报》 count pieces edited into the 专报, i.e. adopted in an outlet tagged 专报 (000 §三(一));
 *   the four 论文调研 items are what 可视作任务 (000 §三(一)2): any one meets it; 科室录用任务 = the personal
 *   task × the 科室's headcount equivalent (000 §三(四)1). 合作者: 全年发稿 and its 硬性指标 (专报, 部编, 调研报告)
 *   are 各计 (every author counts the piece): 000 §三(一) states 每篇最多算两人，每人半篇…以下同 with the 南通市以上
 *   录用 task and the 用稿结构 items after it, not with the 发稿 tasks before it (RULES §4 said all; the seed wins).
 * - 类别积分 (seed 004, a template): 004 names the kinds but gives no numbers, so every point here is an
 *   example (示例) for the office to set; 每月向研究室报送信息2条以上 (004), asked of 各乡镇、县直单位 (乡镇街道 and
 *   其他党工委 here), not of the 部机关's own 组室, which work with 研究室 (RULES §5 said each unit; the seed wins).
 *   No 转报分成: 004 has none, and its 研究室 (every piece's 对口处室) examines, it is not scored (audit s37 H5).
 */
const PRESETS: Record<PresetName, Partial<Record<RuleTableName, string>>> = {
  上街区: {
    单位: `
峡窝镇党委|乡镇街道
济源路街道党工委|乡镇街道
中心路街道党工委|乡镇街道
新安路街道党工委|乡镇街道
工业路街道党工委|乡镇街道
区直机关工委|其他党工委
非公经济组织党工委|其他党工委
教育系统党工委|其他党工委
卫生系统党工委|其他党工委
办公室|部机关科室|||是
组织科|部机关科室
干部科|部机关科室
干部监督科|部机关科室
信息调研科|部机关科室
人才办|部机关科室
`,
    媒体: `
上街区党建网|上街党建网|区县级|网站
上街组工动态||区县级|组工信息
上街时讯||区县级|党报
郑州组织信息|郑州组工信息|市级|组工信息
郑州组工通讯||市级|党建刊物
郑州日报||市级|党报
郑州电视台||市级|电视
郑州人民广播电台|郑州广播电台|市级|广播
河南组工信息|省组工信息|省级|组工信息、省组工信息
河南日报||省级|党报
河南电视台||省级|电视
河南人民广播电台|河南广播电台|省级|广播
中组部组工信息|中组部信息|中央级|组工信息
组工通讯|中组部组工通讯|中央级|党建刊物
人民日报||中央级|党报
光明日报||中央级|党报
经济日报||中央级|党报
中国青年报||中央级|报纸
组织人事报||中央级|报纸
求是|求是杂志|中央级|党刊
内部清样|新华社内部清样|中央级|内参
内部参考|新华社内部参考|中央级|内参
中央电视台|央视、CCTV|中央级|电视
中央人民广播电台|中央广播电台|中央级|广播
新华社|新华通讯社|中央级|通讯社
党建研究||中央级|党建刊物
`,
    计分: pointRows(`
录用 1 5 10 30
综合 0.5 3 5 15
报送 0 0 0 0
`),
    系数: `
文字稿超过1000字|字数|1000|3|录用|篇幅
影像报道超过1分钟|时长|1|3|录用|篇幅
`,
    加分: `
国家|30
省|20
市|10
`,
    指标: `
全年积分|乡镇街道|积分|全年|50
每月向区委组织部报送|乡镇街道|报送|每月|2|||||区委组织部
全年积分|其他党工委|积分|全年|20
全年向区委组织部报送|其他党工委|报送|全年|6|||||区委组织部
全年积分|部机关科室|积分|全年|40
每月向市委组织部报送|部机关科室|报送|每月|2|||||市委组织部
省委组织部录用|部机关科室|录用|全年|2||省组工信息
`,
    设置: `
预设|上街区积分办法
考核办法|《上街区组工信息宣传工作考核办法》
发文机关|中共上街区委组织部
主送|各党（工）委，部机关各科室
`,
  },
  部机关: {
    单位: `
办公室|部机关科室|4||是
组织科|部机关科室|5|12、12、12、12、4
干部科|部机关科室|5
干部监督科|部机关科室|3
人才科|部机关科室|3|12、12、5
老干部科|部机关科室|2
党员教育中心|部机关科室|3|12、3
`,
    媒体: `
中组部组工信息|中组部信息|中央级|组工信息
党建研究||中央级|党建刊物
组织人事报||中央级|报纸
省组工信息|江苏组工信息|省级|组工信息、省组工信息
新华日报||省级|党报
省电视台|江苏电视台|省级|电视
干部教育培训简报||省级|条线简报
南通组工信息||市级|组工信息、市组工信息
南通党建||市级|党建刊物、市组工信息
南通日报||市级|党报
南通电视台|市电视台|市级|电视
人才工作简报||市级|条线简报
动态|县动态|区县级|县级宣传
县电视台||区县级|电视、县级宣传
市委新闻网||区县级|网站、县级宣传
市政府网||区县级|网站、县级宣传
部编组工信息|部编信息|区县级|组工信息、部编
组工信息专报||区县级|专报
`,
    计分: pointRows(`
录用 1 5 10 30
综合 0.5 3 5 15
报送 0 0 0 0
`),
    指标: `
全年发稿|每人:部机关科室|篇目|全年|8||||||||是|||||各计
组工信息专报|每人:部机关科室|录用|全年|3||专报||||||是||发稿|||各计
部编组工信息录用|每人:部机关科室|录用|全年|3||部编||||||是||发稿|||各计
调研报告|每人:部机关科室|篇目|全年|1||||调研报告||||是||发稿|||各计
市级以上录用|每人:部机关科室|录用|全年|6|市级|||||||是||录用
省组工信息录用|每人:部机关科室|录用|全年|1|省级|省组工信息、条线简报|||||条线简报|是|信息结构|录用
南通组工信息和南通党建录用|每人:部机关科室|录用|全年|2|市级|市组工信息、条线简报|||||条线简报|是|信息结构|录用
论文或调研报告录用|每人:部机关科室|录用|全年|1|市级|||论文、调研报告||||是|论文调研|录用
电教片市级以上电视台播放|每人:部机关科室|录用|全年|1|市级|电视||电教片||||是|论文调研|录用
市级以上会议交流或获奖|每人:部机关科室|篇目|全年|1|市级|||会议交流、获奖||||是|论文调研|录用
收入调研成果汇编|每人:部机关科室|篇目|全年|1||||成果汇编||||是|论文调研|录用
新华日报或省电视台|每人:部机关科室|录用|全年|1|||新华日报、省电视台|||||是|宣传结构|录用
南通日报或市电视台|每人:部机关科室|录用|全年|2|||南通日报、南通电视台|||||是|宣传结构|录用
本地媒体宣传|每人:部机关科室|录用|全年|3|||动态、县电视台、市委新闻网、市政府网|||||是|宣传结构|录用
科室录用任务|科室整体:部机关科室|录用|全年|6|市级|||||||是||科室
每月上报信息|全部门|报送|每月|15
每月编报专报|全部门|录用|每月|6||专报
每月部编组工信息|全部门|录用|每月|4||部编
全年市级以上录用|全部门|录用|全年|150|市级
`,
    设置: `
预设|部机关目标考核
评先评优限制|否
小数位|1
奖金.录用|200
奖金.发稿|100
奖金.科室|200
`,
  },
  类别: {
    单位: `
示例镇党委|乡镇街道
示例街道党工委|乡镇街道
市直机关工委|其他党工委
教育系统党工委|其他党工委
`,
    媒体: `
津市党建网||区县级|网站
津市组工|津市组工微信公众号|区县级|新媒体
常德日报||市级|党报
红星网||省级|网站
湖南日报||省级|党报
中组部组工信息||中央级|组工信息
人民日报||中央级|党报
组织人事报||中央级|报纸
`,
    计分: pointRows(`
录用 1 3 6 15
录用 动态信息 1 3 6 15
录用 言论文章 2 5 10 20
录用 调研报告 3 8 15 30
录用 经验材料 2 5 10 20
综合 0.5 1.5 3 8
报送 0 0 0 0
`),
    指标: `
每月向研究室报送|乡镇街道|报送|每月|2|||||研究室
每月向研究室报送|其他党工委|报送|每月|2|||||研究室
`,
    设置: `
预设|类别积分（示例）
转报分成|0
三审把关|津市组工
评先评优限制|否
小数位|1
封顶周期|月
`,
  },
};

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
