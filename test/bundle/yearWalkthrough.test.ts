// The year walkthrough (test/walkthrough/year.ts) through the built dist/Code.js, loaded as Apps Script
// loads it: one classic script in a fresh global scope holding only the (fake) services, its clock fixed
// inside that scope, the script's zone Asia/Shanghai. Arguments and results cross the realm boundary as
// google.script.run and Sheets pass them.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createFakeApps } from '../fakes/spreadsheetApp';
import { type Door, NOW, OWNER, walkThroughYear } from '../walkthrough/year';

const root = join(__dirname, '../..');
let code = '';
const savedTz = process.env.TZ;

beforeAll(() => {
  if (!existsSync(join(root, 'dist/Code.js')))
    execFileSync(process.execPath, [join(root, 'scripts/build.mjs')]);
  code = readFileSync(join(root, 'dist/Code.js'), 'utf8');
  process.env.TZ = 'Asia/Shanghai';
  vi.useFakeTimers({ toFake: ['Date'] }); // the fake's own clock (3月5日 is this year's)
  vi.setSystemTime(NOW);
});
afterAll(() => {
  vi.useRealTimers();
  process.env.TZ = savedTz;
});

/** `new Date()` and Date.now() inside the script's realm say NOW. */
const FIXED_CLOCK = `(() => {
  const RealDate = Date;
  class FixedDate extends RealDate {
    constructor(...a) { if (a.length === 0) super(${NOW}); else super(...a); }
    static now() { return ${NOW}; }
  }
  globalThis.Date = FixedDate;
})();`;

const CUSTOM = ['ZG_LEDGER', 'ZG_POINTS', 'ZG_CREDIT', 'ZG_CHECK', 'ZG_UNIT_POINTS', 'ZG_STATUS'];

function bundleDoor(): Door {
  const apps = createFakeApps({ owner: OWNER });
  const ctx = vm.createContext({ ...apps.globals });
  vm.runInContext(FIXED_CLOCK, ctx);
  apps.useScriptRealm(vm.runInContext('Date', ctx));
  vm.runInContext(code, ctx, { filename: 'Code.js' });
  const fn = (name: string) => ctx[name] as (...a: unknown[]) => unknown;
  return {
    apps,
    call: (user, name, ...args) =>
      apps.run(
        () => {
          // google.script.run passes JSON: the arguments are rebuilt inside the script's realm.
          ctx.__json = JSON.stringify(args);
          return (vm.runInContext(`${name}.apply(null, JSON.parse(__json))`, ctx) ?? {}) as Record<
            string,
            unknown
          >;
        },
        { user },
      ),
    functions: Object.fromEntries(CUSTOM.map((name) => [name, (...a: unknown[]) => fn(name)(...a)])),
  };
}

describe('a year of dist/Code.js on the strict fake', () => {
  for (const tz of ['Asia/Shanghai', 'America/Los_Angeles', 'Asia/Tokyo']) {
    it(`in a spreadsheet set to ${tz}: no row lost, every figure equal to the command line's, no alert`, () => {
      const result = walkThroughYear(bundleDoor(), tz);
      expect(result).toMatchObject({ rows: 500, units: 15 });
    }, 600_000);
  }
});
