// The globals of dist/Code.js are a list, not a side effect: every top-level function is callable from a
// page through google.script.run (and from a menu or a cell), so the exact list is pinned here. Adding a
// global is a decision: add it to src/addon/main.ts by name and to this list.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');
let code = '';

beforeAll(() => {
  if (!existsSync(join(root, 'dist/Code.js')))
    execFileSync(process.execPath, [join(root, 'scripts/build.mjs')]);
  code = readFileSync(join(root, 'dist/Code.js'), 'utf8');
});

/** Top-level declarations of a classic script: what Apps Script makes global. */
function topLevel(source: string): { functions: string[]; variables: string[] } {
  const file = ts.createSourceFile('Code.js', source, ts.ScriptTarget.ES2020, false, ts.ScriptKind.JS);
  const functions: string[] = [];
  const variables: string[] = [];
  for (const s of file.statements) {
    if (ts.isFunctionDeclaration(s) && s.name) functions.push(s.name.text);
    else if (ts.isVariableStatement(s)) {
      for (const d of s.declarationList.declarations) variables.push(d.name.getText(file));
    } else if (ts.isClassDeclaration(s) && s.name) variables.push(s.name.text);
  }
  return { functions: functions.sort(), variables };
}

describe('Apps Script globals in dist/Code.js', () => {
  it('are exactly the menu handlers, triggers, custom functions and sidebar server functions', () => {
    expect(topLevel(code).functions).toEqual(
      [
        // triggers and menu items (src/addon/menu.ts)
        'onInstall',
        'onOpen',
        'setupLedger',
        'showEntrySidebar',
        'showReportDialog',
        'refreshDashboardFromMenu',
        'showRulesSidebar',
        'showHelp',
        // 刷新领导看板 (src/addon/dashboard.ts)
        'refreshDashboard',
        // 录入稿件 (src/addon/sidebar/entry.ts)
        'getEntryFormData',
        'previewRow',
        'appendLedgerRow',
        'listMyRows',
        // 生成通报 (src/addon/sidebar/report.ts)
        'getReportInfo',
        'generateReport',
        'saveReportSettings',
        'selectLedgerRow',
        'showSheet',
        // 规则与预设 (src/addon/sidebar/rules.ts)
        'getRulesStatus',
        'applyPreset',
        'selectRuleCell',
        // custom functions (src/addon/customFunctions.ts)
        'ZG_LEDGER',
        'ZG_POINTS',
        'ZG_CREDIT',
        'ZG_CHECK',
        'ZG_UNIT_POINTS',
        'ZG_STATUS',
      ].sort(),
    );
  });

  it('hold the bundle in one variable, so no helper leaks into the global scope', () => {
    expect(topLevel(code).variables).toEqual(['__AddOn']);
  });

  it('are listed by name in src/addon/main.ts: no export * that would publish whatever a module exports', () => {
    const main = readFileSync(join(root, 'src/addon/main.ts'), 'utf8');
    expect(main.split('\n').filter((line) => /^\s*export\s+\*/.test(line))).toEqual([]);
  });
});
