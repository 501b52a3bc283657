import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../src/core/dates';
import {
  describeSubject,
  emptyRules,
  formatSubject,
  parseSubject,
  presetRules,
  readRules,
  rulesToGrids,
  TABLE_HEADERS,
} from '../../src/core/rules';
import type { Grid, Settings } from '../../src/core/types';

const shangjie = () => presetRules('上街区');

describe('readRules: layout', () => {
  it('finds columns by header name in any order and ignores extra columns', () => {
    const grid: Grid = [
      ['分值', '备用', '级别', '采用方式'],
      [7, 'x', '省级', '录用'],
      [2, 'y', '区级', '综合'],
    ];
    const { rules, errors } = readRules({ 计分: grid }, shangjie());
    expect(errors).toEqual([]);
    expect(rules.points).toEqual([
      { mode: '录用', level: '省级', kind: '', tag: '', placement: '', points: 7, effectiveFrom: null },
      { mode: '综合', level: '区县级', kind: '', tag: '', placement: '', points: 2, effectiveFrom: null },
    ]);
  });

  it('ignores blank rows, accepts header aliases and trailing units, and numbers rows as the sheet does', () => {
    const grid: Grid = [
      ['刊物', '级别 (必填)', '标签'],
      ['', '', ''],
      ['《郑州日报》', '市级', '党报、报纸'],
      [null, undefined, ''],
      ['某网', '国际级', ''],
    ];
    const { rules, errors } = readRules({ 媒体: grid }, shangjie());
    expect(rules.outlets.map((o) => o.name)).toEqual(['郑州日报']);
    expect(rules.outlets[0].tags).toEqual(['党报', '报纸']);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ table: '媒体', row: 5, column: '级别' });
    expect(errors[0].message).toContain('「媒体」表第5行「级别」');
    expect(errors[0].message).toContain('国际级');
  });

  // Audit s33 C-F1: a blank 级别 dropped the row with no error (a 计分 row of 50 points silently unused, 河南日报
  // reported as missing from 「媒体」), because the blank read as "no answer" rather than as blank.
  it('a blank 级别 in 「计分」 is refused at its cell, not dropped', () => {
    const grid: Grid = [
      ['采用方式', '级别', '类别', '分值'],
      ['录用', '市级', '', 5],
      ['录用', '', '调研报告', 50],
    ];
    const { errors } = readRules({ 计分: grid }, shangjie());
    expect(errors.map((e) => [e.row, e.column])).toEqual([[3, '级别']]);
    expect(errors[0].message).toContain('「计分」表第3行「级别」不能为空');
  });

  // A 媒体 row with no 级别 is left out with a note at its cell, the report made: the ledger's rows of that outlet
  // score by their own 级别 (RULES §3). Refusing it stopped the whole report (second reading s33).
  it('a blank 级别 in 「媒体」 leaves that outlet out, said at its cell, and the rest is read', () => {
    const grid: Grid = [
      ['媒体', '级别'],
      ['郑州日报', '市级'],
      ['河南日报', ''],
    ];
    const { rules, errors, notes } = readRules({ 媒体: grid }, shangjie());
    expect(errors).toEqual([]);
    expect(rules.outlets.map((o) => o.name)).toEqual(['郑州日报']);
    const atTable = notes.filter((n) => n.table === '媒体');
    expect(atTable.map((n) => [n.row, n.column, n.message])).toEqual([
      [
        3,
        '级别',
        '「媒体」表第3行「级别」为空，“河南日报”未读入「媒体」表：台账中该媒体的行按本行所填级别计分，未填级别的不计分；请填写级别',
      ],
    ]);
  });

  it('keeps the fallback table when a table is absent or blank, and a base table with only its header', () => {
    const fallback = shangjie();
    const { rules, errors } = readRules(
      { 计分: [TABLE_HEADERS.计分], 单位: [TABLE_HEADERS.单位, ['', '']], 加分: [], 系数: [[''], ['']] },
      fallback,
    );
    expect(errors).toEqual([]);
    expect(rules.points).toEqual(fallback.points);
    expect(rules.units).toEqual(fallback.units);
    expect(rules.bonuses).toEqual(fallback.bonuses);
    expect(rules.multipliers).toEqual(fallback.multipliers);
    expect(rules.indicators).toEqual(fallback.indicators);
  });

  it('an emptied 系数, 加分 or 指标 tab (header, no rows) means none: the office removed them', () => {
    const fallback = shangjie();
    expect(fallback.multipliers.length).toBeGreaterThan(0);
    const { rules, errors } = readRules(
      { 系数: [TABLE_HEADERS.系数, ['', '', '']], 加分: [['批示', '加分']], 指标: [[], TABLE_HEADERS.指标] },
      fallback,
    );
    expect(errors).toEqual([]);
    expect(rules.multipliers).toEqual([]);
    expect(rules.bonuses).toEqual([]);
    expect(rules.indicators).toEqual([]);
    expect(rules.points).toEqual(fallback.points);
  });

  it('replaces the fallback table when the sheet has data rows', () => {
    const { rules } = readRules(
      {
        加分: [
          ['批示', '加分'],
          ['省领导', 25],
        ],
      },
      shangjie(),
    );
    expect(rules.bonuses).toEqual([{ instruction: '省', points: 25, effectiveFrom: null }]);
  });

  it('does not share arrays with the fallback', () => {
    const fallback = shangjie();
    const { rules } = readRules({}, fallback);
    rules.outlets[0].aliases.push('新别名');
    rules.indicators[0].filter.tags.push('x');
    expect(fallback.outlets[0].aliases).not.toContain('新别名');
    expect(fallback.indicators[0].filter.tags).not.toContain('x');
  });

  it('a grid that is not rows of cells is reported, not thrown', () => {
    const fallback = shangjie();
    const broken = [5, 'x'] as unknown as Grid;
    const { rules, errors } = readRules({ 计分: broken, 设置: broken }, fallback);
    expect(rules.points).toEqual(fallback.points);
    expect(rules.settings).toEqual(fallback.settings);
    expect(errors.map((e) => e.table)).toEqual(['计分', '设置']);
  });

  it('names the table and header when a required header is missing, and keeps the fallback table', () => {
    const fallback = shangjie();
    const { rules, errors } = readRules(
      {
        计分: [
          ['采用方式', '级别', '分数值'],
          ['录用', '省级', 12],
        ],
      },
      fallback,
    );
    expect(rules.points).toEqual(fallback.points);
    expect(errors).toEqual([
      {
        table: '计分',
        row: 1,
        column: '分值',
        message: '「计分」表缺少表头「分值」（第1行的表头中有「分数值」，是否应为「分值」？），该表无法读取',
      },
    ]);
  });
});

