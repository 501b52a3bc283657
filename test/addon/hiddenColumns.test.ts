// An office hid its old 媒体 column and now types 采用媒体 (audit s34 A-F1b): of two columns read as one field,
// 生成通报 reads the one in view and says which was hidden. Sheets answers column by column
// (isColumnHiddenByUser), so only the columns sharing a field are asked (a lone hidden column is said by the
// command line only).
import { describe, expect, it } from 'vitest';
import { generateReport } from '../../src/addon/main';
import { runSetup } from '../../src/addon/setupLedger';
import type { Result } from '../../src/addon/sidebar/types';
import { useFakeApps } from '../fakes/useFakeApps';

const fake = useFakeApps({ owner: 'owner@example.org' });

function ok<T>(r: Result<T>): { ok: true } & T {
  if (!r.ok) throw new Error(r.message);
  return r;
}

const header = [
  '标题',
  '作者',
  '单位',
  '报送对象',
  '报送日期',
  '采用媒体',
  '采用方式',
  '录用日期',
  '字数',
  '媒体',
];
const rows = [
  [
    '峡窝镇推进网格党建',
    '潘平',
    '峡窝镇党委',
    '区委组织部',
    new Date(2024, 2, 5),
    '郑州日报',
    '录用',
    new Date(2024, 2, 12),
    1500,
    '旧报纸',
  ],
  [
    '中心路街道红色物业',
    '李明',
    '中心路街道党工委',
    '区委组织部',
    new Date(2024, 1, 1),
    '河南日报',
    '录用',
    new Date(2024, 1, 10),
    900,
    '旧报纸',
  ],
];

function report(hide: boolean) {
  runSetup();
  const tab = fake.apps.spreadsheet._addSheet('2024年', [header, ...rows]);
  if (hide) tab.hideColumns(10);
  const calls = fake.apps.log.byMethod['Sheet.isColumnHiddenByUser'] ?? 0;
  const r = ok(generateReport('2024'));
  return { r, asked: (fake.apps.log.byMethod['Sheet.isColumnHiddenByUser'] ?? 0) - calls };
}

describe('a hidden column beside one in view read as the same field', () => {
  it('the column in view is read, and the notice names the hidden one', () => {
    const { r, asked } = report(true);
    expect(r.issues).toEqual([]);
    expect(r.notices.join('\n')).toContain(
      'F列「采用媒体」和J列「媒体」都读作「媒体」列，使用F列「采用媒体」（J列已隐藏）',
    );
    expect(asked).toBe(2); // F and J, the two read as 媒体: only columns sharing a field are asked
  });

  it('in view, the column named exactly so is read (the old outlet, unknown: its rows are to check)', () => {
    const { r } = report(false);
    expect(r.issues.map((i) => i.title).sort()).toEqual(['中心路街道红色物业', '峡窝镇推进网格党建']);
  });
});
