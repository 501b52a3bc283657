// Audit S23b F1: 设置 values typed the way our own help said, into a Google Sheet. Sheets turns 1/4 (转报分成)
// into a date and 3:2 (合作者分配) into a time; the refusal said "应为比例，如0.2、1/5或20%，现为“2026-01-04”",
// advising the very form that breaks again. Now the help offers what a sheet keeps (0.2 / 20%, 3比2), and a
// value the sheet turned into a date or a time is said as that, with what to type instead.
import { describe, expect, it } from 'vitest';
import * as main from '../../src/addon/main';
import { runSetup } from '../../src/addon/setupLedger';
import { presetRules, readRules, rulesToGrids } from '../../src/core/rules';
import { evaluateFormula } from '../fakes/evaluate';
import { useFakeApps } from '../fakes/useFakeApps';
import { fixClock } from '../helpers/clock';

const fake = useFakeApps({ owner: 'owner@example.org' });
fixClock();

const settingsRow = (key: string) => {
  const sheet = fake.apps.spreadsheet._sheet('设置')!;
  const values = sheet.getRange(1, 1, sheet.getLastRow(), 2).getValues();
  return { sheet, row: values.findIndex((r) => r[0] === key) + 1 };
};
const ledgerCells = () => {
  const ledger = fake.apps.spreadsheet._sheet('稿件台账')!;
  const n = ledger.getLastColumn();
  let formula = '';
  for (let c = 1; c <= n && formula === ''; c++) formula = ledger._peek(1, c)?.f ?? '';
  return evaluateFormula(fake.apps.spreadsheet, ledger, formula, main as never);
};

describe('设置 typed in the sheet', () => {
  it('转报分成 typed 1/4 becomes a date: every computed cell says so and what to type; 25% scores', () => {
    runSetup();
    const ledger = fake.apps.spreadsheet._sheet('稿件台账')!;
    ledger.getRange(2, 1, 1, 2).setValues([['一篇稿件', '张三']]);
    const { sheet, row } = settingsRow('转报分成');
    sheet.getRange(row, 2).setValue('1/4'); // as typed: Sheets keeps the date 1月4日
    expect(sheet.getRange(row, 2).getValue()).toBeInstanceOf(Date);
    const said = String(ledgerCells()[1][0]);
    expect(said).toContain('「设置」表');
    expect(said).toContain('（转报分成）应为比例，现为日期');
    expect(said).toContain('表格把输入的分数（如1/4）识别成了日期，请写作0.25或25%');
    expect(said).not.toContain('1/5');
    sheet.getRange(row, 2).setValue('25%');
    expect(String(ledgerCells()[1][2])).not.toContain('规则表有误');
  });

  it('the help cells 初始化台账 writes offer only what a sheet keeps as typed', () => {
    runSetup();
    const sheet = fake.apps.spreadsheet._sheet('设置')!;
    const text = sheet
      .getDataRange()
      .getValues()
      .map((r) => r.join('|'))
      .join('\n');
    expect(text).toContain('可写0.2或20%（在表格中直接输入1/5会被识别为日期）');
    expect(text).toContain('均分（各一半）或 3比2');
    expect(text).not.toMatch(/或 3:2/);
  });
});

describe('合作者分配 and 转报分成 as the reader takes them', () => {
  const read = (key: string, value: unknown) => {
    const grid = rulesToGrids(presetRules('上街区')).设置!.map((r) => [...r]);
    grid.find((r) => r[0] === key)![1] = value as string;
    return readRules({ 设置: grid }, presetRules('上街区'));
  };

  it('3比2, 3:2 and ３：２ are the 3:2 split; 3比2 is how it is written', () => {
    for (const v of ['3比2', '3:2', '３：２'])
      expect(read('合作者分配', v).rules.settings.coauthorSplit).toBe('3:2');
    const written = rulesToGrids({
      ...presetRules('上街区'),
      settings: { ...presetRules('上街区').settings, coauthorSplit: '3:2' },
    });
    expect(written.设置!.find((r) => r[0] === '合作者分配')![1]).toBe('3比2');
  });

  it('a time in 合作者分配 (3:2 typed) and a date in 转报分成 (1/4 typed) are said as such', () => {
    const time = read('合作者分配', new Date(1899, 11, 30, 3, 2));
    expect(time.errors.map((e) => e.message).join('')).toContain(
      '表格把输入的比值（如3:2）识别成了时间，请写作“3比2”',
    );
    const date = read('转报分成', new Date(2026, 0, 4));
    expect(date.errors.map((e) => e.message).join('')).toContain(
      '表格把输入的分数（如1/4）识别成了日期，请写作0.25或25%',
    );
    expect(read('转报分成', '1/4').rules.settings.relayShare).toBe(0.25);
  });
});

describe('a fraction a sheet turned into a date, in any rule number', () => {
  it('计分 分值 and 系数 倍数 typed 1/2 say what happened and to type 0.5', () => {
    const grids = rulesToGrids(presetRules('上街区'));
    const points = grids.计分!.map((r) => [...r]);
    points[1][points[0].indexOf('分值')] = new Date(2026, 0, 2) as never;
    const { errors } = readRules({ 计分: points }, presetRules('上街区'));
    expect(errors[0].message).toContain(
      '「分值」应为数字，现为日期“2026-01-02”：表格把输入的分数（如1/2）识别成了日期，请写作小数（如0.5）',
    );
  });
});
