// The 001 §四.1 warning on a 党(工)委 row sent straight to an upper department speaks for itself only: on a row
// that scores 0 or is no submission for another reason (核定 不计分, 三审, 佐证, an outlet not in 媒体) it never
// says the row's points or its submission still count (audit S22a F3: "本行积分照计" beside 暂不计分).
import { describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/core/ledger';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import { adoption, ledgerGrid, type RowSpec, submission } from '../helpers/ledger';

const TOWN = '峡窝镇党委';
const straightUp: RowSpec = { 单位: TOWN, 报送对象: '市委组织部', 报送日期: '2024-03-01' };

function scored(rows: RowSpec[], settings: Record<string, string> = {}) {
  const rules = presetRules('上街区');
  Object.assign(rules.settings, settings);
  return scoreLedger(parseLedger(ledgerGrid(rows)), rules).rows;
}

const claimsCount = /照计|仍计入|本行计入报送条数|计入报送条数，/;

describe('the 直接报送 warning', () => {
  const rows = scored([
    adoption({ ...straightUp, 标题: '不计分', 媒体: '郑州日报', 核定: '不计分' }),
    adoption({ ...straightUp, 标题: '倒扣', 媒体: '郑州日报', 核定: '倒扣' }),
    adoption({ ...straightUp, 标题: '未知媒体', 媒体: '上街晚报' }),
    submission({ ...straightUp, 标题: '报送不计分', 核定: '不计分' }),
    adoption({ ...straightUp, 标题: '干净', 媒体: '郑州日报' }),
    submission({ ...straightUp, 标题: '报送' }),
  ]);

  it('is on every row sent straight up, and never claims that points or the submission still count', () => {
    rows.forEach((r, i) => {
      const warning = r.issues.filter((m) => m.startsWith('直接报送市委组织部'));
      expect(warning, `row ${i}`).toHaveLength(1);
      expect(warning[0], `row ${i}`).not.toMatch(claimsCount);
    });
  });

  it('rows that score 0 say why beside it, and the clean adoption still scores', () => {
    const titles = ['不计分', '倒扣', '未知媒体', '报送不计分', '干净', '报送'];
    const byTitle = new Map(rows.map((r, i) => [titles[i], r]));
    expect(byTitle.get('不计分')!.points).toBe(0);
    expect(byTitle.get('未知媒体')!.points).toBe(0);
    expect(byTitle.get('未知媒体')!.issues.some((m) => m.includes('无法计分'))).toBe(true);
    expect(byTitle.get('干净')!.points).toBeGreaterThan(0);
    expect(byTitle.get('干净')!.issues).toEqual([
      '直接报送市委组织部：请先向区委组织部对口处室报送并填“对口处室”（001 §四.1）；此提醒不影响本行积分和报送条数，但本行不计入向区委组织部报送任务',
    ]);
  });
});
