// The add-on finds rule tables as the report does: a tab under a name no table has (批示加分) whose header
// row is a table's is that table, so 初始化台账 adds no preset copy beside it and the sidebars read it.
import { describe, expect, it } from 'vitest';
import { getRulesStatus } from '../../src/addon/main';
import { findRuleTabs } from '../../src/addon/runtime/session';
import { runSetup } from '../../src/addon/setupLedger';
import { useFakeApps } from '../fakes/useFakeApps';

const fake = useFakeApps({ owner: 'owner@example.org' });

describe('rule tabs by their header row in the add-on', () => {
  it('批示加分 holding 批示 | 加分 is the 加分 table: setup adds no 加分 tab, the rules page reads its rows', () => {
    fake.apps.spreadsheet._addSheet('批示加分', [
      ['批示', '加分'],
      ['国家', 50],
      ['省', 40],
      ['市', 20],
    ]);
    expect(findRuleTabs().tabs.加分).toBe('批示加分');
    const summary = runSetup();
    expect(fake.apps.spreadsheet._sheet('加分')).toBeUndefined();
    expect(summary.created).not.toContain('加分');
    expect(summary.notes).toContain('「批示加分」表作为「加分」规则表使用，未另建「加分」表。');
    const status = getRulesStatus();
    if (!status.ok) throw new Error(status.message);
    expect(status.tables.find((t) => t.table === '加分')?.rows).toBe(3);
  });
});
