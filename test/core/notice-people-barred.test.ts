// 001 §六.5: 未完成年度信息报送任务的单位以及相关工作人员 不得参加评先评优. The unit is marked in 附件1 and the 通报
// text; its staff are marked in 附件2 (audit S25g F3): each person whose unit (the one 附件2 counts them under) is
// barred has 说明 所在单位未完成年度报送任务，不得参加评先评优, after any other 说明 with “；”. Same flag as the unit's.
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../src/core/dates';
import { assess } from '../../src/core/index';
import { BARRED_PERSON_NOTE, buildNotice, personBarred } from '../../src/core/notice';
import { yearPeriod } from '../../src/core/period';
import { adoption, ledgerGrid, submission } from '../helpers/ledger';

// 区直机关工委 (李四): one adoption, no monthly submissions → barred. 峡窝镇党委 (赵六): one submission only →
// barred, and 赵六's 说明 already says 本期仅有报送. 教育系统党工委 (王五): a submission every month → not barred.
const rows = [
  adoption({ 标题: '李稿', 作者: '李四', 单位: '区直机关工委', 媒体: '郑州日报', 录用日期: '2024-03-10' }),
  submission({ 标题: '赵稿', 作者: '赵六', 单位: '峡窝镇党委', 报送日期: '2024-03-01' }),
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) =>
    submission({
      标题: `王${m}`,
      作者: '王五',
      单位: '教育系统党工委',
      报送日期: `2024-${String(m).padStart(2, '0')}-03`,
    }),
  ),
  adoption({ 标题: '王录', 作者: '王五', 单位: '教育系统党工委', 媒体: '郑州日报', 录用日期: '2024-05-10' }),
];

describe('附件2 marks the staff of a unit barred from 评先评优', () => {
  const a = assess(
    { ledger: ledgerGrid(rows), preset: '上街区' },
    {
      period: yearPeriod(2024),
      asOf: dayFromYmd(2024, 12, 31),
    },
  );
  const unit = (name: string) => a.report.units.find((u) => u.unit === name);
  const doc = buildNotice(a.report, a.rules.settings, { issuedOn: dayFromYmd(2024, 12, 31) });
  const people = doc.attachments[1];
  const noteOf = (name: string) => {
    const row = people.groups[0].rows.find((r) => r[1] === name)!;
    return row[row.length - 1];
  };

  it('the units as the 通报 bars them', () => {
    expect([
      unit('区直机关工委')?.barred,
      unit('峡窝镇党委')?.barred,
      unit('教育系统党工委')?.barred,
    ]).toEqual([true, true, false]);
  });

  it('说明: the bar alone, appended after another 说明, absent for a unit not barred', () => {
    expect(noteOf('李四')).toBe('所在单位未完成年度报送任务，不得参加评先评优');
    expect(noteOf('赵六')).toBe('本期仅有报送，无录用计任务；所在单位未完成年度报送任务，不得参加评先评优');
    expect(noteOf('王五')).toBe('');
    expect(BARRED_PERSON_NOTE).toBe('所在单位未完成年度报送任务，不得参加评先评优');
  });

  it('personBarred (--json people[].barred) follows the unit 附件2 counts the person under', () => {
    expect(a.report.people.map((p) => [p.person, p.unit, personBarred(a.report, p)])).toEqual(
      expect.arrayContaining([
        ['李四', '区直机关工委', true],
        ['赵六', '峡窝镇党委', true],
        ['王五', '教育系统党工委', false],
      ]),
    );
  });
});
