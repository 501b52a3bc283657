// 版面 compared as written (audit S20w F9, F10): the ledger's 版面 and the rule tables' 版面 words through one
// normaliser, and a ledger 版面 near a rule word but none of them told in a notice, not guessed.
import { describe, expect, it } from 'vitest';
import { type Assessment, assess } from '../../src/core/index';
import { placementKey, placementList } from '../../src/core/placement';
import { presetRules, rulesToGrids } from '../../src/core/rules';
import type { Grid, Notice } from '../../src/core/types';
import { adoption, ledgerGrid } from '../helpers/ledger';

/** 郑州日报 is 市级 in the 上街区 preset: 录用 5 points. */
const piece = (title: string, placement: string) => adoption({ 标题: title, 版面: placement });

/** The 上街区 preset's tables with rows added to 计分 / 系数 (cells in their header order). */
function tables(extra: { 计分?: string[][]; 系数?: string[][] }): Record<string, Grid> {
  const grids = rulesToGrids(presetRules('上街区')) as Record<string, Grid>;
  const out: Record<string, Grid> = {};
  for (const name of ['计分', '系数'] as const) {
    const header = grids[name][0] as string[];
    const rows = (extra[name] ?? []).map((r) => header.map((_, k) => r[k] ?? ''));
    out[name] = [...grids[name], ...rows];
  }
  return out;
}

function run(rows: ReturnType<typeof piece>[], extra: { 计分?: string[][]; 系数?: string[][] }): Assessment {
  return assess({ ledger: ledgerGrid(rows), tables: tables(extra), preset: '上街区' });
}

const points = (a: Assessment) => a.scored.rows.map((r) => r.points);
const notices = (a: Assessment): Notice[] =>
  (a.parsed.notices ?? []).filter((n) => n.code === 'placement-not-in-rules');

/** 系数 名称 条件 取值 倍数 适用方式 分组. */
const frontPage = (values: string) => ['头版头条', '版面', values, '2', '录用', '版面'];

describe('placementKey: one form for both sides', () => {
  it.each([
    ['头版头条', '头版头条'],
    ['１版头条', '头版头条'],
    ['头版 头条', '头版头条'],
    ['头版　头条', '头版头条'],
    ['头版头条（A1版）', '头版头条'],
    ['头版头条(A1)', '头版头条'],
    ['【要闻】头版头条', '头版头条'],
    ['头版、头条', '头版头条'],
    ['头版，头条', '头版头条'],
    ['头版·头条', '头版头条'],
    ['头版/头条', '头版头条'],
    ['（头版）', '头版'],
    ['', ''],
  ])('%j → %j', (text, key) => {
    expect(placementKey(text)).toBe(key);
  });

  it('a 系数 版面 取值 is split on 、，,；; only, never on a space', () => {
    expect(placementList('头版 头条、二版；三版,四版')).toEqual(['头版 头条', '二版', '三版', '四版']);
  });
});

describe('the ledger side (F9)', () => {
  it('a 版面 with a note, spaces, a joiner or in full width takes the ×2 of 头版头条', () => {
    const a = run(
      [
        piece('一', '头版头条'),
        piece('二', '头版头条（A1版）'),
        piece('三', '头版、头条'),
        piece('四', '头版 头条'),
        piece('五', '头版头条(A1)'),
        piece('六', '第3版'),
      ],
      { 系数: [frontPage('头版头条')] },
    );
    expect(points(a)).toEqual([10, 10, 10, 10, 10, 5]);
    // What a row says it was scored by names the rule; its 版面 cell stays as typed.
    expect(a.scored.rows[1].why).toBe('市级录用 5 ×2（头版头条） = 10');
    expect(a.parsed.rows[1].placement).toBe('头版头条（A1版）');
    expect(notices(a)).toEqual([]);
  });

  it('a near miss (2版头条, 头版右上) is told in a notice naming its rows; 第3版 and 要闻 are not', () => {
    // 1版头条 and A1版头条 are 头版头条 (sweep S21c F1: 1版 and A1 are 头版), no near miss any more.
    const a = run(
      [
        piece('一', '头版头条'),
        piece('二', '１版头条'),
        piece('三', '第3版'),
        piece('四', '2版头条'),
        piece('五', '要闻'),
        piece('六', 'A1版头条'),
        piece('七', '头版右上'),
      ],
      { 系数: [frontPage('头版头条')] },
    );
    expect(points(a)).toEqual([10, 10, 5, 5, 5, 10, 5]);
    const column = String.fromCharCode(65 + (a.parsed.columns.版面 as number));
    expect(notices(a).map((n) => [n.row, n.column, n.message])).toEqual([
      [5, column, `${column}列「版面」中的“2版头条”（第5行）不是计分规则中的版面（头版头条），未按版面计分`],
      [8, column, `${column}列「版面」中的“头版右上”（第8行）不是计分规则中的版面（头版头条），未按版面计分`],
    ]);
  });

  it('rules with no 版面 word: nothing is told', () => {
    const a = run([piece('一', '2版头条')], {});
    expect(points(a)).toEqual([5]);
    expect(notices(a)).toEqual([]);
  });
});

describe('the rule side (F10)', () => {
  it('a 计分 版面 written with a space (头版 头条) scores a ledger 头版头条', () => {
    const a = run([piece('一', '头版头条'), piece('二', '二版')], {
      计分: [['录用', '市级', '', '', '头版 头条', '8']],
    });
    expect(points(a)).toEqual([8, 5]);
  });

  it('a 系数 取值 written with a space is one 版面, not 头版 and 头条', () => {
    const a = run([piece('一', '头版头条'), piece('二', '头版'), piece('三', '头条')], {
      系数: [frontPage('头版 头条')],
    });
    expect(points(a)).toEqual([10, 5, 5]);
  });

  it('two 计分 rows for one 版面 spelt two ways with different values are a rule error', () => {
    const a = run([piece('一', '头版头条')], {
      计分: [
        ['录用', '市级', '', '', '头版 头条', '8'],
        ['录用', '市级', '', '', '头版头条', '9'],
      ],
    });
    expect(a.ruleErrors.map((e) => e.table)).toEqual(['计分']);
  });
});