describe('readRules: bad cells are named precisely and their rows skipped', () => {
  it('a non-number 分值', () => {
    const grid: Grid = [
      ['采用方式', '级别', '分值'],
      ['录用', '区县级', 1],
      ['录用', '市级', 5],
      ['录用', '省级', 'abc'],
      ['录用', '中央级', 30],
    ];
    const { rules, errors } = readRules({ 计分: grid }, emptyRules());
    expect(errors).toEqual([
      { table: '计分', row: 4, column: '分值', message: '「计分」表第4行「分值」应为数字，现为“abc”' },
    ]);
    expect(rules.points.map((p) => p.level)).toEqual(['区县级', '市级', '中央级']);
  });

  it('unknown mode, unknown level, negative points and a bad date, each its own error', () => {
    const grid: Grid = [
      ['采用方式', '级别', '分值', '生效日期'],
      ['转载', '省级', 3, ''],
      ['录用', '乡级', 3, ''],
      ['录用', '省级', -3, ''],
      ['录用', '省级', 3, '2024-13-01'],
      ['录用', '省级', '10分', '2024年3月1日'],
    ];
    const { rules, errors } = readRules({ 计分: grid }, emptyRules());
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [2, '采用方式'],
      [3, '级别'],
      [4, '分值'],
      [5, '生效日期'],
    ]);
    expect(errors[0].message).toBe('「计分」表第2行「采用方式」无法识别“转载”，应为录用、综合、报送');
    expect(errors[2].message).toBe('「计分」表第4行「分值」不能为负数，现为“-3”');
    expect(rules.points).toEqual([
      {
        mode: '录用',
        level: '省级',
        kind: '',
        tag: '',
        placement: '',
        points: 10,
        effectiveFrom: dayFromYmd(2024, 3, 1),
      },
    ]);
  });

  it('reports every bad cell of one row', () => {
    const { errors } = readRules(
      {
        计分: [
          ['采用方式', '级别', '分值'],
          ['x', 'y', 'z'],
        ],
      },
      emptyRules(),
    );
    expect(errors.map((e) => e.column)).toEqual(['采用方式', '级别', '分值']);
  });

  it('系数: unknown 条件, a non-number 取值, a zero 倍数', () => {
    const grid: Grid = [
      ['名称', '条件', '取值', '倍数', '适用方式', '分组'],
      ['字号', '字号', '5', 2, '', ''],
      ['长文', '字数', '很多', 2, '', ''],
      ['零', '字数', '>1000', 0, '', ''],
      ['头条', '版面', '头版头条、报眼', 2, '录用、综合', '版面'],
      ['长文', '字数', '超过1500字', '1.5倍', '', ''],
    ];
    const { rules, errors } = readRules({ 系数: grid }, emptyRules());
    expect(errors.map((e) => `${e.row}${e.column}`)).toEqual(['2条件', '3取值', '4倍数']);
    expect(errors[0].message).toContain('应为字数、时长、版面、类别或标签');
    expect(errors[2].message).toBe('「系数」表第4行「倍数」应大于0，现为“0”');
    expect(rules.multipliers).toEqual([
      {
        name: '头条',
        condition: { kind: '版面', values: ['头版头条', '报眼'] },
        factor: 2,
        modes: ['录用', '综合'],
        group: '版面',
        effectiveFrom: null,
      },
      {
        name: '长文',
        condition: { kind: '字数', over: 1500 },
        factor: 1.5,
        modes: [],
        group: '',
        effectiveFrom: null,
      },
    ]);
  });

  it('加分: unknown instruction level and negative bonus', () => {
    const grid: Grid = [
      ['批示', '加分'],
      ['乡', 5],
      ['市', -10],
      ['国家领导', 30],
    ];
    const { rules, errors } = readRules({ 加分: grid }, emptyRules());
    expect(errors.map((e) => `${e.row}${e.column}`)).toEqual(['2批示', '3加分']);
    expect(rules.bonuses).toEqual([{ instruction: '国家', points: 30, effectiveFrom: null }]);
  });

  it('指标: unknown 度量 and 窗口, negative 目标, and a blank 窗口 meaning the year', () => {
    const grid: Grid = [
      ['名称', '对象', '度量', '窗口', '目标'],
      ['甲', '乡镇街道', '字数', '全年', 5],
      ['乙', '乡镇街道', '积分', '每周', 5],
      ['丙', '乡镇街道', '积分', '', -5],
      ['丁', '乡镇街道', '积分', '', 50],
    ];
    const { rules, errors } = readRules({ 指标: grid }, emptyRules());
    expect(errors.map((e) => `${e.row}${e.column}`)).toEqual(['2度量', '3窗口', '4目标']);
    expect(errors[0].message).toBe('「指标」表第2行「度量」无法识别“字数”，应为积分、录用、报送或篇目');
    expect(rules.indicators).toHaveLength(1);
    expect(rules.indicators[0]).toMatchObject({ name: '丁', window: '全年', threshold: 50, sourceRow: 5 });
  });

  it('指标: the filter columns, 去重, 视同达标 and outlet names resolved to the canonical name', () => {
    const grid: Grid = [
      [...TABLE_HEADERS.指标],
      [
        '宣传结构一',
        '部机关科室人员',
        '采用',
        '每季度',
        '2',
        '市级以上',
        '党报、电视',
        '《郑州日报》、央视',
        '言论文章',
        '市委组织部',
        '录用',
        '条线简报',
        '是',
        '宣传结构',
        '录用',
        '张三、李四',
        '2024-07-01',
      ],
    ];
    const { rules } = readRules({ 指标: grid }, shangjie());
    expect(rules.indicators).toEqual([
      {
        name: '宣传结构一',
        subject: { kind: 'person', unitType: '部机关科室' },
        metric: '录用',
        filter: {
          minLevel: '市级',
          tags: ['党报', '电视'],
          outlets: ['郑州日报', '中央电视台'],
          kinds: ['言论文章'],
          recipients: ['市委组织部'],
          modes: ['录用'],
          halfTags: ['条线简报'],
        },
        window: '每季',
        threshold: 2,
        distinct: true,
        group: '宣传结构',
        award: '录用',
        deemedMet: ['张三', '李四'],
        effectiveFrom: dayFromYmd(2024, 7, 1),
        sourceRow: 2,
        coauthors: '均分', // no 合作者 column
      },
    ]);
  });

  it('单位: 在岗月数 as one number for all, as a list, and too many months', () => {
    const grid: Grid = [
      ['单位', '类型', '人数', '在岗月数', '办公室', '一票否决', '负责人'],
      ['办公室', '部机关科室', 3, 12, '是', '', '王五'],
      ['组织科', '部机关科室', 3, '12、4', '', '√', ''],
      ['干部科', '部机关科室', 2, '12、12、12', '', '', ''],
      ['人才科', '部机关科室', 2, '13', '', '', ''],
      ['', '部机关科室', 2, '', '', '', ''],
      ['老干部科', '部机关科室', '两', '', '', '', ''],
    ];
    const { rules, errors } = readRules({ 单位: grid }, emptyRules());
    expect(rules.units).toEqual([
      {
        name: '办公室',
        type: '部机关科室',
        headcount: 3,
        monthsInPost: [12, 12, 12],
        isOffice: true,
        chief: '王五',
        veto: false,
      },
      {
        name: '组织科',
        type: '部机关科室',
        headcount: 3,
        monthsInPost: [12, 4],
        isOffice: false,
        chief: '',
        veto: true,
      },
    ]);
    expect(errors.map((e) => `${e.row}${e.column}`)).toEqual(['4在岗月数', '5在岗月数', '6单位', '7人数']);
    expect(errors[2].message).toBe('「单位」表第6行「单位」不能为空');
  });
});

