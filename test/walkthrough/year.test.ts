// The year walkthrough (year.ts) through the TypeScript sources, in three spreadsheet time zones, with
// the script's own zone Asia/Shanghai as in appsscript.json and the clock fixed (Dec 20/21, 2025).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as main from '../../src/addon/main';
import { createFakeApps } from '../fakes/spreadsheetApp';
import { type Door, NOW, OWNER, walkThroughYear } from './year';

const savedTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Asia/Shanghai'; // the script's zone (appsscript.json)
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterAll(() => {
  vi.useRealTimers();
  process.env.TZ = savedTz;
});

function sourceDoor(): { door: Door; uninstall: () => void } {
  const apps = createFakeApps({ owner: OWNER });
  const uninstall = apps.install();
  const fns = main as unknown as Record<string, (...a: unknown[]) => unknown>;
  const door: Door = {
    apps,
    call: (user, name, ...args) => {
      const out = apps.run(() => fns[name](...args), { user });
      return (out ?? {}) as Record<string, unknown>;
    },
    functions: fns,
  };
  return { door, uninstall };
}

describe('a year of the add-on on the strict fake (sources)', () => {
  for (const tz of ['Asia/Shanghai', 'America/Los_Angeles', 'Asia/Tokyo']) {
    it(`in a spreadsheet set to ${tz}: no row lost, every figure equal to the command line's, no alert`, () => {
      const { door, uninstall } = sourceDoor();
      try {
        const result = walkThroughYear(door, tz);
        expect(result).toMatchObject({ rows: 500, units: 15 });
      } finally {
        uninstall();
      }
    }, 600_000);
  }
});
