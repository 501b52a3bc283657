// A numbered 报送 list carries its number with the title (1.峡窝镇推进网格党建), and a draft may be marked
// （报送稿）; the 录用 row is typed without either. They are one piece: 报送 counted once (audit s35 D6).
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/core/index';
import { withoutListMark } from '../../src/core/text';
import { adoption, ledgerGrid, submission } from '../helpers/ledger';

const TITLE = '峡窝镇推进网格党建';

function unitFigures(submittedTitle: string) {
  const a = assess({
    ledger: ledgerGrid([
      submission({ 标题: submittedTitle, 作者: '潘平', 报送日期: '2024-03-01' }),
      submission({ 标题: '峡窝镇开展主题党日', 作者: '潘平', 报送日期: '2024-03-02' }),
      adoption({
        标题: TITLE,
        作者: '潘平',
        报送对象: '区委组织部',
        报送日期: '2024-03-01',
        媒体: '河南日报',
        录用日期: '2024-03-10',
      }),
    ]),
    preset: '上街区',
  });
  const u = a.report.units.find((x) => x.unit === '峡窝镇党委')!;
  return { points: u.points, submissions: u.submissions, adoptions: u.adoptions };
}

describe('a list number or a draft note on the 报送 row is no other piece', () => {
  const plain = unitFigures(TITLE);
  it.each([
    `1.${TITLE}`,
    `1、${TITLE}`,
    `12．${TITLE}`,
    `（3）${TITLE}`,
    `(3) ${TITLE}`,
    `①${TITLE}`,
    `一、${TITLE}`,
    `２.${TITLE}`,
    `${TITLE}（报送稿）`,
    `1.${TITLE}(送审稿)`,
  ])('%s: the figures of the plain title', (numbered) => {
    expect(plain.submissions).toBe(2);
    expect(unitFigures(numbered)).toEqual(plain);
  });
});

describe('what is no list number stays in the title', () => {
  it.each([
    ['1.5万名党员参加培训', '1.5万名党员参加培训'],
    ['2024年党建工作综述', '2024年党建工作综述'],
    ['十九大精神进基层', '十九大精神进基层'],
    ['三会一课落实情况', '三会一课落实情况'],
    ['(2024)第3期工作简报', '(2024)第3期工作简报'],
    ['1.', '1.'],
    ['关于党建（修改稿）', '关于党建（修改稿）'],
    ['关于“两新”组织（一）', '关于“两新”组织（一）'],
  ])('%s', (title, kept) => {
    expect(withoutListMark(title)).toBe(kept);
  });
});
