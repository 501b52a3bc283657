// A formula's error value (#N/A from a lookup, LibreOffice's Err:502) or a formula saved without its result in a
// cell that names a unit, a person, a recipient or a kind names nothing: the row says which cell, as 单位 and
// 作者 do (audit S26c F1, F5, F11.2). A 类别 the rules cannot place is said whenever any rule reads 类别.
import { describe, expect, it } from 'vitest';
import { parseDay } from '../../src/core/dates';
import { assess } from '../../src/core/index';
import { parseLedger } from '../../src/core/ledger';
import { UNCALCULATED } from '../../src/core/text';
import { inferUnits } from '../../src/sheets/run';
import { adoption, ledgerGrid, submission } from '../helpers/ledger';

const END = parseDay('2024-12-31') as number;

describe('对口处室 holding an error value or a formula without its result', () => {
  const grid = ledgerGrid([
    adoption({ 标题: 'a', 单位: '峡窝镇党委', 对口处室: '#N/A' }),
    adoption({ 标题: 'b', 单位: '中心路街道党工委', 对口处室: UNCALCULATED }),
    adoption({ 标题: 'c', 单位: '峡窝镇党委', 对口处室: 'Err:502' }),
    adoption({ 标题: 'd', 单位: '中心路街道党工委', 对口处室: '组织科' }),
  ]);

  it('is no unit of a ledger without a 单位 table (never ranked, never 末位)', () => {
    expect(inferUnits(parseLedger(grid), []).units.map((u) => u.name)).toEqual([
      '峡窝镇党委',
      '中心路街道党工委',
      '组织科',
    ]);
  });

  it('gives the row the error-value issue; the placeholder is never quoted as the cell text', () => {
    const rows = parseLedger(grid).rows;
    expect(rows.map((r) => r.relayOffice)).toEqual(['', '', '', '组织科']);
    expect(rows[0].issues).toEqual([
      '对口处室“#N/A”是公式的错误值，本行不计转报分成：请修正公式，重新计算并保存',
    ]);
    expect(rows[2].issues).toEqual([
      '对口处室“Err:502”是公式的错误值，本行不计转报分成：请修正公式，重新计算并保存',
    ]);
    expect(rows[1].issues[0]).toMatch(/^对口处室是公式，但文件中没有保存它的计算结果/);
    const a = assess({ ledger: grid }, { asOf: END });
    for (const r of a.scored.rows) for (const m of r.issues) expect(m).not.toContain(UNCALCULATED);
    expect(a.scored.rows.map((r) => r.issues.filter((m) => m.includes('部机关科室')))).toEqual([
      [],
      [],
      [],
      [],
    ]);
  });
});

describe('报送对象 holding an error value', () => {
  it('says the formula is broken, not that the recipient is no quota’s', () => {
    const a = assess({ ledger: ledgerGrid([submission({ 报送对象: '#N/A' })]) }, { asOf: END });
    expect(a.scored.rows[0].issues).toEqual([
      '报送对象“#N/A”是公式的错误值，不计入报送任务：请修正公式，重新计算并保存',
    ]);
  });
});

describe('a number column holding an error value (F11.2)', () => {
  it('says the formula is broken, not that the cell is no number', () => {
    const rows = parseLedger(
      ledgerGrid([
        adoption({ 标题: 'a', 字数: '#DIV/0!' }),
        adoption({ 标题: 'b', 字数: '', '时长(分钟)': '#N/A' }),
        adoption({ 标题: 'c', 调整分: 'Err:502', 调整理由: '加分' }),
      ]),
    ).rows;
    // A length holds only its ×3: the row's base points stand (audit s33 B-F3).
    expect(rows.map((r) => [r.blocked, r.issues])).toEqual([
      [false, ['字数“#DIV/0!”是公式的错误值，未按其加倍：请修正公式，重新计算并保存']],
      [false, ['时长(分钟)“#N/A”是公式的错误值，未按其加倍：请修正公式，重新计算并保存']],
      [false, ['调整分“Err:502”是公式的错误值，暂不计入：请修正公式，重新计算并保存']],
    ]);
  });
});