describe('单位 在岗月数 written and read back', () => {
  it('a single month for one of several members is spelled out, the others at twelve', () => {
    const rules = emptyRules();
    rules.units = [
      {
        name: '组织科',
        type: '部机关科室',
        headcount: 3,
        monthsInPost: [3],
        isOffice: false,
        chief: '',
        veto: false,
      },
    ];
    const grids = rulesToGrids(rules);
    expect(grids.单位[1][3]).toBe('3、12、12');
    expect(readRules(grids, emptyRules()).rules.units[0].monthsInPost).toEqual([3, 12, 12]);
  });
});

describe('readRules: 设置', () => {
  const settingsGrid = (rows: [string, unknown][]): Grid => [['项目', '值', '说明'], ...(rows as Grid)];

  it('names what each setting accepts when its value cannot be read', () => {
    const cases: [string, string, string][] = [
      ['年度', '二〇二四', '应为数字，现为“二〇二四”'],
      ['年度', '24', '应为四位年份，现为“24”'],
      ['合作者分配', '三七', '无法识别“三七”，应为均分或3比2'],
      ['转报分成', '看情况', '应为比例，如0.2或20%，现为“看情况”'],
      ['转报分成', '3/2', '应在0到1之间，现为“3/2”'],
      [
        '三审把关',
        '要',
        '应为“是”或“否”，或要三审把关的媒体名称、标签，现为“要”（不是「媒体」表中的媒体或标签）',
      ],
      ['小数位', '1.5', '应为0到6的整数，现为“1.5”'],
      ['多次录用', '第一次', '无法识别“第一次”，应为全部、最高级别或两个最高级别'],
      ['系数上限', '0', '应大于0，现为“0”'],
      ['封顶分值', '-1', '应大于0，现为“-1”'],
      ['封顶周期', '年', '无法识别“年”，应为月或季'],
      ['佐证要求', '乡级', '无法识别“乡级”，应为区县级、市级、省级、中央级或空白'],
      ['迟报天数', '1.5天', '应为不小于0的整数，现为“1.5天”'],
      ['管理员', 'a@b.cn、张三', '“张三”不是邮箱地址'],
      ['保护方式', '宽松', '无法识别“宽松”，应为严格或仅警告'],
      ['转报最低级别', '乡级', '无法识别“乡级”，应为区县级、市级、省级、中央级'],
      ['排名方式', '混排', '无法识别“混排”，应为分类或合并'],
      ['个人表', '有', '无法识别“有”，应为显示或不显示'],
    ];
    for (const [key, value, problem] of cases) {
      const { errors } = readRules({ 设置: settingsGrid([[key, value]]) }, shangjie());
      expect(errors.map((e) => e.message)).toEqual([`「设置」表第2行「值」（${key}）${problem}`]);
    }
  });

  it('reads each choice in the other words offices use, full-width and spaced too', () => {
    const cases: [string, string, Partial<Settings>][] = [
      ['合作者分配', '３：２', { coauthorSplit: '3:2' }],
      ['多次录用', '最高', { multipleAdoption: '最高级别' }],
      ['多次录用', '两个最高', { multipleAdoption: '两个最高级别' }],
      ['封顶周期', ' 季度 ', { capPeriod: '季' }],
      ['保护方式', '警告', { warningOnlyProtection: true }],
      ['排名方式', '统一', { rankingMode: '合并' }],
      ['个人表', '隐藏', { showPeople: false }],
      ['佐证要求', '省级以上', { evidenceFrom: '省级' }],
      ['系数上限', '', { multiplierCap: null }],
      // 004 三审: only the outlets named, a 媒体 by its 别名 kept as its name, a 标签 as typed (audit s34 B-F2).
      ['三审把关', '上街党建网、组工信息', { reviewGate: ['上街区党建网', '组工信息'] }],
    ];
    const base = { ...shangjie(), settings: { ...shangjie().settings, multiplierCap: 3 } };
    for (const [key, value, expected] of cases) {
      const { rules, errors } = readRules({ 设置: settingsGrid([[key, value]]) }, base);
      expect(errors).toEqual([]);
      expect(rules.settings, `${key} ${value}`).toEqual({ ...base.settings, ...expected });
    }
  });

  it('overrides key by key and keeps the fallback for keys not listed', () => {
    const fallback = presetRules('部机关');
    const { rules, errors } = readRules(
      {
        设置: settingsGrid([
          ['转报分成', '1/4'],
          ['三审把关', '是'],
          ['奖金.录用', '300元'],
        ]),
      },
      fallback,
    );
    expect(errors).toEqual([]);
    expect(rules.settings).toEqual({
      ...fallback.settings,
      relayShare: 0.25,
      reviewGate: true,
      bonuses: { 录用: 300, 发稿: 100, 科室: 200 },
    });
  });

  it('reads 转报分成 as 0.2, 1/5 or 20%', () => {
    for (const v of [0.2, '0.2', '1/5', '20%', '２０％']) {
      const { rules, errors } = readRules({ 设置: settingsGrid([['转报分成', v]]) }, emptyRules());
      expect(errors).toEqual([]);
      expect(rules.settings.relayShare).toBeCloseTo(0.2, 12);
    }
  });

  it('reads every variant setting of RULES §8', () => {
    const { rules, errors } = readRules(
      {
        设置: settingsGrid([
          ['年度', 2025],
          ['预设', '本部办法'],
          ['合作者分配', '3:2'],
          ['小数位', 1],
          ['多次录用', '两个最高级别'],
          ['系数上限', 4],
          ['封顶分值', '100分'],
          ['封顶周期', '月'],
          ['佐证要求', '市级以上'],
          ['迟报天数', 7],
          ['管理员', 'a@x.cn、b@x.cn'],
          ['保护方式', '仅警告'],
          ['转报最低级别', '省级以上'],
          ['奖金.科室', 200],
          ['发文机关', '中共示例区委组织部'],
          ['文号', '示组通〔{年}〕{期}号'],
          ['联系人', '联系人：王五，电话：12345678'],
          ['存在问题', '一是报送不均衡。\n二是质量不高。'],
          ['排名方式', '合并排名'],
          ['个人表', '不显示'],
        ]),
      },
      presetRules('上街区'),
    );
    expect(errors).toEqual([]);
    expect(rules.settings).toEqual({
      year: 2025,
      preset: '本部办法',
      coauthorSplit: '3:2',
      relayShare: 0.2,
      relayMinLevel: '省级',
      ownDepartment: '',
      reviewGate: false,
      barUnits: true,
      decimals: 1,
      multipleAdoption: '两个最高级别',
      multiplierCap: 4,
      capPoints: 100,
      capPeriod: '月',
      evidenceFrom: '市级',
      lateDays: 7,
      bonuses: { 科室: 200 },
      editors: ['a@x.cn', 'b@x.cn'],
      warningOnlyProtection: true,
      // The 上街区 preset's 办法 and 主送 stay where the tab leaves them blank.
      method: '《上街区组工信息宣传工作考核办法》',
      issuer: '中共示例区委组织部',
      recipients: '各党（工）委，部机关各科室',
      docNumber: '示组通〔{年}〕{期}号',
      contact: '联系人：王五，电话：12345678',
      problems: '一是报送不均衡。\n二是质量不高。',
      nextSteps: '',
      rankingMode: '合并',
      showPeople: false,
    });
  });

  it('blank means "none" for optional limits', () => {
    const fallback = presetRules('上街区');
    fallback.settings.capPoints = 50;
    fallback.settings.lateDays = 3;
    const { rules } = readRules(
      {
        设置: settingsGrid([
          ['封顶分值', ''],
          ['迟报天数', ''],
        ]),
      },
      fallback,
    );
    expect(rules.settings.capPoints).toBeNull();
    expect(rules.settings.lateDays).toBeNull();
  });

  it('bad values name their cell and keep the fallback value; unknown keys are reported', () => {
    const { rules, errors } = readRules(
      {
        设置: settingsGrid([
          ['转报分成', '看情况'],
          ['三审把关', '也许'],
          ['多次录用', '随便'],
          ['颜色', '红'],
          ['管理员', '张三'],
        ]),
      },
      presetRules('上街区'),
    );
    expect(errors.map((e) => `${e.row}${e.column}`)).toEqual(['2值', '3值', '4值', '5项目', '6值']);
    expect(errors[0].message).toContain('「设置」表第2行「值」');
    expect(errors[3].message).toContain('无法识别“颜色”');
    expect(rules.settings.relayShare).toBe(0.2);
    expect(rules.settings.reviewGate).toBe(false);
    expect(rules.settings.multipleAdoption).toBe('全部');
  });
});

