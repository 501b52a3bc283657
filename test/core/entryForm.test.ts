// The 录入稿件 form's checks as a table (core/entryForm.ts): every branch that blocks a row or warns,
// each with the exact message the user reads beside the field.
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../src/core/dates';
import {
  BAD_NUMBER,
  canonicalText,
  ENTRY_FIELDS,
  type EntryText,
  MAX_FIELD_CHARS,
  normalizeForm,
  readAuthors,
  unsaidWarnings,
  validateForm,
} from '../../src/core/entryForm';
import { presetRules } from '../../src/core/rules';

const rules = presetRules('上街区');

/** A clean submission (报送) of 峡窝镇党委: no error, no warning. */
const BASE = { 标题: '新稿件', 作者: '张三', 单位: '峡窝镇党委', 报送日期: '2024-06-03' };
const ADOPTED = { ...BASE, 媒体: '河南日报', 录用日期: '2024-06-10' };

function check(form: Record<string, unknown>, unitsFromTable = true) {
  return validateForm(normalizeForm(form).text, rules, unitsFromTable);
}

describe('录入稿件 validation: a clean form passes', () => {
  it.each([
    ['a submission', BASE],
    ['an adoption', ADOPTED],
    ['an adoption of an outlet not in 媒体 with a 级别', { ...ADOPTED, 媒体: '某某周刊', 级别: '市级' }],
    ['a relay to a 部机关科室', { ...ADOPTED, 对口处室: '信息调研科' }],
    ['aliases (央视, 采用, 省领导)', { ...ADOPTED, 媒体: '央视', 采用方式: '采用', 领导批示: '省领导' }],
  ])('%s', (_, form) => {
    expect(check(form)).toEqual({ fieldErrors: {}, warnings: [] });
  });
});

describe('录入稿件 validation: each refusal, beside its field', () => {
  const long = 'x'.repeat(MAX_FIELD_CHARS + 1);
  it.each<[string, Record<string, unknown>, Record<string, string>]>([
    ['no 标题', { ...BASE, 标题: '' }, { 标题: '请填写标题' }],
    ['a 标题 of only spaces', { ...BASE, 标题: '   ' }, { 标题: '请填写标题' }],
    [
      'an over-long 标题',
      { ...BASE, 标题: long },
      { 标题: `内容过长（${MAX_FIELD_CHARS + 1} 字），请精简到 ${MAX_FIELD_CHARS} 字以内` },
    ],
    [
      'an over-long 备注',
      { ...BASE, 备注: long },
      { 备注: `内容过长（${MAX_FIELD_CHARS + 1} 字），请精简到 ${MAX_FIELD_CHARS} 字以内` },
    ],
    ['no 单位', { ...BASE, 单位: '' }, { 单位: '请选择单位' }],
    [
      'a 单位 not in the 单位 table',
      { ...BASE, 单位: '不存在的单位' },
      { 单位: '单位“不存在的单位”不在「单位」表中' },
    ],
    ['an unknown 采用方式', { ...BASE, 采用方式: '转载' }, { 采用方式: '采用方式应为 录用、综合 或 报送' }],
    ['an unknown 级别', { ...ADOPTED, 级别: '国际级' }, { 级别: '级别应为 区县级、市级、省级 或 中央级' }],
    [
      'an impossible 报送日期',
      { ...BASE, 报送日期: '2024-02-30' },
      { 报送日期: '日期无效，请按“年-月-日”填写完整' },
    ],
    [
      'a half-typed 录用日期',
      { ...ADOPTED, 录用日期: '无效日期' },
      { 录用日期: '日期无效，请按“年-月-日”填写完整' },
    ],
    [
      'an impossible 事件日期',
      { ...BASE, 事件日期: '2024-13-01' },
      { 事件日期: '日期无效，请按“年-月-日”填写完整' },
    ],
    ['a submission with no date at all', { ...BASE, 报送日期: '' }, { 报送日期: '请填写报送日期' }],
    ['an adoption with no 录用日期', { ...ADOPTED, 录用日期: '' }, { 录用日期: '录用稿件请填写录用日期' }],
    [
      'a 综合 adoption with neither 录用日期 nor 媒体',
      { ...BASE, 采用方式: '综合' },
      { 录用日期: '综合稿件请填写录用日期', 媒体: '综合稿件请填写媒体' },
    ],
    [
      'an outlet not in 媒体 and no 级别',
      { ...ADOPTED, 媒体: '某某周刊' },
      { 媒体: '媒体“某某周刊”不在「媒体」表中：请从列表选择，或填写级别' },
    ],
    // The 校验 column's words (ledgerRow.ts number()): the preview shows those, so the refusal says the same.
    ['a negative 字数', { ...ADOPTED, 字数: '-5' }, { 字数: '字数不能为负数' }],
    ['字数 1e4 (a number input accepts it)', { ...ADOPTED, 字数: '1e4' }, { 字数: '字数“1e4”不是数字' }],
    [
      'a number input holding text the browser cannot read (the page’s marker)',
      { ...ADOPTED, 字数: BAD_NUMBER },
      { 字数: '字数中有无法识别的字符，请只填写数字' },
    ],
    [
      'a 时长 that is not a number',
      { ...ADOPTED, '时长(分钟)': '两分钟' },
      { '时长(分钟)': '时长(分钟)“两分钟”不是数字' },
    ],
    [
      'an unknown 领导批示',
      { ...ADOPTED, 领导批示: '书记圈阅' },
      { 领导批示: '领导批示应为 国家、省 或 市' },
    ],
    [
      'a 对口处室 not in the 单位 table',
      { ...ADOPTED, 对口处室: '宣传科' },
      { 对口处室: '“宣传科”不在「单位」表中' },
    ],
    [
      'the unit itself as 对口处室',
      { ...ADOPTED, 单位: '组织科', 对口处室: '组织科' },
      { 对口处室: '对口处室不能是本单位' },
    ],
    [
      'a 对口处室 that is no 部机关科室',
      { ...ADOPTED, 对口处室: '济源路街道党工委' },
      { 对口处室: '对口处室应为部机关科室，“济源路街道党工委”不是' },
    ],
  ])('%s', (_, form, fieldErrors) => {
    expect(check(form)).toEqual({ fieldErrors, warnings: [] });
  });
});

