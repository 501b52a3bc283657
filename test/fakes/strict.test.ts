// The fake refuses what Google Sheets refuses, and behaves as Sheets does where the add-on could trip:
// each rule here is one the add-on once broke or could break in a real spreadsheet (DESIGN.md, "Facts
// of Apps Script"). The reference page of each rule is cited beside its code in spreadsheetApp.ts.
import { describe, expect, it } from 'vitest';
import { sheetsWouldParse } from '../../src/sheets/typedInput';
import { chartRangeA1, createFakeApps } from './spreadsheetApp';

describe('merges and frozen panes', () => {
  it('refuses a merge across the frozen columns or rows, with Sheets’ words', () => {
    const { spreadsheet } = createFakeApps();
    const sheet = spreadsheet.insertSheet('看板');
    sheet.setFrozenColumns(1);
    sheet.setFrozenRows(2);
    expect(() => sheet.getRange(1, 1, 1, 5).merge()).toThrow("You can't merge frozen and non-frozen columns");
    expect(() => sheet.getRange(2, 3, 2, 1).merge()).toThrow("You can't merge frozen and non-frozen rows");
    // Inside the frozen area, or wholly outside it, a merge is fine.
    sheet.getRange(1, 2, 1, 4).merge();
    sheet.getRange(1, 1, 2, 1).merge();
    sheet.getRange(5, 2, 3, 3).merge();
    expect(sheet._merges.length).toBe(3);
  });

  it('refuses a freeze that cuts a merge', () => {
    const { spreadsheet } = createFakeApps();
    const sheet = spreadsheet.insertSheet('看板');
    sheet.getRange(1, 1, 1, 9).merge();
    sheet.getRange(4, 1, 3, 1).merge();
    expect(() => sheet.setFrozenColumns(1)).toThrow(/freeze columns that contain only part of a merged cell/);
    expect(() => sheet.setFrozenRows(4)).toThrow(/freeze rows that contain only part of a merged cell/);
    sheet.setFrozenRows(3);
    sheet.setFrozenColumns(9);
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([3, 9]);
  });
});

describe('rows to spare', () => {
  it('refuses to freeze every row or column of a tab, and to delete the rows under a frozen header', () => {
    const { spreadsheet } = createFakeApps();
    const sheet = spreadsheet._addSheet('人员', [['姓名', '单位']], 2, 2);
    expect(() => sheet.setFrozenColumns(2)).toThrow("You can't freeze all visible columns on the sheet.");
    sheet.setFrozenRows(1);
    expect(() => sheet.deleteRows(2, 1)).toThrow('Sorry, it is not possible to delete all non-frozen rows.');
    sheet.deleteColumns(2, 1); // no frozen column: any column but the last may go
    sheet.setFrozenRows(0);
    sheet.deleteRows(2, 1);
    expect(() => sheet.setFrozenRows(1)).toThrow("You can't freeze all visible rows on the sheet.");
  });

  it('refuses a cell of more than 50,000 characters', () => {
    const { spreadsheet } = createFakeApps();
    const sheet = spreadsheet.insertSheet('台账');
    sheet.getRange(1, 1).setValue('长'.repeat(50_000));
    expect(() => sheet.getRange(2, 1).setValue('长'.repeat(50_001))).toThrow(/maximum of 50000 characters/);
    expect(sheet.getRange(2, 1).getValue()).toBe('');
  });
});

