// Writes the bundled example: examples/上街区-2024.xlsx (a year's ledger of 上街区 with its rule tabs) and
// examples/ledger.csv (the same ledger as CSV, for `--preset`). Deterministic: a seeded PRNG, fixed dates.
//   npx tsx examples/generate.ts            (both files)
//   npx tsx examples/generate.ts --rows 100000 --out big.xlsx   (a large ledger for benchmarks)
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prng } from '../bench/generate';
import { toCsv } from '../src/cli/csv';
import { XlsxWorkbook } from '../src/cli/xlsxWorkbook';
import { dateOfDay, dayFromYmd, dayToIso, daysInMonth } from '../src/core/dates';
import { LEDGER_HEADERS } from '../src/core/ledger';
import { presetRules, RULE_TABLE_NAMES, rulesToGrids } from '../src/core/rules';
import type { Cell, Grid, Level, OutletDef, Rules, UnitDef } from '../src/core/types';
import type { SheetModel } from '../src/sheets/model';


const SURNAMES = '王李张刘陈杨赵黄周吴徐孙马胡朱郭何罗高林郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金贾夏韦付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严欧莫孔向常汤康易乔赖文';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏飞斌宇浩凯健俊帆帅旭宁欣然晨阳雪琳晶颖倩婷蕾薇琦瑶璐佳慧';

const TOPICS = [
  '“三抓三促”推动基层党建提质增效',
  '以“红色物业”破解老旧小区治理难题',
  '年轻干部“墩苗”计划见成效',
  '党员积分制管理激发队伍活力',
  '“党建+网格”打通服务群众最后一公里',
  '非公企业党建工作“五个一”做法',
  '多措并举加强基层党组织书记队伍建设',
  '以党建引领乡村振兴的实践与思考',
  '关于提升发展党员质量的调研报告',
  '“四下基层”制度落地的探索',
  '创新“党建联盟”推动区域共建共享',
  '人才“引育用留”全链条服务机制',
  '干部监督“前哨”作用的几点体会',
  '在“两新”组织中扩大党的组织覆盖',
  '主题教育成果转化的调查',
  '退役军人党员发挥作用的做法',
  '组工干部能力素质提升行动',
  '机关党建与业务融合的路径探析',
  '社区“两委”换届后的运行情况调研',
  '“万人助万企”中党员先锋队的作为',
  '优化营商环境中的干部担当',
  '党员志愿服务常态化长效化',
  '“领头雁”工程激活村级集体经济',
  '基层减负的实践与成效',
  '流动党员“双向管理”机制',
];

const LEADS = ['', '聚焦', '坚持', '探索', '深化', '强化', '创新', '扎实推进', '着力', '持续', '突出', '立足'];

const KINDS_BY_LEVEL: Record<Level, string[]> = {
  区县级: ['动态信息', '动态信息', '宣传报道', '经验材料'],
  市级: ['动态信息', '经验材料', '宣传报道', '言论文章'],
  省级: ['经验材料', '动态信息', '调研报告', '言论文章'],
  中央级: ['经验材料', '调研报告', '宣传报道'],
};

/** 上街区 as the example uses it: the preset's 15 units plus five more, 2024. */
export function exampleRules(): Rules {
  const rules = presetRules('上街区');
  const extra: UnitDef[] = [
    ['国资系统党工委', '其他党工委'],
    ['政法系统党工委', '其他党工委'],
    ['城建系统党工委', '其他党工委'],
    ['老干部科', '部机关科室'],
    ['党员电教中心', '部机关科室'],
  ].map(([name, type]) => ({ name, type, headcount: 0, monthsInPost: [], isOffice: false, chief: '', veto: false }));
  rules.units.push(...extra);
  rules.units.forEach((u, i) => {
    if (u.type === '部机关科室') {
      u.headcount = 2 + (i % 3);
      u.chief = name(prng(1000 + i));
    }
  });
  rules.settings.year = 2024;
  return rules;
}

