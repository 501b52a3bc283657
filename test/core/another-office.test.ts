// Another office than 上街区 is told apart even when one of its 党工委 has a name 上街区's preset also lists
// (卫生系统党工委, 教育系统党工委: every county has one): its quotas to 县委组织部 make it a county, so relayed
// rows count toward them (RULES §4 Relay share) and its 通报 does not carry 上街区's 发文机关 (RULES §7).
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/core/index';
import type { Grid } from '../../src/core/types';
import { adoption, ledgerGrid, submission } from '../helpers/ledger';

function county(units: string[][]): Record<string, Grid> {
  return {
    单位: [['单位', '类型'], ['城关镇', '镇'], ...units, ['办公室', '部机关科室']],
    媒体: [
      ['媒体', '别名', '级别', '标签'],
      ['吕梁日报', '', '市级', ''],
    ],
    指标: [
      ['名称', '对象', '度量', '窗口', '目标', '报送对象'],
      ['每季向县委组织部报送', '镇', '报送', '每季', 3, '县委组织部'],
    ],
    设置: [
      ['项目', '值'],
      ['年度', 2024],
    ],
  };
}

const rows = ledgerGrid([
  submission({ 单位: '城关镇', 标题: '一', 报送对象: '县委组织部', 报送日期: '2024-04-01' }),
  submission({ 单位: '城关镇', 标题: '二', 报送对象: '县委组织部', 报送日期: '2024-06-30' }),
  adoption({
    单位: '城关镇',
    标题: '三',
    报送对象: '县委组织部',
    报送日期: '2024-05-10',
    媒体: '吕梁日报',
    录用日期: '2024-05-20',
    对口处室: '办公室',
  }),
]);

describe('a county with a 党工委 named as in the 上街区 preset', () => {
  for (const shared of [
    [['卫生系统党工委', '县直党工委']],
    [
      ['教育系统党工委', '县直党工委'],
      ['卫生系统党工委', '县直党工委'],
    ],
  ]) {
    it(`is a county (${shared.map((u) => u[0]).join('、')}): the relayed row counts, no 上街区 words`, () => {
      const a = assess({ ledger: rows, tables: county(shared) });
      const town = a.indicators.units.find((u) => u.subject === '城关镇')!;
      expect(town.indicators[0].buckets?.map((b) => b.value)).toEqual([0, 3, 0, 0]);
      expect(a.rules.settings.issuer).toBe('');
      expect(a.rules.settings.method).toBe('');
      expect(a.report.preset).toBe(''); // 领导看板 prints 规则：—, not 上街区积分办法
      expect(a.ruleNotes.some((n) => n.message.includes('通报不沿用其'))).toBe(true);
    });
  }
});
