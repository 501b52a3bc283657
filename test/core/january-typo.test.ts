// The January typo (audit s35 D12): a 2024 ledger with one row typed 2023-01-15 / 2023-01-30. The row counted in
// 2023 and left the 2024 通报 (组织科 33 → 3) with nothing said. Now it is said on the row; a ledger that keeps
// last year's later months too is left as it is.
import { describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/core/ledger';
import { ledgerSource } from '../../src/core/ledgerTable';
import type { Cell } from '../../src/core/types';

const HEADER = ['标题', '作者', '单位', '报送对象', '报送日期', '媒体', '录用日期'];
const row = (k: number, sent: string, adopted: string): Cell[] => [
  `稿${k}`,
  '吕琳',
  '组织科',
  '市委组织部',
  sent,
  adopted === '' ? '' : '河南日报',
  adopted,
];

function issues(rows: Cell[][]): string[][] {
  const source = ledgerSource(parseLedger([HEADER, ...rows], { year: 2024 }));
  return Array.from({ length: source.length }, (_, i) => [...source.at(i).issues]);
}

const year2024 = Array.from({ length: 12 }, (_, k) =>
  row(k, `2024-${String(k + 1).padStart(2, '0')}-05`, ''),
);

describe('a row a year behind the ledger', () => {
  it('2023-01-15 among twelve rows of 2024: said on the row, which still counts in 2023', () => {
    const all = issues([...year2024.slice(0, 6), row(99, '2023-01-15', '2023-01-30'), ...year2024.slice(6)]);
    expect(all[6]).toEqual([
      '报送日期和录用日期为2023年初，台账其余各行都在2024年：本行计入2023年；如是2024年，请改正年份',
    ]);
    expect(all.filter((i) => i.length > 0)).toHaveLength(1);
  });

  it('a ledger that keeps 2023’s later months too: nothing said', () => {
    const all = issues([row(97, '2023-01-15', ''), row(98, '2023-11-20', ''), ...year2024]);
    expect(all.flat()).toEqual([]);
  });

  it('a December 2023 submission adopted in January 2024: nothing said', () => {
    expect(issues([row(96, '2023-12-20', '2024-01-05'), ...year2024]).flat()).toEqual([]);
  });
});