function name(rand: () => number): string {
  const s = SURNAMES[Math.floor(rand() * SURNAMES.length)];
  const g1 = GIVEN[Math.floor(rand() * GIVEN.length)];
  const g2 = rand() < 0.6 ? GIVEN[Math.floor(rand() * GIVEN.length)] : '';
  return s + g1 + g2;
}

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)];
}

function levelOf(rand: () => number): Level {
  const x = rand();
  return x < 0.5 ? '区县级' : x < 0.8 ? '市级' : x < 0.95 ? '省级' : '中央级';
}

/** How a unit works through the year; the named units fall short of one 上街区 indicator each. */
interface Profile {
  perMonth: number; // typical pieces a month
  minPerMonth: number; // at least this many a month (the monthly quota of towns and offices)
  shortMonths: number[]; // months with a single piece: the monthly quota missed
  silentMonths: number[]; // months with nothing sent
  adopt: number; // share of pieces adopted
  level: (rand: () => number) => Level;
  maxWords: number;
  provincial: number; // pieces adopted by 河南组工信息 (省委组织部), offices' yearly quota is 2
}

// Months in which an office's piece goes to 河南组工信息, in order.
const PROVINCIAL_MONTHS = [4, 9, 11, 6];

function profileOf(unit: UnitDef, index: number): Profile {
  const monthly = unit.type === '乡镇街道' || unit.type === '部机关科室';
  const p: Profile = {
    perMonth: monthly ? 2.2 + (index % 3) * 0.4 : 1.4 + (index % 4) * 0.3,
    minPerMonth: monthly ? 2 : 0,
    shortMonths: [],
    silentMonths: [],
    adopt: 0.32 + ((index * 37) % 10) / 45,
    level: levelOf,
    maxWords: 1500,
    provincial: unit.type === '部机关科室' ? 2 + (index % 2) : 0,
  };
  switch (unit.name) {
    case '峡窝镇党委': // missed the monthly quota around 春节 and in August
      p.shortMonths = [2, 8];
      break;
    case '党员电教中心': // an office that sent one piece in three months
      p.shortMonths = [3, 7, 10];
      break;
    case '组织科': // an office with a single 省委组织部 adoption
      p.provincial = 1;
      break;
    case '非公经济组织党工委': // sends enough but short pieces adopted locally: too few points
      p.perMonth = 1;
      p.adopt = 0.6;
      p.level = (rand) => (rand() < 0.5 ? '区县级' : '市级');
      p.maxWords = 950;
      break;
    case '卫生系统党工委': // nothing in the first quarter, catches up later
      p.silentMonths = [1, 2, 3];
      break;
    case '城建系统党工委': // 零报送
      p.silentMonths = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
      break;
  }
  return p;
}

interface Row {
  values: Record<string, Cell>;
}

/**
 * A year's ledger: for each unit and month, submissions to 区委组织部 (towns, other 党工委) or 市委组织部
 * (offices), a share of them adopted by outlets of every level. `scale` multiplies the volume.
 */