describe('指标 对象 syntax', () => {
  it.each([
    ['全部门', { kind: 'department' }],
    ['每个单位', { kind: 'everyUnit' }],
    ['全部单位', { kind: 'everyUnit' }],
    ['每人', { kind: 'person', unitType: '' }],
    ['每人:部机关科室', { kind: 'person', unitType: '部机关科室' }],
    ['每人：部机关科室', { kind: 'person', unitType: '部机关科室' }],
    ['部机关科室人员', { kind: 'person', unitType: '部机关科室' }],
    ['科室整体', { kind: 'team', unitType: '' }],
    ['科室:部机关科室', { kind: 'team', unitType: '部机关科室' }],
    ['乡镇街道', { kind: 'unitType', unitType: '乡镇街道' }],
    ['类型:全部门', { kind: 'unitType', unitType: '全部门' }],
    // The forms an office copies from a message (describeSubject) or writes with brackets (audit S23a F6).
    ['部机关科室每人', { kind: 'person', unitType: '部机关科室' }],
    ['每人（部机关科室）', { kind: 'person', unitType: '部机关科室' }],
    ['每人(部机关科室)', { kind: 'person', unitType: '部机关科室' }],
    ['部机关科室整体', { kind: 'team', unitType: '部机关科室' }],
    ['科室整体（部机关科室）', { kind: 'team', unitType: '部机关科室' }],
    ['各科室整体', { kind: 'team', unitType: '' }],
    ['类型（乡镇街道）', { kind: 'unitType', unitType: '乡镇街道' }],
    // A type with brackets of its own stays a type.
    ['乡镇（街道）', { kind: 'unitType', unitType: '乡镇(街道)' }],
  ])('%s', (text, subject) => {
    expect(parseSubject(text)).toEqual(subject);
  });

  it('reads back every subject as messages describe it', () => {
    for (const subject of [
      { kind: 'person' as const, unitType: '部机关科室' },
      { kind: 'team' as const, unitType: '部机关科室' },
      { kind: 'person' as const, unitType: '' },
      { kind: 'team' as const, unitType: '' },
    ]) {
      expect(parseSubject(describeSubject(subject))).toEqual(subject);
    }
  });

  it('writes a unit type that looks like a keyword with the 类型: prefix, so it reads back', () => {
    for (const unitType of ['全部门', '每人', '离退休人员', '科室', 'a:b', '乡镇街道']) {
      const subject = { kind: 'unitType' as const, unitType };
      expect(parseSubject(formatSubject(subject))).toEqual(subject);
    }
    expect(formatSubject({ kind: 'unitType', unitType: '乡镇街道' })).toBe('乡镇街道');
  });

  it('an unknown prefix is an error naming the cell', () => {
    const { errors } = readRules(
      {
        指标: [
          ['名称', '对象', '度量', '目标'],
          ['甲', '小组:一', '积分', 1],
        ],
      },
      emptyRules(),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ table: '指标', row: 2, column: '对象' });
  });
});

