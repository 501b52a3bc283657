// 初始化台账's 报送对象 dropdown follows the office's rules (relay.ts recipientChoices): its own department
// first, so a 县 office's staff are not offered 区委组织部, which its quotas do not count; the 类别 preset's
// 研究室 is offered. The 上街区 preset's list is what it always was.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runSetup } from '../../src/addon/setupLedger';
import { LEDGER_HEADERS } from '../../src/core/ledger';
import { recipientChoices } from '../../src/core/relay';
import { presetRules } from '../../src/core/rules';
import { createFakeApps, type FakeApps } from '../fakes/spreadsheetApp';

let apps: FakeApps;
let uninstall: () => void;

beforeEach(() => {
  apps = createFakeApps({ owner: 'owner@example.org' });
  uninstall = apps.install();
});
afterEach(() => uninstall());

/** The dropdown values of the ledger's 报送对象 column, first data row. */
function recipientDropdown(): unknown[] {
  const col = LEDGER_HEADERS.indexOf('报送对象') + 1;
  const rule = apps.spreadsheet._sheet('稿件台账')!.getRange(2, col).getDataValidation();
  expect(rule?.getCriteriaType()).toBe('VALUE_IN_LIST');
  return rule!.getCriteriaValues()[0] as unknown[];
}

describe('the 报送对象 dropdown', () => {
  it('offers the 上街区 list on a new spreadsheet', () => {
    runSetup();
    expect(recipientDropdown()).toEqual(['区委组织部', '市委组织部', '省委组织部', '中组部']);
  });

  it('offers a 县 office its own department, not 区委组织部', () => {
    apps.spreadsheet._addSheet('设置', [
      ['项目', '值', '说明'],
      ['本级组织部', '临县县委组织部', ''],
    ]);
    runSetup();
    const values = recipientDropdown();
    // First; 区委组织部 stays only because the preset's 指标 (filled in beside this 设置) still names it.
    expect(values.slice(0, 4)).toEqual(['县委组织部', '市委组织部', '省委组织部', '中组部']);
  });
});

describe('the 报送对象 dropdown of a prefecture', () => {
  it('follows its 单位 table: 市委组织部 first, no 上级市委组织部 above it', () => {
    apps.spreadsheet._addSheet('设置', [
      ['项目', '值', '说明'],
      ['本级组织部', '吕梁市委组织部', ''],
    ]);
    apps.spreadsheet._addSheet('单位', [
      ['单位', '类型'],
      ['临县县委组织部', '县市区'],
      ['离石区委组织部', '县市区'],
      ['办公室', '部机关科室'],
    ]);
    runSetup();
    const values = recipientDropdown();
    expect(values[0]).toBe('市委组织部');
    expect(values).not.toContain('上级市委组织部');
  });
});

describe('recipientChoices', () => {
  it('adds the recipients quotas name beyond the departments (类别: 研究室)', () => {
    expect(recipientChoices(presetRules('类别'))).toContain('研究室');
    expect(recipientChoices(presetRules('上街区'))).toEqual([
      '区委组织部',
      '市委组织部',
      '省委组织部',
      '中组部',
    ]);
  });

  it('give a 县 office whose quotas name 县委组织部 no 区委组织部', () => {
    const base = presetRules('上街区');
    const county = {
      settings: { ...base.settings, ownDepartment: '临县县委组织部' },
      indicators: base.indicators.map((i) => ({
        ...i,
        filter: { ...i.filter, recipients: i.filter.recipients.map((r) => r.replace('区委', '县委')) },
      })),
    };
    const values = recipientChoices(county);
    expect(values[0]).toBe('县委组织部');
    expect(values).not.toContain('区委组织部');
  });
});