describe('录入稿件 validation: a unit’s former name (单位 别名)', () => {
  it('names the unit it now is, instead of saying it is not in the table', () => {
    const renamed = {
      ...rules,
      units: rules.units.map((u, i) => (i === 0 ? { ...u, aliases: ['旧名党委'] } : u)),
    };
    const { fieldErrors } = validateForm(normalizeForm({ ...BASE, 单位: '旧名党委' }).text, renamed, true);
    expect(fieldErrors.单位).toBe(
      `“旧名党委”是单位“${rules.units[0].name}”的别名（「单位」表），请选择“${rules.units[0].name}”`,
    );
  });
});

describe('录入稿件 validation: warnings that let the row through', () => {
  it.each<[string, Record<string, unknown>, boolean, string[]]>([
    [
      '录用日期 before 报送日期',
      { ...ADOPTED, 报送日期: '2024-06-20' },
      true,
      ['录用日期 2024-06-10 早于报送日期 2024-06-20，请核对'],
    ],
    [
      'a unit the preset lacks while the 单位 tab is empty',
      { ...BASE, 单位: '新成立的党委' },
      false,
      ['单位“新成立的党委”不在预设的单位名单中，请在「单位」表中补充'],
    ],
  ])('%s', (_, form, unitsFromTable, warnings) => {
    expect(check(form, unitsFromTable)).toEqual({ fieldErrors: {}, warnings });
  });
});

