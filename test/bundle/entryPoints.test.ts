// The build's rules for entry points: what would make a function invisible to Apps Script, shadowed
// by a Sheets built-in, or undocumented in the formula help, fails the build.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';
import { asClassicScript } from '../../scripts/addonBundle.mjs';
import {
  appsScriptOnly,
  checkEntryPoints,
  type EntryPoint,
  readEntryPoints,
  retab,
  stub,
} from '../../scripts/entryPoints.mjs';

function entry(name: string, jsdoc: string, params = ['a']): EntryPoint {
  return {
    name,
    jsdoc,
    params: params.map((p) => ({ name: p, rest: false })),
    custom: /@customfunction/.test(jsdoc),
    file: 'x.ts',
  };
}

const DOC = '/**\n * 说明\n * @param {Array} a 参数\n * @customfunction\n */';

describe('entry point checks', () => {
  it('accepts a documented ZG_ custom function', () => {
    expect(checkEntryPoints([entry('ZG_OK', DOC)])).toEqual([]);
  });

  it('refuses a name ending in _, a built-in name, a ZG_ function without @customfunction, an undocumented parameter', () => {
    expect(checkEntryPoints([entry('ZG_HIDDEN_', DOC)]).join()).toMatch(/ends in "_"/);
    expect(checkEntryPoints([entry('setup_', '')]).join()).toMatch(/ends in "_"/);
    expect(checkEntryPoints([entry('SUM', DOC)]).join()).toMatch(/built-in/);
    expect(checkEntryPoints([entry('vlookup', DOC)]).join()).toMatch(/built-in/);
    expect(checkEntryPoints([entry('ZG_NODOC', '/** 说明 */')]).join()).toMatch(/lacks @customfunction/);
    expect(checkEntryPoints([entry('ZG_PARAM', DOC, ['a', 'b'])]).join()).toMatch(
      /parameter b has no @param/,
    );
  });
});

describe('reading entry points from TypeScript', () => {
  it('follows re-exports and keeps parameter names and the JSDoc block', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zg-entry-'));
    writeFileSync(
      join(dir, 'fns.ts'),
      `/**\n   * 加倍\n   * @param {number} value 数值\n   * @customfunction\n   */\nexport function ZG_DOUBLE(value: number, ...more: number[]): number { return value * 2 + more.length; }\nexport const NOT_A_FUNCTION = 1;\nfunction inner() {}\nexport { inner as renamed };\n`,
    );
    writeFileSync(
      join(dir, 'main.ts'),
      `export * from './fns';\nexport function onOpen(e?: unknown): void { void e; }\n`,
    );
    const entries = readEntryPoints(join(dir, 'main.ts'));
    expect(entries.map((e) => e.name)).toEqual(['onOpen', 'renamed', 'ZG_DOUBLE']);
    const double = entries.find((e) => e.name === 'ZG_DOUBLE')!;
    expect(double.custom).toBe(true);
    expect(double.params).toEqual([
      { name: 'value', rest: false },
      { name: 'more', rest: true },
    ]);
    expect(stub(double, '__AddOn')).toBe(
      '/**\n * 加倍\n * @param {number} value 数值\n * @customfunction\n */\nfunction ZG_DOUBLE(value, ...more) {\n  return __AddOn.ZG_DOUBLE(value, ...more);\n}',
    );
  });
});

describe('bundle guards', () => {
  it('fails a bundle that imports a Node module or exceljs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zg-guard-'));
    for (const mod of ['node:fs', 'exceljs']) {
      writeFileSync(join(dir, 'main.ts'), `import * as m from '${mod}';\nexport const x = m;\n`);
      await expect(
        esbuild.build({
          entryPoints: [join(dir, 'main.ts')],
          bundle: true,
          write: false,
          logLevel: 'silent',
          plugins: [appsScriptOnly],
        }),
      ).rejects.toThrow(/not available in Apps Script/);
    }
  });

  it('re-indents with tabs but leaves multi-line template literals as they are', () => {
    const code = 'function f() {\n  const s = `a\n  b`;\n  return s;\n}\n';
    expect(retab(code)).toBe('function f() {\n\tconst s = `a\n  b`;\n\treturn s;\n}\n');
  });

  it('wraps the ES module in one IIFE whose object holds every export, renamed ones by their exported name', () => {
    const esm =
      'function hidden() {\n  return 1;\n}\nfunction a() {\n  return hidden();\n}\nvar b2 = () => 2;\nexport {\n  a,\n  b2 as b\n};\n';
    const script = asClassicScript(esm, '__Test');
    expect(script.split('\n').slice(0, 5)).toEqual([
      '"use strict";',
      'var __Test = (() => {',
      'function hidden() {',
      '  return 1;',
      '}',
    ]);
    const ctx = vm.createContext({});
    vm.runInContext(
      `${script}\nvar seen = [Object.keys(__Test).join(), __Test.a(), __Test.b(), typeof hidden];`,
      ctx,
    );
    expect(vm.runInContext('seen', ctx)).toEqual(['a,b', 1, 2, 'undefined']);
    expect(() => asClassicScript('function a() {}\n')).toThrow(/one export list/);
  });
});