export function generateLedger(rules: Rules, options: { seed?: number; scale?: number; year?: number } = {}): Grid {
  const rand = prng(options.seed ?? 20240101);
  const year = options.year ?? 2024;
  const scale = options.scale ?? 1;
  const byLevel = new Map<Level, OutletDef[]>();
  for (const o of rules.outlets) byLevel.set(o.level, [...(byLevel.get(o.level) ?? []), o]);
  const relayOffice = rules.units.find((u) => u.name === '信息调研科')?.name ?? '';
  const provincialOutlet =
    rules.outlets.find((o) => o.tags.includes('省组工信息')) ?? rules.outlets[rules.outlets.length - 1];
  const rows: Row[] = [];
  const people = new Map<string, string[]>();
  for (const u of rules.units) {
    const r = prng(u.name.length * 7919 + u.name.charCodeAt(0));
    people.set(
      u.name,
      Array.from({ length: 2 + Math.floor(r() * 3) }, () => name(r)),
    );
  }

  rules.units.forEach((unit, unitIndex) => {
    const profile = profileOf(unit, unitIndex);
    const recipient = unit.type === '部机关科室' ? '市委组织部' : '区委组织部';
    const used = new Set<string>();
    // Offices are held to 省委组织部 adoptions (河南组工信息): exactly `provincial` of their pieces go there.
    const provincialMonths = new Set(PROVINCIAL_MONTHS.slice(0, profile.provincial));
    for (let month = 1; month <= 12; month++) {
      if (profile.silentMonths.includes(month)) continue;
      const typical = Math.round(profile.perMonth * (0.7 + rand() * 0.6));
      const floor = profile.shortMonths.includes(month) ? 1 : profile.minPerMonth;
      const planned = profile.shortMonths.includes(month) ? 1 : Math.max(floor, typical);
      const count = Math.round(planned * scale);
      for (let k = 0; k < count; k++) {
        const day = dayFromYmd(year, month, 1 + Math.floor(rand() * daysInMonth(year, month)));
        const authors = people.get(unit.name)!;
        const twoAuthors = rand() < 0.25;
        const a1 = pick(rand, authors);
        const a2 = pick(rand, authors);
        const author = twoAuthors && a2 !== a1 ? `${a1}、${a2}` : a1;
        // Distinct titles within a unit: a repeat would be a duplicate row (added once on purpose below).
        let title = '';
        for (let attempt = 0; attempt < 20 && (title === '' || used.has(title)); attempt++) {
          const lead = pick(rand, LEADS);
          const topic = pick(rand, TOPICS);
          title = `${unit.name.replace(/党委|党工委/, '')}${lead}${lead && topic.startsWith('以') ? topic.slice(1) : topic}`;
        }
        used.add(title);
        const provincial = k === 0 && provincialMonths.has(month);
        const adopted = provincial || rand() < profile.adopt;
        const row: Record<string, Cell> = {
          标题: title,
          作者: author,
          单位: unit.name,
          报送对象: recipient,
          报送日期: dateOfDay(day),
          审核状态: rand() < 0.04 ? '复审' : '终审',
        };
        if (rand() < 0.3) row.事件日期 = dateOfDay(day - 1 - Math.floor(rand() * 4));
        if (!adopted) {
          row.类别 = pick(rand, ['动态信息', '经验材料', '调研报告', '专报']);
          row.采用方式 = '报送';
          rows.push({ values: row });
          continue;
        }
        const level: Level = provincial ? '省级' : profile.level(rand);
        // 河南组工信息 only where planned (offices' 省委组织部 quota), other outlets by chance.
        const outlets = (byLevel.get(level) ?? rules.outlets).filter((o) => !o.tags.includes('省组工信息'));
        const outlet = provincial ? provincialOutlet : pick(rand, outlets.length ? outlets : rules.outlets);
        const adoptedOn = Math.min(day + 3 + Math.floor(rand() * 20), dayFromYmd(year, 12, 31));
        row.类别 = pick(rand, KINDS_BY_LEVEL[level]);
        row.媒体 = outlet.name;
        // Some offices type the level beside the outlet; it agrees with the 媒体 table.
        if (rand() < 0.2) row.级别 = level;
        row.录用日期 = dateOfDay(adoptedOn);
        row.字数 = Math.round(400 + rand() * (profile.maxWords - 400));
        if (rand() < 0.12 && !provincial) row.采用方式 = '综合'; // the quota counts 录用 in full only
        if (outlet.tags.includes('电视') || outlet.tags.includes('广播')) {
          row.时长 = Math.round((0.5 + rand() * 2.5) * 10) / 10;
          row.字数 = '';
          row.类别 = '宣传报道';
        }
        if (outlet.tags.includes('党报') && rand() < 0.3) row.版面 = pick(rand, ['头版', '要闻版', '头版头条']);
        // Pieces to the province or the centre go through the relaying office (001 §三.9).
        if ((level === '省级' || level === '中央级') && unit.type !== '部机关科室' && relayOffice) {
          row.对口处室 = relayOffice;
        }
        if ((level === '省级' || level === '中央级') && rand() < 0.25) row.领导批示 = pick(rand, ['市', '省', '国家']);
        if (level !== '区县级') row.佐证 = `https://example.org/clip/${year}${String(month).padStart(2, '0')}-${rows.length + 1}`;
        rows.push({ values: row });
        // Several outlets adopting the same piece = several rows (001 §三.8).
        if (rand() < 0.12) {
          const other = pick(rand, byLevel.get('区县级') ?? rules.outlets);
          if (other.name !== outlet.name) {
            rows.push({
              values: {
                ...row,
                媒体: other.name,
                级别: '',
                录用日期: dateOfDay(Math.min(adoptedOn + 2, dayFromYmd(year, 12, 31))),
                对口处室: '',
                领导批示: '',
                佐证: '',
                备注: '同稿被多家媒体采用',
              },
            });
          }
        }
      }
    }
  });

  // Sort by the date staff would enter them: submission date.
  const when = (r: Row) => (r.values.报送日期 instanceof Date ? (r.values.报送日期 as Date).getTime() : 0);
  rows.sort((a, b) => when(a) - when(b));

  if (scale === 1) addSpecialRows(rows, year);

  const header = LEDGER_HEADERS.map(String);
  const grid: Grid = [header];
  for (const r of rows) {
    const v: Record<string, Cell> = { ...r.values };
    if (v.时长 !== undefined) v['时长(分钟)'] = v.时长;
    grid.push(header.map((h) => v[h] ?? ''));
  }
  return grid;
}