describe('rulesToGrids', () => {
  it('writes one header row with the canonical headers for every table', () => {
    const grids = rulesToGrids(shangjie());
    for (const [name, grid] of Object.entries(grids)) {
      expect(grid[0]).toEqual(TABLE_HEADERS[name as keyof typeof TABLE_HEADERS]);
      for (const row of grid) expect(row).toHaveLength(grid[0].length);
    }
  });

  it('marks the template preset values as 示例', () => {
    const grids = rulesToGrids(presetRules('类别'));
    const note = TABLE_HEADERS.计分.indexOf('备注');
    expect(grids.计分.slice(1).filter((r) => !String(r[note]).includes('示例'))).toEqual([]);
    const preset = grids.设置.find((r) => r[0] === '预设');
    expect(String(preset?.[1])).toContain('示例');
    expect(String(preset?.[2])).toContain('示例');
    expect(
      rulesToGrids(shangjie())
        .计分.slice(1)
        .filter((r) => r[note] !== ''),
    ).toEqual([]);
  });
});

describe('人数 out of all proportion', () => {
  it('is a rule error at its cell, not a loop over ten million members', () => {
    const units = [
      ['单位', '类型', '人数', '在岗月数'],
      ['组织科', '部机关科室', 10_000_000, 12],
    ];
    const { errors } = readRules({ 单位: units }, presetRules('部机关'));
    expect(errors.map((e) => e.message)).toContain('「单位」表第2行「人数」不能大于1000，现为“10000000”');
  });
});

