// Audit s38 S2: a piece whose 报送 row names its 对口处室 while its adoption row names none. The share is the
// adoption row's (RULES §4), so the office earned nothing from it, and no 校验 said why. Seed 001 §三.9 pays the
// office per piece (…报送的信息稿件，被录用后，对口处室按1/5积分): the adoption row now asks to name it there too.
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/core/index';
import { ledgerSource } from '../../src/core/ledgerTable';
import { rowRemarks } from '../../src/core/remarks';
import { adoption, ledgerGrid, submission } from '../helpers/ledger';

const said =
  '本稿件的报送行对口处室为“信息调研科”，本录用行未填对口处室，信息调研科不计本行的转报分成：如由其转报，请在本行也填写对口处室';

function remarks(outlet: string) {
  const a = assess({
    ledger: ledgerGrid([
      submission({ 标题: '转报稿', 对口处室: '信息调研科', 报送对象: '市委组织部' }),
      adoption({ 标题: '转报稿', 媒体: outlet, 报送对象: '市委组织部', 报送日期: '2024-03-01' }),
    ]),
    preset: '上街区',
  });
  const parsed = ledgerSource(a.scored.ledger).table.remarks;
  return a.scored.rows.map((_, i) => rowRemarks(a.scored, parsed, i));
}

describe('对口处室 named on the 报送 row only', () => {
  it('the adoption row asks for it, where a share was to be paid', () => {
    expect(remarks('河南日报')).toEqual([[], [said]]); // 省级: 转报最低级别 (市级) or above
  });

  it('below 转报最低级别 no share is missed: nothing said', () => {
    expect(remarks('上街区党建网')).toEqual([[], []]);
  });
});