/** Rows every report should show: verdicts, adjustments, dates typed as text, and a few bad rows. */
function addSpecialRows(rows: Row[], year: number): void {
  const d = (m: number, day: number) => dateOfDay(dayFromYmd(year, m, day));
  const at = (index: number, values: Record<string, Cell>) => rows.splice(Math.min(index, rows.length), 0, { values });
  at(40, {
    标题: '峡窝镇开展“亮身份、践承诺”活动',
    作者: '王晓东',
    单位: '峡窝镇党委',
    类别: '动态信息',
    报送对象: '区委组织部',
    报送日期: `${year}/3/5`,
    媒体: '郑州日报',
    录用日期: `${year}年3月12日`,
    字数: 800,
    审核状态: '终审',
    备注: '日期按文本录入',
  });
  at(60, {
    标题: '区直机关工委召开年度工作会议',
    作者: '李明',
    单位: '区直机关工委',
    类别: '动态信息',
    报送对象: '区委组织部',
    报送日期: d(3, 20),
    媒体: '上街时讯',
    录用日期: d(3, 25),
    审核状态: '终审',
    核定: '不计分',
    备注: '会议报道，非组织工作角度',
  });
  at(120, {
    标题: '某街道党建工作数据有误的报道',
    作者: '赵磊',
    单位: '中心路街道党工委',
    类别: '宣传报道',
    报送对象: '区委组织部',
    报送日期: d(5, 8),
    媒体: '郑州电视台',
    录用日期: d(5, 15),
    '时长(分钟)': 1.5,
    审核状态: '终审',
    核定: '倒扣',
    备注: '数据严重失实，已更正',
  });
  at(150, {
    标题: '济源路街道“党建+物业”经验被省委组织部推广',
    作者: '陈静、刘洋',
    单位: '济源路街道党工委',
    类别: '经验材料',
    报送对象: '区委组织部',
    报送日期: d(6, 3),
    媒体: '河南组工信息',
    录用日期: d(6, 18),
    字数: 2600,
    领导批示: '省',
    对口处室: '信息调研科',
    审核状态: '终审',
    调整分: 3,
    调整理由: '被评为全省优秀信息',
    佐证: 'https://example.org/clip/henan-zugong-0618',
  });
  // Bad rows: the report lists them under 待核实 and computes the rest. First a row entered twice.
  const twice = rows.find((r) => r.values.媒体 && r.values.单位 === '新安路街道党工委');
  if (twice) at(170, { ...twice.values, 备注: '重复录入' });
  at(180, {
    标题: '工业路街道组织生活会质量提升做法',
    作者: '孙伟',
    单位: '工业路街道党工委',
    类别: '动态信息',
    报送对象: '区委组织部',
    报送日期: `${year}-13-05`,
    审核状态: '终审',
  });
  at(200, {
    标题: '教育系统党建品牌创建观察',
    作者: '周敏',
    单位: '教育系统党工委',
    类别: '宣传报道',
    报送对象: '区委组织部',
    报送日期: d(7, 9),
    媒体: '上街晚报',
    录用日期: d(7, 16),
    审核状态: '终审',
  });
  at(230, {
    标题: '组织科推进党支部标准化规范化建设',
    作者: '吴刚',
    单位: '组织科',
    类别: '经验材料',
    报送对象: '市委组织部',
    报送日期: d(8, 12),
    媒体: '郑州组织信息',
    采用方式: '录用',
    审核状态: '终审',
    备注: '录用日期待补',
  });
  at(260, {
    标题: '干部科改进年轻干部选育管用机制',
    作者: '郑洁',
    单位: '干部科',
    类别: '经验材料',
    报送对象: '市委组织部',
    报送日期: d(9, 2),
    媒体: '郑州日报',
    录用日期: d(9, 10),
    审核状态: '终审',
    调整分: 2,
  });
}