describe('time zones', () => {
  it('keeps a date cell’s wall clock and hands it out as local midnight in the spreadsheet’s zone', () => {
    const apps = createFakeApps({ timeZone: 'Asia/Tokyo' });
    const { spreadsheet, globals } = apps;
    const Utilities = globals.Utilities as {
      formatDate(d: Date, tz: string, f: string): string;
      parseDate(s: string, tz: string, f: string): Date;
    };
    const sheet = spreadsheet.insertSheet('表');
    // 2024-04-01 00:00 in Tokyo is 2024-03-31 15:00 UTC.
    sheet.getRange('A1').setValue(Utilities.parseDate('2024-04-01', 'Asia/Tokyo', 'yyyy-MM-dd'));
    const tokyo = sheet.getRange('A1').getValue() as Date;
    expect(tokyo.toISOString()).toBe('2024-03-31T15:00:00.000Z');
    expect(Utilities.formatDate(tokyo, 'Asia/Tokyo', 'yyyy-MM-dd')).toBe('2024-04-01');
    // Read in the script's zone (Asia/Shanghai) the same instant is still March.
    expect(Utilities.formatDate(tokyo, 'Asia/Shanghai', 'yyyy-MM-dd HH:mm')).toBe('2024-03-31 23:00');
    // File → Settings changes the zone: the cell still shows 2024-04-01, now midnight in Los Angeles.
    spreadsheet.setSpreadsheetTimeZone('America/Los_Angeles');
    expect(spreadsheet.getSpreadsheetTimeZone()).toBe('America/Los_Angeles');
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe('2024-04-01T07:00:00.000Z');
    expect(sheet.getRange('A1').getDisplayValues()).toEqual([['2024-04-01']]);
    expect(() => spreadsheet.setSpreadsheetTimeZone('Mars/Olympus')).toThrow(/Invalid argument/);
  });

  it('stores a Date written by a script as the wall clock of that instant in the spreadsheet’s zone', () => {
    const { spreadsheet } = createFakeApps({ timeZone: 'America/Los_Angeles' });
    const sheet = spreadsheet.insertSheet('表');
    // Midnight in Shanghai (the script's zone) is 9 a.m. the day before in Los Angeles.
    sheet.getRange('A1').setValue(new Date('2024-04-01T00:00:00+08:00'));
    sheet.getRange('A1').setNumberFormat('yyyy-mm-dd hh:mm');
    expect(sheet.getRange('A1').getDisplayValues()).toEqual([['2024-03-31 09:00']]);
  });

  it('formats dates in any zone with Utilities.formatDate, across daylight saving time', () => {
    const { globals } = createFakeApps();
    const U = globals.Utilities as { formatDate(d: Date, tz: string, f: string): string };
    const t = new Date('2024-03-10T10:30:00Z'); // the morning US clocks go forward
    expect(U.formatDate(t, 'America/Los_Angeles', "yyyy-MM-dd'T'HH:mm")).toBe('2024-03-10T03:30');
    expect(U.formatDate(t, 'Asia/Shanghai', 'yyyy年M月d日 H:mm')).toBe('2024年3月10日 18:30');
    expect(() => U.formatDate(t, 'Nowhere', 'yyyy')).toThrow(/Invalid argument/);
  });
});

