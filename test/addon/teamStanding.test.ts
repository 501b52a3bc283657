// A 部机关 科室 has no task of its own: its 达标状态 is its 科室整体 task's, wherever a unit's status is shown
// (sweep s25d F2): ZG_STATUS and the 刷新领导看板 message as the 通报, its 附件1 and 领导看板 (notice.ts unitStanding).
import { describe, expect, it } from 'vitest';
import { ZG_STATUS } from '../../src/addon/customFunctions';
import { refreshDashboard } from '../../src/addon/main';
import { LEDGER_HEADERS } from '../../src/core/ledger';
import { presetRules, RULE_TABLE_NAMES, rulesToGrids } from '../../src/core/rules';
import type { Cell, Grid } from '../../src/core/types';
import { useFakeApps } from '../fakes/useFakeApps';

const fake = useFakeApps({ owner: 'owner@example.org' });

function sheetLedger(rows: Record<string, Cell>[]): Grid {
  const header = [...LEDGER_HEADERS];
  return [header, ...rows.map((r) => header.map((h) => r[h] ?? ''))];
}

// 老干部科 (人数 2: 科室录用任务 6 × 2 = 12) has one 市级 adoption all year; 组织科 none.
const ledger = sheetLedger([
  {
    标题: '老干部工作新探索',
    作者: '刘一',
    单位: '老干部科',
    报送对象: '市委组织部',
    报送日期: new Date(2024, 2, 1),
    媒体: '南通日报',
    采用方式: '录用',
    录用日期: new Date(2024, 2, 5),
  },
]);
const grids = rulesToGrids(presetRules('部机关'));
grids.设置 = (grids.设置 ?? []).map((r) => (r[0] === '年度' ? [r[0], 2024, ...r.slice(2)] : r));
const tables = RULE_TABLE_NAMES.map((t) => grids[t] ?? '');

describe('a 科室 judged by its 科室整体 task (sweep s25d F2)', () => {
  it('ZG_STATUS gives the team status, not 已达标 for every 科室', () => {
    const status = ZG_STATUS([['老干部科'], ['组织科']], ledger, new Date(2024, 11, 31), ...tables);
    expect(status).toEqual([['未达标'], ['未达标']]);
    const midYear = ZG_STATUS('老干部科', ledger, new Date(2024, 5, 30), ...tables);
    expect(midYear).toBe('进度滞后');
  });

  it('the 刷新领导看板 message counts the 科室 whose team task is missed', () => {
    fake.apps.spreadsheet._addSheet('稿件台账', ledger);
    for (const t of RULE_TABLE_NAMES) if (grids[t]) fake.apps.spreadsheet._addSheet(t, grids[t] as Grid);
    const r = refreshDashboard();
    expect(r.ok ? '' : r.message).toBe('');
    if (r.ok) expect(r.message).toMatch(/^领导看板已更新（2024年，7 个单位，其中 7 个进度滞后或未达标）/);
  });
});