describe('录入稿件 form normalization', () => {
  it('reads anything malformed as blank fields, never a crash', () => {
    const blank = Object.fromEntries(ENTRY_FIELDS.map((f) => [f, ''])) as EntryText;
    for (const junk of [null, undefined, 42, 'text', [], { 标题: { nested: true }, 作者: [1, null] }]) {
      expect(normalizeForm(junk)).toEqual({ text: blank, authors: [], notes: [] });
    }
  });

  it('takes none of the reviewers’ columns: staff do not approve or score their own rows', () => {
    const { text } = normalizeForm({ 标题: '稿', 审核状态: '终审', 核定: '倒扣', 调整分: 5, 调整理由: '好' });
    expect(Object.keys(text).filter((k) => ['审核状态', '核定', '调整分', '调整理由'].includes(k))).toEqual(
      [],
    );
  });

  it('joins chips and typed names into one 作者 text', () => {
    expect(normalizeForm({ 作者: ['张三', '李四、王五'] })).toMatchObject({
      text: { 作者: '张三、李四、王五' },
      authors: ['张三', '李四', '王五'],
    });
  });

  it('stores the canonical word of each alias', () => {
    const { text } = normalizeForm({
      ...ADOPTED,
      媒体: '央视',
      采用方式: '采用',
      级别: '国家级',
      领导批示: '省领导',
    });
    const stored = canonicalText(text, rules);
    expect([stored.媒体, stored.采用方式, stored.级别, stored.领导批示]).toEqual([
      '中央电视台',
      '录用',
      '中央级',
      '省',
    ]);
  });

  it("stores 无 as no 领导批示 and a 区/县 leader's as 区县 (S26d F7), refused by none", () => {
    for (const [written, stored] of [
      ['无', ''],
      ['县领导', '区县'],
    ]) {
      const { text } = normalizeForm({ ...ADOPTED, 领导批示: written });
      expect(check({ ...ADOPTED, 领导批示: written }).fieldErrors).toEqual({});
      expect(canonicalText(text, rules).领导批示).toBe(stored);
    }
  });
});

describe('录入稿件 validation: a year typed wrong warns as the report would flag it', () => {
  const today = dayFromYmd(2024, 6, 12);
  const warn = (form: Record<string, unknown>) =>
    validateForm(normalizeForm(form).text, rules, true, today).warnings;

  it('a date more than a month ahead, or years back, is a warning naming the field and the day', () => {
    expect(warn({ ...BASE, 报送日期: '2031-12-01' })).toEqual([
      '报送日期 2031-12-01 晚于今天一个多月，可能填错了年份（通报中将暂不计分）',
    ]);
    expect(warn({ ...ADOPTED, 报送日期: '1999-12-01', 录用日期: '2024-06-10' })).toEqual([
      '报送日期 1999-12-01 早于今年两年以上，请核对年份',
    ]);
    expect(warn(ADOPTED)).toEqual([]);
    expect(warn({ ...BASE, 报送日期: '2024-07-10' })).toEqual([]);
  });
});

describe('录入稿件 authors: read as the ledger reads 作者 (README "Names")', () => {
  const ETC = '作者以“等”结尾：已去掉“等”，只按列出的作者计任务';
  const PAIRED = (shown: string) =>
    `作者是空格隔开的单字，已按每两字一人读取为“${shown}”；如不是两字的姓名，请去掉姓名内的空格，姓名之间用“、”分隔`;
  it.each<[string, string[], string[], string[]]>([
    ['a half-width spaced name', ['王 芳'], ['王芳'], []],
    ['a full-width spaced name', ['王　芳'], ['王芳'], []],
    ['four spaced single characters', ['王　芳 李　四'], ['王芳', '李四'], [PAIRED('王芳、李四')]],
    ['a trailing 等 after a space', ['王芳、李四，张三, 王芳 等'], ['王芳', '李四', '张三'], [ETC]],
    ['等 as a chip of its own', ['张三', '等'], ['张三'], [ETC]],
    ['chips with a note in brackets', ['付璐（执笔）', '张三'], ['付璐', '张三'], []],
    ['names once', ['张三', '张三、李四'], ['张三', '李四'], []],
  ])('%s', (_, typed, names, notes) => {
    expect(readAuthors(typed)).toEqual({ names, notes });
  });
});

describe('录入稿件 warnings the 校验 text already says', () => {
  it('drops a warning naming the same field and day as an issue, keeping the others', () => {
    const warnings = [
      '录用日期 2024-06-03 早于报送日期 2024-06-10，请核对',
      '报送日期 1999-12-01 早于今年两年以上，请核对年份',
      '单位“新成立的党委”不在预设的单位名单中，请在「单位」表中补充',
    ];
    const issues = [
      '录用日期 2024-06-03 早于报送日期 2024-06-10，请核对',
      '报送日期 1999-12-01 比台账多数行所在的2024年早两年以上，可能填错了年份，暂不计分',
    ];
    expect(unsaidWarnings(warnings, issues)).toEqual([warnings[2]]);
    expect(unsaidWarnings(warnings, [])).toEqual(warnings);
  });
});