describe('strings Sheets parses on write', () => {
  // What each string becomes in a General cell of a zh_CN spreadsheet.
  const cases: [string, unknown][] = [
    ['1e5', 100000],
    ['1 1/2', 1.5],
    ['#N/A', '#N/A'],
    ['TRUE', true],
    ['false', false],
    ['0012', 12],
    ['50%', 0.5],
    ['1,000', 1000],
    ['¥100', 100],
    ['-2', -2],
  ];

  it('parses numbers, booleans and errors out of plain strings, unless the cell is text (@) or the string is quoted', () => {
    const { spreadsheet } = createFakeApps();
    const sheet = spreadsheet.insertSheet('表');
    const n = cases.length;
    sheet.getRange(1, 1, n, 1).setValues(cases.map(([s]) => [s]));
    sheet.getRange(1, 2, n, 1).setValues(cases.map(([s]) => [`'${s}`]));
    sheet.getRange(1, 3, n, 1).setNumberFormat('@');
    sheet.getRange(1, 3, n, 1).setValues(cases.map(([s]) => [s]));
    const values = sheet.getRange(1, 1, n, 3).getValues();
    expect(values.map((r) => r[0])).toEqual(cases.map(([, v]) => v));
    expect(values.map((r) => r[1])).toEqual(cases.map(([s]) => s));
    expect(values.map((r) => r[2])).toEqual(cases.map(([s]) => s));
    expect(sheet._peek(3, 1)?.err).toBe(true); // #N/A is an error cell, not text
  });

  it('turns 3月5日, 3/5 and 2024-03-05 into dates and = + - @ into formulas', () => {
    const { spreadsheet, globals } = createFakeApps();
    const U = globals.Utilities as { formatDate(d: Date, tz: string, f: string): string };
    const sheet = spreadsheet.insertSheet('表');
    sheet.getRange(1, 1, 1, 7).setValues([['3月5日', '3/5', '2024-03-05', '=1+2', '+x', '-x', '@x']]);
    const [row] = sheet.getRange(1, 1, 1, 7).getValues();
    const year = new Date().getFullYear();
    expect(row.slice(0, 3).map((d) => U.formatDate(d as Date, 'Asia/Shanghai', 'yyyy-MM-dd'))).toEqual([
      `${year}-03-05`,
      `${year}-03-05`,
      '2024-03-05',
    ]);
    expect(sheet.getRange(1, 4, 1, 4).getFormulas()).toEqual([['=1+2', '=+x', '=-x', '=@x']]);
    sheet.getRange(2, 1, 1, 2).setNumberFormat('@');
    sheet.getRange(2, 1, 1, 2).setValues([['=1+2', "'x"]]);
    // In a plain-text cell nothing is parsed and the apostrophe is part of the text.
    expect(sheet.getRange(2, 1, 1, 2).getValues()).toEqual([['=1+2', "'x"]]);
    expect(sheet.getRange(2, 1, 1, 2).getFormulas()).toEqual([['', '']]);
  });

  it('the add-on’s test for “needs quoting” covers every string the fake parses', () => {
    const { spreadsheet } = createFakeApps();
    const sheet = spreadsheet.insertSheet('表');
    const samples = [
      ...cases.map(([s]) => s),
      '3月5日',
      '3/5',
      '2024/3/5',
      '2024.3.5',
      '2024年3月5日',
      '9:30',
      '=SUM(A1)',
      '+86 138',
      '-',
      '@某人',
      '#REF!',
      ' 0012 ',
      '1 1/2',
      '.5',
      '$1,234.50',
      '关于3月5日会议的报道',
      '第1期',
      '0012号文件',
      '张三、李四',
      'TRUE story',
    ];
    sheet.getRange(1, 1, samples.length, 1).setValues(samples.map((s) => [s]));
    const parsedButNotQuoted = samples.filter(
      (s, i) => sheet._peek(i + 1, 1)?.parsed && !sheetsWouldParse(s),
    );
    expect(parsedButNotQuoted).toEqual([]);
    // Plain text stays text and is not quoted needlessly.
    const quotedNeedlessly = ['关于3月5日会议的报道', '第1期', '张三、李四', 'TRUE story'].filter(
      sheetsWouldParse,
    );
    expect(quotedNeedlessly).toEqual([]);
  });
});