function sheetOf(name: string, grid: Grid): SheetModel {
  const width = Math.max(...grid.map((r) => r.length));
  return {
    name,
    values: grid.map((r) => Array.from({ length: width }, (_, c) => (r[c] === '' || r[c] === undefined ? null : r[c]!))),
    frozenRows: 1,
    columnWidths: Array.from({ length: width }, (_, c) => (c === 0 ? 280 : 100)),
    styles: [{ block: { row: 1, col: 1, rows: 1, cols: width }, style: { bold: true, background: '#efefef' } }],
  };
}

/** The example workbook: 稿件台账 plus the rule tabs in force. */
export function exampleWorkbook(ledger: Grid, rules: Rules, withRules = true): XlsxWorkbook {
  const wb = new XlsxWorkbook();
  wb.workbook.creator = 'zugong-ledger examples/generate.ts';
  wb.workbook.created = new Date(Date.UTC(2024, 0, 1));
  wb.workbook.modified = wb.workbook.created;
  wb.writeSheet(sheetOf('稿件台账', ledger));
  if (withRules) {
    const grids = rulesToGrids(rules);
    for (const name of RULE_TABLE_NAMES) wb.writeSheet(sheetOf(name, grids[name]));
  }
  return wb;
}

/** The ledger as CSV text: dates as ISO text, UTF-8 with a BOM so Excel opens it as UTF-8. */
export function ledgerCsv(ledger: Grid): string {
  const text = (c: Cell): string | number => {
    if (c instanceof Date) return dayToIso(dayFromYmd(c.getFullYear(), c.getMonth() + 1, c.getDate()));
    if (c === null || c === undefined) return '';
    return typeof c === 'number' ? c : String(c);
  };
  return `\ufeff${toCsv(ledger.map((r) => r.map(text)))}`;
}

async function cli(argv: string[]): Promise<void> {
  const here = dirname(fileURLToPath(import.meta.url));
  const get = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const rules = exampleRules();
  const rowsWanted = Number(get('--rows') ?? 0);
  if (rowsWanted > 0) {
    // Scale the yearly volume up to about the rows asked for (benchmarks).
    const base = generateLedger(rules).length - 1;
    const ledger = generateLedger(rules, { scale: rowsWanted / base, seed: 7 });
    const out = get('--out') ?? join(here, '..', 'out', `ledger-${rowsWanted}.xlsx`);
    if (out.endsWith('.csv')) writeFileSync(out, ledgerCsv(ledger));
    else await exampleWorkbook(ledger, rules).save(out);
    process.stdout.write(`${out}: ${ledger.length - 1} rows\n`);
    return;
  }
  const ledger = generateLedger(rules);
  await exampleWorkbook(ledger, rules).save(join(here, '上街区-2024.xlsx'));
  writeFileSync(join(here, 'ledger.csv'), ledgerCsv(ledger));
  const last = ledger.length - 1;
  process.stdout.write(`examples/上街区-2024.xlsx, examples/ledger.csv: ${last} rows, ${rules.units.length} units\n`);
}

if (/generate\.ts$/.test(process.argv[1] ?? '')) {
  void cli(process.argv.slice(2));
}
