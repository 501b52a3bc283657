// 初始化台账 by someone who may not edit a ledger the office protected as a whole sheet (audit S27 F6): Sheets
// refuses its cells and the columns setup would add, so setup leaves the ledger as it is and says so in
// Chinese, naming the tab and who may run it, and still does the rest (the rule tabs it creates).
import { describe, expect, it } from 'vitest';
import * as main from '../../src/addon/main';
import { useFakeApps } from '../fakes/useFakeApps';
import { fixClock } from '../helpers/clock';

const fake = useFakeApps({ owner: 'owner@example.org' });
fixClock();

const GRID = [
  ['标题', '作者', '单位', '报送日期'],
  ['稿一', '张三', '峡窝镇党委', '2026-03-01'],
];

describe('初始化台账 on a ledger protected as a whole sheet', () => {
  it('by a staff member who may not edit it: the ledger unchanged, said in Chinese, the rule tabs created', () => {
    const { apps } = fake;
    const sheet = apps.spreadsheet._addSheet('稿件台账', GRID);
    sheet.protect(); // the owner alone may edit it
    const before = sheet.getRange(1, 1, 2, 4).getValues();
    apps.setUser('staff@example.org');
    main.setupLedger();
    const text = apps.ui._alerts.at(-1) ?? '';
    expect(text).toContain(
      '「稿件台账」整表受保护，您不在可编辑该表的名单中，未改动该表（未补充列、公式和下拉选项）：请表格所有者或「设置」中的管理员运行“初始化台账”，或把您加入该表保护的可编辑人员。',
    );
    expect(text).toContain('已新建：单位、媒体、计分、系数、加分、指标、设置、人员、领导看板');
    expect(text).not.toContain('台账已完整');
    expect(sheet.getLastColumn()).toBe(4);
    expect(sheet.getRange(1, 1, 2, 4).getValues()).toEqual(before);
  });

  it('by the owner: the columns are added as usual', () => {
    const { apps } = fake;
    const sheet = apps.spreadsheet._addSheet('稿件台账', GRID);
    sheet.protect();
    main.setupLedger();
    expect(apps.ui._alerts.at(-1)).toContain('稿件台账已补充列');
    expect(sheet.getLastColumn()).toBeGreaterThan(20);
  });
});
