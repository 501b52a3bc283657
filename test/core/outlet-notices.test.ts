// What 校验 says of a 媒体 the 媒体 table does not hold (sweep s25a F1, F2, F5): two table outlets in one cell, a
// table outlet under decoration (edition, bracketed note, brackets, punctuation, 社), and an unknown outlet scored
// by its 级别 that counts toward no 指标 filtered by 媒体 or 标签. Scoring itself is unchanged.
import { describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/core/ledger';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import type { Rules } from '../../src/core/types';
import { adoption, ledgerGrid, type RowSpec } from '../helpers/ledger';

function score(rows: RowSpec[], rules: Rules = presetRules('上街区')) {
  return scoreLedger(parseLedger(ledgerGrid(rows)), rules).rows;
}

const TODO = '请改为「媒体」表中的名称，或在「媒体」表中添加该媒体（或别名）';
const ONE_A_ROW = '一行只计一个媒体的录用，请每个媒体各占一行（001 §三.8）';

describe('two table outlets in one 媒体 cell (s25a F1)', () => {
  it('says they are two outlets, one a row; scores by 级别 once, or not at all', () => {
    const cells: [string, string, number, string][] = [
      [
        '人民日报、光明日报',
        '中央级',
        30,
        `媒体“人民日报、光明日报”是两个媒体：${ONE_A_ROW}，本行按所填级别计一次`,
      ],
      ['人民日报、河南日报', '', 0, `媒体“人民日报、河南日报”是两个媒体：${ONE_A_ROW}，本行暂不计分`],
      ['人民日报；光明日报', '', 0, `媒体“人民日报；光明日报”是两个媒体：${ONE_A_ROW}，本行暂不计分`],
      ['人民日报 光明日报', '', 0, `媒体“人民日报 光明日报”是两个媒体：${ONE_A_ROW}，本行暂不计分`],
      ['人民日报/光明日报', '', 0, `媒体“人民日报/光明日报”是两个媒体：${ONE_A_ROW}，本行暂不计分`],
      [
        '人民日报，光明日报，河南日报',
        '省级',
        10,
        `媒体“人民日报，光明日报，河南日报”是三个媒体：${ONE_A_ROW}，本行按所填级别计一次`,
      ],
    ];
    const rows = score(cells.map(([媒体, 级别], i) => adoption({ 标题: `t${i}`, 媒体, 级别 })));
    expect(rows.map((r) => [r.points, r.issues])).toEqual(cells.map(([, , p, m]) => [p, [m]]));
  });

  it('a cell with a part not in the table is an unknown outlet as before', () => {
    const [r] = score([adoption({ 媒体: '人民日报、某某晚报', 级别: '' })]);
    expect(r.points).toBe(0);
    expect(r.issues).toEqual([
      `媒体“人民日报、某某晚报”不在「媒体」表中，且未填级别，无法计分。${TODO}，或填写级别`,
    ]);
  });
});

describe('an unknown outlet: what to do, and the table outlet a decorated name stands for (s25a F2)', () => {
  const NO_LEVEL = '不在「媒体」表中，且未填级别，无法计分。';
  it('names the outlet under an edition, a note, brackets, punctuation or 社; 版面 to its column', () => {
    const cells: [string, string][] = [
      ['人民日报头版', '是否为“人民日报”？版面请填入“版面”列。'],
      ['人民日报第3版', '是否为“人民日报”？版面请填入“版面”列。'],
      ['人民日报3版', '是否为“人民日报”？版面请填入“版面”列。'],
      ['人民日报理论版', '是否为“人民日报”？版面请填入“版面”列。'],
      ['河南日报要闻版', '是否为“河南日报”？版面请填入“版面”列。'],
      ['《人民日报》头版头条', '是否为“人民日报”？版面请填入“版面”列。'],
      ['人民日报（转载）', '是否为“人民日报”？'],
      ['人民日报(摘编)', '是否为“人民日报”？'],
      ['【人民日报】', '是否为“人民日报”？'],
      ['[人民日报]', '是否为“人民日报”？'],
      ['人民日报。', '是否为“人民日报”？'],
      ['郑州日报社', '是否为“郑州日报”？'],
      ['《河南组工信息》（省委组织部）', '是否为“河南组工信息”？'],
      ['人民日报（头版）', '是否为“人民日报”？版面请填入“版面”列。'],
      ['《组工通讯》（中组部）', '是否为“组工通讯”？'],
      // A note naming another level's body: 组工通讯 of the table is 中组部's (中央级), not the province's.
      ['《组工通讯》（省委组织部）', ''],
    ];
    const rows = score(cells.map(([媒体], i) => adoption({ 标题: `t${i}`, 媒体, 级别: '' })));
    expect(rows.map((r) => [r.points, r.issues])).toEqual(
      cells.map(([c, hint]) => [0, [`媒体“${c}”${NO_LEVEL}${hint}${TODO}，或填写级别`]]),
    );
  });

  it('never takes another outlet (客户端, 网, 号 …) for the paper: what to do only', () => {
    const cells = [
      '人民日报客户端',
      '人民网',
      '新华社客户端',
      '人民日报（客户端）',
      '人民日报微信公众号',
      '某某晚报',
    ];
    const rows = score(cells.map((媒体, i) => adoption({ 标题: `t${i}`, 媒体, 级别: '' })));
    expect(rows.map((r) => r.issues)).toEqual(cells.map((c) => [`媒体“${c}”${NO_LEVEL}${TODO}，或填写级别`]));
  });

  it('with 级别 filled: scored by it, the advice without 填写级别', () => {
    const [r] = score([adoption({ 媒体: '人民日报头版', 级别: '中央级' })]);
    expect(r.points).toBe(30);
    expect(r.issues).toEqual([
      `媒体“人民日报头版”不在「媒体」表中，按所填级别计分。是否为“人民日报”？版面请填入“版面”列。${TODO}`,
    ]);
  });
});

describe('an unknown outlet scored by 级别 names the 媒体/标签 指标 it misses (s25a F5)', () => {
  // 信息调研科 (部机关科室): 省委组织部录用 counts its 省级 adoptions tagged 省组工信息 (001 §五.3).
  it('for the unit whose task it is, of the level the task’s outlets have', () => {
    const rows = score([
      adoption({ 标题: 'a', 单位: '信息调研科', 媒体: '《河南组工信息》（省委组织部）', 级别: '省级' }),
      adoption({ 标题: 'b', 单位: '信息调研科', 媒体: '河南省委组织部组工信息', 级别: '省级' }),
      // Another level: no 省组工信息 outlet is 市级, so no task is missed.
      adoption({ 标题: 'c', 单位: '信息调研科', 媒体: '某某晚报', 级别: '市级' }),
      // Another unit: no such task.
      adoption({ 标题: 'd', 单位: '峡窝镇党委', 媒体: '河南省委组织部组工信息', 级别: '省级' }),
    ]);
    expect(rows.map((r) => r.points)).toEqual([10, 10, 5, 10]);
    expect(rows.map((r) => r.issues)).toEqual([
      [
        `媒体“《河南组工信息》（省委组织部）”不在「媒体」表中，按所填级别计分；不计入按媒体统计的指标“省委组织部录用”。是否为“河南组工信息”？${TODO}`,
      ],
      [
        `媒体“河南省委组织部组工信息”不在「媒体」表中，按所填级别计分；不计入按媒体统计的指标“省委组织部录用”。${TODO}`,
      ],
      [`媒体“某某晚报”不在「媒体」表中，按所填级别计分。${TODO}`],
      [`媒体“河南省委组织部组工信息”不在「媒体」表中，按所填级别计分。${TODO}`],
    ]);
  });
});

describe('F5 under the 部机关 preset: a person’s tasks by outlet name', () => {
  it('names the tasks of the author’s 科室 that count 省级 outlets by name', () => {
    const [r] = score(
      [
        adoption({
          单位: '组织科',
          作者: '张三',
          类别: '宣传报道',
          媒体: '新华日报头版',
          级别: '省级',
          录用日期: '2024-05-06',
        }),
      ],
      presetRules('部机关'),
    );
    expect(r.points).toBe(10);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatch(
      /^媒体“新华日报头版”不在「媒体」表中，按所填级别计分；不计入按媒体统计的指标.*“新华日报或省电视台”/,
    );
    expect(r.issues[0]).not.toMatch(/组工信息专报|本地媒体宣传/);
    expect(r.issues[0]).toMatch(/是否为“新华日报”？版面请填入“版面”列。/);
  });
});
