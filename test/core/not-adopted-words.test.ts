// What an office types in the adoption columns of a piece not adopted (audit s35 D8): 未采用, 暂未录用, /, ——, 无 in
// 媒体 (often merged across 媒体 … 录用日期), 级别 or 录用日期. Each unadopted row went to 待核实 as a 录用行 missing its
// 录用日期, told to add 未采用 to the 媒体 table: hundreds of false problems in a ledger half unadopted.
import { describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/core/ledger';
import { ledgerSource } from '../../src/core/ledgerTable';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';

const HEADER = ['标题', '作者', '单位', '报送对象', '报送日期', '媒体', '级别', '采用方式', '录用日期'];

function read(row: string[]) {
  const parsed = parseLedger([HEADER, row], { year: 2024 });
  const r = ledgerSource(parsed).at(0);
  const scored = scoreLedger(parsed, presetRules('上街区')).rows[0];
  return {
    outlet: r.outlet,
    mode: r.mode,
    adoptedOn: r.adoptedOn,
    issues: [...scored.issues],
    points: scored.points,
  };
}

const unadopted = { outlet: '', mode: '报送', adoptedOn: null, issues: [], points: 0 };

describe('a piece not adopted, in the office’s words', () => {
  it.each(['未采用', '暂未录用', '未录用', '待采用', '/', '／', '——', '—', '无'])(
    '媒体 %s is no outlet',
    (word) => {
      expect(read(['甲', '潘平', '峡窝镇党委', '区委组织部', '2024-03-05', word, '', '', ''])).toEqual(
        unadopted,
      );
    },
  );

  it.each(['未采用', '/', '——'])(
    'merged across 媒体 … 录用日期 (%s in each): a submission, nothing to check',
    (word) => {
      expect(read(['甲', '潘平', '峡窝镇党委', '区委组织部', '2024-03-05', word, word, word, word])).toEqual(
        unadopted,
      );
    },
  );

  it('a real outlet beside it still scores, and a word for none in 录用日期 of an adoption is still said', () => {
    expect(
      read(['甲', '潘平', '峡窝镇党委', '区委组织部', '2024-03-05', '郑州日报', '', '录用', '2024-03-12'])
        .points,
    ).toBe(5);
    expect(
      read(['甲', '潘平', '峡窝镇党委', '区委组织部', '2024-03-05', '郑州日报', '', '录用', '/']).issues,
    ).toEqual(['录用行缺少录用日期，无法计分']);
  });
});
