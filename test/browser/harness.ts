// Load a sidebar page in Debian's Chromium with a google.script.run stand-in whose calls run the REAL
// server functions (the globals src/addon/main.ts exports) in Node against the in-memory SpreadsheetApp fake.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { findChromium } from '../../scripts/chromium.mjs';
import { assemblePage } from '../../scripts/pages.mjs';
import * as api from '../../src/addon/main';
import { COMPUTED_HEADERS, LEDGER_HEADERS } from '../../src/core/ledger';
import { presetRules, rulesToGrids } from '../../src/core/rules';
import { createFakeApps, type FakeApps } from '../fakes/spreadsheetApp';

export type SidebarName = 'entry' | 'report' | 'rules' | 'help';

const ROOT = resolve(import.meta.dirname, '../..');
const ORIGIN = 'https://sidebar.test';
export const CHROMIUM = findChromium() ?? '/usr/bin/chromium'; // npm test's ensure step put it on PATH
const ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--lang=zh-CN',
];

/**
 * Chromium on Linux takes its UI locale, which lays out date inputs (2024/03/01, not 03/01/2024), from
 * LANGUAGE / LANG and ignores --lang; it needs the zh-CN.pak of Debian's chromium-l10n (see zhCnMissing).
 * The locale option above only sets navigator.language and Accept-Language.
 */
const ZH_CN_ENV = { ...process.env, LANG: 'zh_CN.UTF-8', LANGUAGE: 'zh_CN:zh' };

/** Debian's Chromium without chromium-l10n: its locales hold en-US.pak only, and pages show US dates. */
export function zhCnMissing(): boolean {
  const dir = '/usr/lib/chromium/locales';
  return existsSync(dir) && !existsSync(join(dir, 'zh-CN.pak'));
}

/**
 * The page as Apps Script would serve it: the built copy in dist/ (npm test builds first). A dist/ copy
 * older than its source is a stale build from an earlier run: the source is then loaded instead.
 */
export function sidebarHtml(name: SidebarName): string {
  return assemblePage(join(ROOT, 'src', 'ui'), `${name}.html`); // exactly what the build writes to dist/
}

/** Ledger header as 初始化台账 lays it out, plus the optional 录入人 column. */
export const LEDGER_HEADER = [...LEDGER_HEADERS, ...COMPUTED_HEADERS, '录入人'];

/** A fake workbook with 稿件台账 (header + rows) and the 上街区 单位 table. */
export function fakeWorkbook(rows: Record<string, unknown>[] = [], user = 'xinxi@example.org'): FakeApps {
  const fake = createFakeApps({ user, startWithSheet1: false });
  const grid = [LEDGER_HEADER, ...rows.map((r) => LEDGER_HEADER.map((h) => r[h] ?? ''))];
  fake.spreadsheet._addSheet('稿件台账', grid);
  fake.spreadsheet._addSheet('单位', rulesToGrids(presetRules('上街区')).单位);
  return fake;
}

/** Throw if a Date is anywhere in a value: google.script.run cannot carry one either way. */
function assertNoDate(value: unknown, where: string): void {
  if (Object.prototype.toString.call(value) === '[object Date]') {
    throw new Error(`google.script.run cannot pass a Date (${where})`);
  }
  if (value && typeof value === 'object') {
    for (const v of Object.values(value as Record<string, unknown>)) assertNoDate(v, where);
  }
}

