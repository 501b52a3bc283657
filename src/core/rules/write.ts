// Rules → rule tables, in exactly the form readRules reads back.
import type { Cell, Grid, Rules, UnitDef } from '../types';
import { dayCell, flagCell, listCell, type RuleTableName, TABLE_HEADERS } from './schema';
import { settingsToGrid } from './settings';
import { formatSubject } from './subject';

/** 在岗月数: one number when every member has the same; the list otherwise; blank when not given. */
function monthsCell(u: UnitDef): Cell {
  const m = u.monthsInPost;
  if (m.length === 0) return '';
  const same = m.every((x) => x === m[0]);
  if (same && (m.length === u.headcount || (m.length === 1 && u.headcount === 0))) return m[0];
  // A single value would be read as "every member": spell the rest out as 12 (the same meaning).
  const list = m.length === 1 && u.headcount > 1 ? [m[0], ...Array(u.headcount - 1).fill(12)] : m;
  return list.join('、');
}

/** Every table as a grid: one header row (TABLE_HEADERS), then one row per item. */
export function rulesToGrids(rules: Rules): Record<RuleTableName, Grid> {
  const template = rules.settings.preset.includes('示例');
  // Text goes out as plain strings: the sheets layer writes strings as text, never as formulas.
  const row = (table: RuleTableName, values: Record<string, Cell>): Cell[] =>
    TABLE_HEADERS[table].map((h) => values[h] ?? '');
  return {
    单位: [
      TABLE_HEADERS.单位,
      ...rules.units.map((u) =>
        row('单位', {
          单位: u.name,
          类型: u.type,
          人数: u.headcount === 0 ? '' : u.headcount,
          在岗月数: monthsCell(u),
          办公室: flagCell(u.isOffice),
          负责人: u.chief,
          一票否决: flagCell(u.veto),
          别名: listCell(u.aliases ?? []),
        }),
      ),
    ],
    媒体: [
      TABLE_HEADERS.媒体,
      ...rules.outlets.map((o) =>
        row('媒体', { 媒体: o.name, 别名: listCell(o.aliases), 级别: o.level, 标签: listCell(o.tags) }),
      ),
    ],
    计分: [
      TABLE_HEADERS.计分,
      ...rules.points.map((p) =>
        row('计分', {
          采用方式: p.mode,
          级别: p.level,
          类别: p.kind,
          标签: p.tag,
          版面: p.placement,
          分值: p.points,
          生效日期: dayCell(p.effectiveFrom),
          备注: template ? '示例，请按本单位办法修改' : '',
        }),
      ),
    ],
    系数: [
      TABLE_HEADERS.系数,
      ...rules.multipliers.map((m) =>
        row('系数', {
          名称: m.name,
          条件: m.condition.kind,
          取值: 'over' in m.condition ? m.condition.over : listCell(m.condition.values),
          倍数: m.factor,
          适用方式: listCell(m.modes),
          分组: m.group,
          生效日期: dayCell(m.effectiveFrom),
        }),
      ),
    ],
    加分: [
      TABLE_HEADERS.加分,
      ...rules.bonuses.map((b) =>
        row('加分', { 批示: b.instruction, 加分: b.points, 生效日期: dayCell(b.effectiveFrom) }),
      ),
    ],
    指标: [
      TABLE_HEADERS.指标,
      ...rules.indicators.map((i) =>
        row('指标', {
          名称: i.name,
          对象: formatSubject(i.subject),
          度量: i.metric,
          窗口: i.window,
          目标: i.threshold,
          级别: i.filter.minLevel === null ? '' : `${i.filter.levelOnly ? '仅' : ''}${i.filter.minLevel}`,
          标签: listCell(i.filter.tags),
          媒体: listCell(i.filter.outlets),
          类别: listCell(i.filter.kinds),
          报送对象: listCell(i.filter.recipients),
          采用方式: listCell(i.filter.modes),
          折半标签: listCell(i.filter.halfTags),
          去重: flagCell(i.distinct),
          组: i.group,
          奖项: i.award,
          视同达标: listCell(i.deemedMet),
          生效日期: dayCell(i.effectiveFrom),
          // Said on every personal and team task, so the office sees which rule each one follows (a unit's
          // task has no authors to share: blank, unless 各计 was set on it).
          合作者:
            i.coauthors === '各计'
              ? '各计'
              : i.subject.kind === 'person' || i.subject.kind === 'team'
                ? '均分'
                : '',
        }),
      ),
    ],
    设置: settingsToGrid(rules.settings),
    人员: [
      TABLE_HEADERS.人员,
      ...(rules.people ?? []).map((p) =>
        row('人员', { 姓名: p.name, 单位: p.unit, 在岗月数: p.monthsInPost ?? '' }),
      ),
    ],
  };
}