describe('executions, flush and the document lock', () => {
  it('keeps one execution’s writes invisible to another until flush() or return', () => {
    const apps = createFakeApps();
    const sheet = apps.spreadsheet.insertSheet('表');
    const flush = (apps.globals.SpreadsheetApp as { flush(): void }).flush;
    const seen: unknown[] = [];
    apps.run(() => {
      sheet.getRange('A1').setValue('mine');
      expect(sheet.getRange('A1').getValue()).toBe('mine'); // its own write it reads back
      apps.run(() => seen.push(sheet.getRange('A1').getValue(), sheet.getLastRow()));
      flush();
      apps.run(() => seen.push(sheet.getRange('A1').getValue()));
      sheet.getRange('A2').setValue('later');
      apps.run(() => seen.push(sheet.getRange('A2').getValue()));
    });
    seen.push(sheet.getRange('A2').getValue()); // returned: committed
    expect(seen).toEqual(['', 0, 'mine', '', 'later']);
  });

  it('lets a second execution take the lock only once the first released it; a release without flush hides the first one’s rows', () => {
    const apps = createFakeApps();
    const sheet = apps.spreadsheet.insertSheet('表');
    const Lock = apps.globals.LockService as {
      getDocumentLock(): { tryLock(ms: number): boolean; releaseLock(): void };
    };
    const appendName = (name: string, flushFirst: boolean) => {
      const lock = Lock.getDocumentLock();
      if (!lock.tryLock(1000)) throw new Error('busy');
      try {
        const next = sheet.getLastRow() + 1;
        sheet.getRange(next, 1).setValue(name);
      } finally {
        if (flushFirst) (apps.globals.SpreadsheetApp as { flush(): void }).flush();
        lock.releaseLock();
      }
    };
    let refused = false;
    apps.run(() => {
      expect(Lock.getDocumentLock().tryLock(0)).toBe(true);
      apps.run(() => {
        refused = !Lock.getDocumentLock().tryLock(0);
      });
      Lock.getDocumentLock().releaseLock();
    });
    expect(refused).toBe(true);

    apps.interleaveAfterRelease(() => apps.run(() => appendName('乙', false), { user: 'b@example.org' }));
    apps.run(() => appendName('甲', false), { user: 'a@example.org' });
    expect(sheet._grid()).toEqual([['甲']]); // 乙's row was written over: one row lost

    sheet.clear();
    apps.interleaveAfterRelease(() => apps.run(() => appendName('乙', true), { user: 'b@example.org' }));
    apps.run(() => appendName('甲', true), { user: 'a@example.org' });
    expect(sheet._grid()).toEqual([['甲'], ['乙']]);
  });

  it('has no document lock outside a document', () => {
    const apps = createFakeApps({ documentLock: false });
    const Lock = apps.globals.LockService as { getDocumentLock(): unknown; getScriptLock(): unknown };
    expect(Lock.getDocumentLock()).toBeNull();
    expect(Lock.getScriptLock()).not.toBeNull();
  });
});

describe('protections', () => {
  it('refuses a non-editor’s write into a protected range; warning-only lets a script through', () => {
    const apps = createFakeApps();
    const sheet = apps.spreadsheet.insertSheet('稿件台账');
    sheet.getRange('P:Q').protect().setDescription('审核');
    sheet.getRange('S:S').protect().setWarningOnly(true);
    apps.setUser('staff@example.org');
    expect(() => sheet.getRange(5, 16).setValue('终审')).toThrow(/protected cell/);
    expect(() => sheet.getRange(5, 1, 1, 17).setValues([Array(17).fill('x')])).toThrow(/protected cell/);
    sheet.getRange(5, 1, 1, 15).setValues([Array(15).fill('x')]);
    sheet.getRange(5, 19).setValue(2);
    expect(sheet.getRange(5, 19).getValue()).toBe(2);
  });

  it('a protection of whole columns covers rows added later; one of fixed rows does not', () => {
    const apps = createFakeApps();
    const sheet = apps.spreadsheet.insertSheet('稿件台账');
    sheet.getRange('P:P').protect();
    sheet.getRange(1, 17, 1000, 1).protect();
    sheet.insertRowsAfter(1000, 10);
    apps.setUser('staff@example.org');
    expect(() => sheet.getRange(1005, 16).setValue('终审')).toThrow(/protected cell/);
    sheet.getRange(1005, 17).setValue('不计分');
    expect(sheet.getRange(1005, 17).getValue()).toBe('不计分');
  });

  it('refuses removeEditors from a user whose right comes from a group until they add themselves', () => {
    const apps = createFakeApps({ owner: 'owner@example.org', user: 'admin@example.org' });
    apps.grantThroughGroup('admin@example.org');
    const sheet = apps.spreadsheet.insertSheet('单位');
    const p = sheet.protect();
    expect(() => p.removeEditors(p.getEditors())).toThrow(/add yourself first/i);
    p.addEditor('admin@example.org');
    p.removeEditors(p.getEditors());
    expect(p.getEditors().map((u) => u.getEmail())).toEqual(['owner@example.org', 'admin@example.org']);
  });

  it('lets only the owner and editors change a protection; canEdit says who', () => {
    const apps = createFakeApps();
    const sheet = apps.spreadsheet.insertSheet('单位');
    const p = sheet.protect();
    p.removeEditors(p.getEditors());
    apps.setUser('staff@example.org');
    expect(p.canEdit()).toBe(false);
    expect(() => p.addEditor('staff@example.org')).toThrow(/permission/);
    expect(() => p.setWarningOnly(true)).toThrow(/permission/);
    apps.setUser('owner@example.org');
    expect(p.canEdit()).toBe(true);
  });
});

