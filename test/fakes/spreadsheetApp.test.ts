// The fake must behave like Sheets where the add-on relies on it, or the add-on tests prove nothing.
import { describe, expect, it } from 'vitest';
import { createFakeApps } from './spreadsheetApp';

describe('fake SpreadsheetApp', () => {
  it('reads blanks as "" and dates as Date objects; getDataRange covers the used area', () => {
    const { spreadsheet } = createFakeApps();
    const sheet = spreadsheet.insertSheet('表');
    sheet.getRange(2, 2, 1, 2).setValues([[new Date(2024, 2, 5), 7]]);
    const range = sheet.getDataRange();
    expect(range.getA1Notation()).toBe('A1:C2');
    const values = range.getValues();
    expect(values[0]).toEqual(['', '', '']);
    expect(values[1][1]).toBeInstanceOf(Date);
    expect((values[1][1] as Date).getDate()).toBe(5);
    expect(values[1][2]).toBe(7);
  });

  it('refuses a setValues whose size differs from the range, with Sheets’ message', () => {
    const { spreadsheet } = createFakeApps();
    const sheet = spreadsheet.insertSheet('表');
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([[1, 2, 3]])).toThrow(/number of columns in the data/);
    expect(() => sheet.getRange(1001, 1)).toThrow(/outside the dimensions of the sheet/);
  });

  it('turns = strings into formulas and keeps apostrophe strings as text without the apostrophe', () => {
    const { spreadsheet } = createFakeApps();
    const sheet = spreadsheet.insertSheet('表');
    sheet.getRange(1, 1, 1, 4).setValues([['=SUM(B1:C1)', "'=SUM(B1:C1)", '-2', '+x']]);
    expect(sheet.getRange('A1:D1').getFormulas()[0]).toEqual(['=SUM(B1:C1)', '', '', '=+x']);
    expect(sheet.getRange('B1').getValue()).toBe('=SUM(B1:C1)');
    expect(sheet.getRange('C1').getValue()).toBe(-2);
  });

  it('reads open-ended A1 ranges to the sheet’s last row', () => {
    const { spreadsheet } = createFakeApps();
    const sheet = spreadsheet.insertSheet('单位');
    expect(sheet.getRange('A2:A').getA1Notation()).toBe('A2:A1000');
    expect(spreadsheet.getRange("'单位'!B1:C").getNumRows()).toBe(1000);
  });

  it('counts every call and fails the chosen write once', () => {
    const apps = createFakeApps();
    apps.resetCounts();
    const sheet = apps.spreadsheet.insertSheet('表');
    sheet.getRange(1, 1).setValue('a');
    expect(apps.log.byMethod).toEqual({
      'Spreadsheet.insertSheet': 1,
      'Sheet.getRange': 1,
      'Range.setValue': 1,
    });
    apps.failAfterWrites(1);
    sheet.getRange(1, 1).setValue('b');
    expect(() => sheet.getRange(1, 1).setValue('c')).toThrow(/timed out/);
    sheet.getRange(1, 1).setValue('d');
    expect(sheet.getRange(1, 1).getValue()).toBe('d');
  });

  it('keeps sheet order and refuses duplicate names like Sheets', () => {
    const { spreadsheet } = createFakeApps();
    spreadsheet.insertSheet('乙');
    spreadsheet.insertSheet('甲', 0);
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual(['甲', 'Sheet1', '乙']);
    expect(() => spreadsheet.insertSheet('甲')).toThrow(/already exists/);
  });

  it('refuses rows and columns added or removed on a sheet protected against the user, as it refuses its cells', () => {
    const apps = createFakeApps({ owner: 'owner@example.org' });
    const sheet = apps.spreadsheet.insertSheet('台账');
    sheet.protect();
    apps.setUser('staff@example.org');
    const refused = /protected cell or object/;
    expect(() => sheet.insertColumnsAfter(1, 2)).toThrow(refused);
    expect(() => sheet.insertColumnsBefore(1, 2)).toThrow(refused);
    expect(() => sheet.insertRowsAfter(1, 2)).toThrow(refused);
    expect(() => sheet.deleteColumns(2, 1)).toThrow(refused);
    expect(() => sheet.deleteRows(2, 1)).toThrow(refused);
    expect(sheet.getMaxColumns()).toBe(26);
    expect(sheet.getMaxRows()).toBe(1000);
    apps.setUser('owner@example.org');
    sheet.insertColumnsAfter(1, 2);
    expect(sheet.getMaxColumns()).toBe(28);
  });

  it('refuses an empty or blank tab name', () => {
    const { spreadsheet } = createFakeApps();
    expect(() => spreadsheet.insertSheet('')).toThrow(/Invalid argument/);
    expect(() => spreadsheet.insertSheet('  ')).toThrow(/Invalid argument/);
    const sheet = spreadsheet.insertSheet('表');
    expect(() => sheet.setName('')).toThrow(/Invalid argument/);
    expect(() => sheet.setName(' \t')).toThrow(/Invalid argument/);
    expect(sheet.getName()).toBe('表');
  });

  it('hides a tab but never the only one in view, as Sheet.hideSheet refuses', () => {
    const { spreadsheet } = createFakeApps();
    const a = spreadsheet.insertSheet('稿件台账');
    const b = spreadsheet.insertSheet('2023年');
    // Every tab but 稿件台账 hidden (a new spreadsheet has a Sheet1 of its own).
    for (const s of spreadsheet.getSheets()) if (s !== a) s.hideSheet();
    expect([a.isSheetHidden(), b.isSheetHidden()]).toEqual([false, true]);
    expect(() => a.hideSheet()).toThrow(/hide all the sheets/);
    b.hideSheet(); // already hidden: no effect
    b.showSheet();
    a.hideSheet();
    expect([a.isSheetHidden(), b.isSheetHidden()]).toEqual([true, false]);
  });
});
