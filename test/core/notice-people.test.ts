// 附件2's 说明 for a person with no 计任务 (F6): it says what their rows of the period were, never
// 仅有报送 for a person with no row at all (a 人员 member who wrote nothing) or one whose adopted piece
// did not count (a third author, a repeat).
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../src/core/dates';
import { parseLedger } from '../../src/core/ledger';
import { buildNotice } from '../../src/core/notice';
import { yearPeriod } from '../../src/core/period';
import { buildReport } from '../../src/core/report';
import { presetRules } from '../../src/core/rules';
import { scoreLedger } from '../../src/core/score';
import type { Rules } from '../../src/core/types';
import { adoption, ledgerGrid, submission } from '../helpers/ledger';

describe('附件2 说明 of a person with 0 计任务', () => {
  const base = presetRules('部机关');
  const rules: Rules = {
    ...base,
    people: ['张三', '李四', '王五', '赵六', '钱七'].map((name) => ({
      name,
      unit: '组织科',
      monthsInPost: null,
    })),
  };
  const rows = [
    adoption({ 单位: '组织科', 标题: 'a', 作者: '张三、钱七、赵六', 媒体: '南通日报' }), // 赵六: third author
    submission({ 单位: '组织科', 标题: 'b', 作者: '李四', 报送对象: '市委组织部' }),
  ];

  it('no row: 本期无稿件; only 报送: 仅有报送; adopted but not counted: 录用稿件均不计任务', () => {
    const scored = scoreLedger(parseLedger(ledgerGrid(rows)), rules);
    const report = buildReport(scored, rules, yearPeriod(2024), dayFromYmd(2024, 12, 31));
    const doc = buildNotice(report, rules.settings, { issuedOn: dayFromYmd(2025, 1, 9) });
    const table = doc.attachments.find((t) => t.header.includes('计任务（篇）'));
    const why = Object.fromEntries((table?.groups ?? []).flatMap((g) => g.rows).map((r) => [r[1], r.at(-1)]));
    expect(why).toEqual({
      张三: '',
      钱七: '',
      李四: '本期仅有报送，无录用计任务',
      赵六: '本期录用稿件均不计任务',
      王五: '本期无稿件',
    });
  });
});