describe('tabs', () => {
  it('insertSheet makes the new tab the active one', () => {
    const { spreadsheet } = createFakeApps();
    const before = spreadsheet.getActiveSheet();
    const tab = spreadsheet.insertSheet('通报');
    expect(spreadsheet.getActiveSheet()).toBe(tab);
    expect(before.getName()).toBe('Sheet1');
  });

  it('refuses to grow a spreadsheet past 10 million cells', () => {
    const { spreadsheet } = createFakeApps();
    const big = spreadsheet.insertSheet('大表');
    big.insertColumnsAfter(26, 974); // 1000 × 1000
    big.insertRowsAfter(1000, 8_970);
    expect(spreadsheet._cellCount()).toBe(9_970_000 + 26_000);
    expect(() => spreadsheet.insertSheet('再一张')).toThrow(/above the limit of 10000000 cells/);
    expect(() => big.insertRowsAfter(1, 10)).toThrow(/above the limit/);
    big.deleteRows(2, 100);
    spreadsheet.insertSheet('再一张');
  });
});

describe('embedded charts', () => {
  it('keeps a range once, anchors 1-indexed, and is on the sheet only once inserted', () => {
    const { spreadsheet } = createFakeApps();
    const sheet = spreadsheet.insertSheet('~看板');
    const data = sheet.getRange(1, 1, 13, 3);
    const builder = sheet.newChart().asColumnChart().addRange(data).addRange(sheet.getRange('A1:C13'));
    expect(() => builder.setPosition(0, 7, 0, 0)).toThrow(/1-indexed/);
    expect(() => builder.setPosition(1, 7, 0.5, 0)).toThrow(/1-indexed/);
    const chart = builder.setPosition(1, 7, 0, 0).build();
    expect(sheet.getCharts()).toEqual([]);
    sheet.insertChart(chart);
    // The same range twice is one range; it follows its tab through a rename.
    sheet.setName('看板');
    expect(sheet.getCharts()[0].getRanges().map(chartRangeA1)).toEqual(['看板!A1:C13']);
  });

  it('goes with its tab: deleting the tab deletes its chart', () => {
    const { spreadsheet } = createFakeApps();
    const old = spreadsheet.insertSheet('看板');
    old.insertChart(
      old.newChart().asColumnChart().addRange(old.getRange('A1:B3')).setPosition(1, 4, 0, 0).build(),
    );
    spreadsheet.deleteSheet(old);
    expect(spreadsheet._sheets.flatMap((s) => s.getCharts())).toEqual([]);
  });
});

describe('a custom function reads the spreadsheet and never writes to it', () => {
  it('a write during a formula’s call is refused as Sheets refuses it; reads are fine; after it, writes work', async () => {
    const { evaluateFormula } = await import('./evaluate');
    const { spreadsheet } = createFakeApps();
    const sheet = spreadsheet.insertSheet('表');
    sheet.getRange(1, 1).setValue(2);
    const functions = {
      READS: () =>
        spreadsheet
          .getSheets()
          .map((s) => s.getName())
          .join(),
      WRITES: () => {
        sheet.getRange(2, 1).setValue('x');
        return 1;
      },
    };
    expect(evaluateFormula(spreadsheet, sheet, '=READS()', functions)).toEqual([['Sheet1,表']]);
    expect(() => evaluateFormula(spreadsheet, sheet, '=WRITES()', functions)).toThrow(
      'You do not have permission to call setValue',
    );
    sheet.getRange(2, 1).setValue('y');
    expect(sheet.getRange(2, 1).getValue()).toBe('y');
  });
});