describe('类别 under rules that count 类别 in 指标 only (部机关: no 类别 rows in 计分)', () => {
  const run = (kind: string) =>
    assess(
      {
        ledger: ledgerGrid([
          submission({ 标题: '调研一篇', 作者: '张伟', 单位: '干部科', 类别: kind, 报送对象: '市委组织部' }),
        ]),
        preset: '部机关',
      },
      { asOf: END },
    ).scored.rows[0].issues;

  it.each(['#N/A', 'Err:502', '#VALUE!'])('the error value %s is said as one', (kind) => {
    expect(run(kind)).toEqual([`类别“${kind}”是公式的错误值，本行按未填类别计：请修正公式，重新计算并保存`]);
  });

  it('an unknown word is said with the kinds the rules know, and a near kind offered, never read as it', () => {
    const [issue] = run('调研材料');
    expect(issue).toMatch(/^类别“调研材料”不是「指标」表中的类别（调研报告、/);
    expect(issue).toContain('），本行不计入按类别统计的指标；是否为“调研报告”？');
  });

  it('a word the synonym list reads (调研, 調研報告) and a word of the domain (动态信息) say nothing', () => {
    expect(run('调研')).toEqual([]);
    expect(run('調研報告')).toEqual([]);
    expect(run('动态信息')).toEqual([]);
  });

  it('under rules that read no 类别 (上街区), an unknown word says nothing', () => {
    const a = assess({ ledger: ledgerGrid([adoption({ 类别: '调研材料' })]) }, { asOf: END });
    expect(a.scored.rows[0].issues).toEqual([]);
  });
});

describe('a rule table cell naming a unit or a person holding an error value', () => {
  it('is refused naming the cell, never a unit or a person of that name', () => {
    const units = [
      ['单位', '类型', '人数', '负责人'],
      ['组织科', '部机关科室', 3, '#N/A'],
      ['#REF!', '部机关科室', 2, ''],
    ];
    const people = [
      ['姓名', '单位'],
      ['#N/A', '组织科'],
      ['张伟', UNCALCULATED],
    ];
    const a = assess(
      { ledger: ledgerGrid([adoption()]), tables: { 单位: units, 人员: people } },
      { asOf: END },
    );
    expect(a.ruleErrors.map((e) => e.message)).toEqual([
      '「单位」表第2行「负责人」是公式的错误值“#N/A”，不是名称：请修正公式，重新计算并保存',
      '「单位」表第3行「单位」是公式的错误值“#REF!”，不是名称：请修正公式，重新计算并保存',
      '「人员」表第2行「姓名」是公式的错误值“#N/A”，不是名称：请修正公式，重新计算并保存',
      '「人员」表第3行「单位」是没有保存计算结果的公式（请在 Excel/WPS 中打开、重新计算并保存）',
    ]);
  });
});

// Audit s38 P5: an error value in 媒体 was told to be added to the 媒体 table (媒体“#VALUE!”不在「媒体」表中…请在
// 「媒体」表中添加该媒体), and one in 标题 scored with nothing said, though the piece cannot be matched to its rows.
describe('标题 or 媒体 holding an error value', () => {
  const a = assess(
    {
      ledger: ledgerGrid([
        adoption({ 标题: '#REF!', 单位: '峡窝镇党委' }),
        adoption({ 标题: 'b', 单位: '峡窝镇党委', 媒体: '#VALUE!' }),
        adoption({ 标题: 'c', 单位: '峡窝镇党委', 媒体: 'Err:502', 级别: '市级' }),
      ]),
      preset: '上街区',
    },
    { asOf: END },
  );
  it('says the formula is to mend, at the cell', () => {
    expect(a.scored.rows.map((r) => [r.points, r.issues])).toEqual([
      [5, ['标题“#REF!”是公式的错误值，无法与其他行核对是否为同一稿件：请修正公式，重新计算并保存']],
      [0, ['媒体“#VALUE!”是公式的错误值，无法计分：请修正公式，重新计算并保存']],
      [5, ['媒体“Err:502”是公式的错误值，按所填级别计分：请修正公式，重新计算并保存']],
    ]);
  });
});
