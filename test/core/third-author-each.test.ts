// A piece with three authors: 校验 said 只计前两人 even where the 「指标」 counts every author of it (各计: the 部机关
// preset's 全年发稿, 组工信息专报, 部编组工信息录用, 调研报告), while the third author's task counted it (audit s33
// B-F5). 校验 names those tasks; with none (上街区) it says what it said.
import { describe, expect, it } from 'vitest';
import { parseLedger } from '../../src/core/ledger';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import { adoption, ledgerGrid } from '../helpers/ledger';

function issues(preset: '部机关' | '上街区', unit: string): string[] {
  const rules = presetRules(preset);
  const row = adoption({ 单位: unit, 作者: '张三、李四、王五' });
  return scoreLedger(parseLedger(ledgerGrid([row])), rules).rows[0].issues;
}

describe('a third author', () => {
  it('部机关: 只计前两人 names the tasks that count every author', () => {
    const rules = presetRules('部机关');
    const each = [...new Set(rules.indicators.filter((i) => i.coauthors === '各计').map((i) => i.name))];
    expect(each.length).toBeGreaterThan(0);
    const said = issues('部机关', rules.units[0].name).find((m) => m.startsWith('作者3人'));
    expect(said).toBe(
      `作者3人，只计前两人（「指标」中${each.length > 3 ? `${each.slice(0, 3).join('、')}等${each.length}项` : each.join('、')}按“各计”，每位作者都计）`,
    );
  });

  it('上街区 (no 各计 task): 作者3人，只计前两人', () => {
    expect(issues('上街区', '峡窝镇党委')).toContain('作者3人，只计前两人');
  });
});