// Runs in the page before its scripts: google.script.run as Apps Script's client offers it.
const STAND_IN = `(() => {
  window.__gasCalls = [];
  window.__gasPending = 0;
  function runner(success, failure, user) {
    return new Proxy({}, {
      get(_t, prop) {
        if (prop === 'withSuccessHandler') return (fn) => runner(fn, failure, user);
        if (prop === 'withFailureHandler') return (fn) => runner(success, fn, user);
        if (prop === 'withUserObject') return (u) => runner(success, failure, u);
        if (typeof prop !== 'string') return undefined;
        return (...args) => {
          const hasDate = (v) => v instanceof Date || (v && typeof v === 'object' && Object.values(v).some(hasDate));
          if (args.some(hasDate)) throw new Error('google.script.run: Date parameters are not supported');
          window.__gasCalls.push(prop);
          window.__gasPending++;
          window.__gasRun(prop, JSON.stringify(args)).then(
            (text) => { window.__gasPending--; if (success) success(JSON.parse(text), user); },
            (err) => { window.__gasPending--; if (failure) failure(new Error(String(err && err.message || err)), user); },
          );
        };
      },
    });
  }
  window.google = { script: { run: runner(null, null, undefined), host: { close() { window.__closed = true; }, editor: { focus() {} } } } };
})();`;

export interface Sidebar {
  page: Page;
  fake: FakeApps;
  /** Messages of any alert/confirm/prompt the page opened (there should be none). */
  dialogs: string[];
  /** Page errors (uncaught exceptions). */
  errors: string[];
  /** Names of server functions called, in order. */
  calls: string[];
  /** Wait until no google.script.run call is in flight. */
  idle(): Promise<void>;
  /** Let the calls held by `hold` go on (the server "finishes"). */
  release(): void;
  close(): Promise<void>;
}

export interface OpenOptions {
  width?: number;
  height?: number;
  /** Server functions whose calls wait for release(), to see the page while the server works. */
  hold?: string[];
  /** Server functions whose calls reach the page's failure handler with this text, as google.script.run does
   *  when the run itself fails (time-out, lapsed authorisation, network): respond() cannot catch those. */
  fail?: Record<string, string>;
}

/** Launch Chromium (fresh profile), install the fake's globals and open the page. Always close() it. */
export async function openSidebar(
  name: SidebarName,
  fake: FakeApps,
  options: OpenOptions = {},
): Promise<Sidebar> {
  const profile = mkdtempSync(join(tmpdir(), 'zugong-chromium-'));
  const uninstall = fake.install();
  let context: BrowserContext | null = null;
  const cleanup = async () => {
    await context?.close().catch(() => undefined);
    uninstall();
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: ARGS,
      headless: true,
      viewport: { width: options.width ?? 300, height: options.height ?? 900 },
      locale: 'zh-CN',
      env: ZH_CN_ENV,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const dialogs: string[] = [];
    const errors: string[] = [];
    const calls: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => errors.push(e.message));
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.exposeFunction('__gasRun', async (fn: string, argsJson: string) => {
      if (options.hold?.includes(fn)) await released;
      const target = (api as Record<string, unknown>)[fn];
      if (typeof target !== 'function') throw new Error(`Script function not found: ${fn}`);
      calls.push(fn);
      const failure = options.fail?.[fn];
      if (failure !== undefined) throw new Error(failure);
      const args = JSON.parse(argsJson) as unknown[];
      const result = (target as (...a: unknown[]) => unknown)(...args);
      assertNoDate(result, `${fn} result`);
      return JSON.stringify(result ?? null);
    });
    await page.addInitScript(STAND_IN);
    // Only the page itself loads: the add-on stylesheet and anything else off-box fails, as in CI.
    const html = sidebarHtml(name);
    await page.route('**/*', (route) =>
      route.request().url() === `${ORIGIN}/${name}.html`
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
        : route.abort(),
    );
    await page.goto(`${ORIGIN}/${name}.html`);
    const idle = async () => {
      await page.waitForFunction(() => (window as unknown as { __gasPending: number }).__gasPending === 0);
    };
    return { page, fake, dialogs, errors, calls, idle, release: () => release(), close: cleanup };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

/** The ledger tab's values as a grid (header first). */
export function ledgerValues(fake: FakeApps): unknown[][] {
  return fake.spreadsheet._sheet('稿件台账')!.getDataRange().getValues();
}

/** The ledger's data rows as header → value records (blank rows dropped). */
export function ledgerRecords(fake: FakeApps): Record<string, unknown>[] {
  const [header, ...rows] = ledgerValues(fake);
  return rows
    .filter((r) => r.some((v) => v !== ''))
    .map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}
