// The manifest's oauthScopes against the services dist/Code.js calls. With explicit scopes, Apps Script
// refuses a call whose scope is missing ("You do not have permission…"), and nothing here can run
// Google's runtime, so the check is on the built code: every scope needed is declared, none is extra.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');
const SCOPE = 'https://www.googleapis.com/auth/';

/** A service call and the scope Google's reference lists for it (null: no authorization needed). */
const NEEDS: readonly { call: RegExp; scope: string | null }[] = [
  { call: /\bSpreadsheetApp\.getActive(Spreadsheet)?\(/, scope: 'spreadsheets.currentonly' },
  { call: /\bSpreadsheetApp\.getUi\(/, scope: 'script.container.ui' },
  { call: /\bHtmlService\./, scope: 'script.container.ui' },
  { call: /\bSession\.get(Active|Effective)User\(/, scope: 'userinfo.email' },
  { call: /\bLockService\./, scope: null },
  // formatDate/parseDate read and write dates in the spreadsheet's zone; Utilities needs no authorization
  // (https://developers.google.com/apps-script/reference/utilities/utilities).
  { call: /\bUtilities\.(formatDate|parseDate)\(/, scope: null },
];

/** Apps Script services we know the scopes of; any other service in Code.js fails the test. */
const KNOWN = new Set(['SpreadsheetApp', 'HtmlService', 'Session', 'LockService', 'Utilities']);
const SERVICES =
  /\b(SpreadsheetApp|DocumentApp|SlidesApp|FormApp|DriveApp|GmailApp|MailApp|CalendarApp|UrlFetchApp|ScriptApp|PropertiesService|CacheService|HtmlService|Session|LockService|ContactsApp|Utilities|Logger|CardService|DataStudioApp|Charts|XmlService|Jdbc|Maps|LanguageApp|BigQuery)\./g;

let code = '';
let declared: string[] = [];

beforeAll(() => {
  if (!existsSync(join(root, 'dist/Code.js')))
    execFileSync(process.execPath, [join(root, 'scripts/build.mjs')]);
  code = readFileSync(join(root, 'dist/Code.js'), 'utf8');
  const manifest = JSON.parse(readFileSync(join(root, 'dist/appsscript.json'), 'utf8'));
  declared = (manifest.oauthScopes as string[]).map((s) => s.replace(SCOPE, ''));
});

describe('appsscript.json scopes', () => {
  it('Code.js uses only services whose scopes this test knows', () => {
    const used = new Set([...code.matchAll(SERVICES)].map((m) => m[1]));
    expect([...used].filter((s) => !KNOWN.has(s))).toEqual([]);
  });

  it('declares every scope a service call in Code.js needs, and no other', () => {
    const needed = new Set(NEEDS.filter((n) => n.call.test(code) && n.scope).map((n) => n.scope as string));
    expect([...needed].sort()).toEqual([...declared].sort());
  });

  it('asks for the current spreadsheet only, never all of the user’s spreadsheets or Drive', () => {
    expect(declared).toContain('spreadsheets.currentonly');
    expect(declared.filter((s) => s === 'spreadsheets' || s.startsWith('drive'))).toEqual([]);
  });
});
