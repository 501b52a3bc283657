// Who gets what and why, in 元 (000 §三(四)): the words a 科室's bonus is explained with wherever it is shown
// (附件2's 科室负责人 说明 and its notes, 领导看板's 科室整体任务), and whether the amounts are final.
//
// Decisions:
// - Bonuses are paid at the year's end (000 §三(四)); before 12-31 every amount is 预计, and the 办公室 is not
//   halved yet (RULES §4 halves when the department misses its yearly task, known at the close).
// - A team 一票否决 is said whatever its status (it is why there is no bonus); 减半 only where a bonus is paid
//   (a team short of its task gets nothing either way).
import { dayFromYmd } from './dates';
import type { ReportModel, SubjectResult, TeamLead } from './types';

/** The office's bonus halved: why, as the 看板 and 附件2 say it. */
const HALVED_WHY = '部机关全年任务未完成';

/** True before the year of the report is closed (as-of before 12-31): bonus amounts are estimates. */
export function bonusProvisional(model: Pick<ReportModel, 'year' | 'asOf'>): boolean {
  return model.asOf < dayFromYmd(model.year, 12, 31);
}

/** The rules pay bonuses (奖项 with amounts): some person or team carries an award. */
export function paysBonuses(model: Pick<ReportModel, 'people' | 'teams'>): boolean {
  return (
    model.people.some((p) => Object.keys(p.bonuses).length > 0) ||
    model.teams.some((t) => Object.keys(t.bonuses).length > 0)
  );
}

/** A bonus column's heading: 奖金（元）, or 奖金（元，预计） before the year is closed. */
export function bonusHeader(provisional: boolean): string {
  return provisional ? '奖金（元，预计）' : '奖金（元）';
}

/** 一票否决 / 减半（部机关全年任务未完成） for a team whose bonus is cut, else ''. */
export function teamBonusCut(t: Pick<SubjectResult, 'vetoed' | 'halved' | 'compliant'>): string {
  if (t.vetoed) return '一票否决';
  if (t.halved && t.compliant) return `减半（${HALVED_WHY}）`;
  return '';
}

/** The same for the team a 科室负责人 leads, said after its status: 一票否决，不发奖金 / 部机关全年任务未完成，奖金减半. */
export function leadBonusCut(lead: TeamLead): string {
  if (lead.vetoed) return '一票否决，不发奖金';
  if (lead.halved && lead.status === '已达标') return `${HALVED_WHY}，奖金减半`;
  return '';
}

/** 附件2's notes on bonuses: the teams cut and why, and 预计 before the year's close. */
export function bonusNotes(model: Pick<ReportModel, 'teams' | 'year' | 'asOf'>): string[] {
  const vetoed = model.teams.filter((t) => t.vetoed).map((t) => t.subject);
  const halved = model.teams.filter((t) => !t.vetoed && t.halved && t.compliant).map((t) => t.subject);
  const cuts = [
    vetoed.length > 0 ? `${vetoed.join('、')}一票否决，不发科室整体任务奖金` : '',
    halved.length > 0 ? `${halved.join('、')}因${HALVED_WHY}，科室整体任务奖金减半` : '',
  ].filter((s) => s !== '');
  const notes = [
    `奖金含个人任务奖励和科室整体任务奖励（按人均分），科室负责人只发科室整体任务奖励${cuts.length > 0 ? `；${cuts.join('；')}` : ''}。`,
  ];
  if (bonusProvisional(model))
    notes.push(
      '年度未结束，奖金为按目前完成情况的预计数，年终按全年任务完成情况核定（办公室是否减半届时确定）。',
    );
  return notes;
}