describe('rule numbers beyond reason', () => {
  it('a 倍数 of 1e308 or 分值 of 2e6 is refused at its cell (no Infinity points)', () => {
    const multipliers = [
      ['名称', '条件', '取值', '倍数'],
      ['长文', '字数', 1000, 1e308],
    ];
    const points = rulesToGrids(presetRules('上街区')).计分.map((r) => [...r]);
    points[1][5] = 2_000_000;
    const { errors } = readRules({ 系数: multipliers, 计分: points }, presetRules('上街区'));
    expect(errors.map((e) => e.message)).toEqual([
      '「计分」表第2行「分值」超出合理范围（绝对值不超过1000000），现为“2000000”',
      '「系数」表第2行「倍数」超出合理范围（绝对值不超过1000000），现为“1e+308”',
    ]);
  });
});

// Audit s33 C-F4, C-F5: the refusals' advice fits the cell.
describe('「设置」 refusals say what to write', () => {
  it('年度 typed as a date: a year is asked for, not a decimal', () => {
    const { errors } = readRules(
      {
        设置: [
          ['项目', '值'],
          ['年度', new Date(2024, 0, 1)],
        ],
      },
      shangjie(),
    );
    expect(errors.map((e) => e.message)).toEqual([
      '「设置」表第2行「值」（年度）应为年份（如2024），现为日期“2024-01-01”',
    ]);
  });

  it('a 项目 typed twice is refused with 请只保留一行 (it used to say 以第一次为准 while refusing)', () => {
    const { errors } = readRules(
      {
        设置: [
          ['项目', '值'],
          ['年度', 2024],
          ['年度', 2025],
        ],
      },
      shangjie(),
    );
    expect(errors.map((e) => e.message)).toEqual(['「设置」表第3行「项目」“年度”与第2行重复，请只保留一行']);
  });
});
