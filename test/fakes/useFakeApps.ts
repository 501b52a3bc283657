// One fresh fake SpreadsheetApp installed for each test of a file, and removed after it.
import { afterEach, beforeEach } from 'vitest';
import { createFakeApps, type FakeApps } from './spreadsheetApp';

/** `fake.apps` is the running test's own fake (set before each test). */
export function useFakeApps(options: Parameters<typeof createFakeApps>[0]): { apps: FakeApps } {
  const fake = {} as { apps: FakeApps };
  let uninstall = () => {};
  beforeEach(() => {
    fake.apps = createFakeApps(options);
    uninstall = fake.apps.install();
  });
  afterEach(() => uninstall());
  return fake;
}
