// Where the sidebar tests find Debian's Chromium: the first `chromium` (or `chromium-browser`) on PATH.
// One lookup shared by the ensure step (scripts/ensure-test-tools.mjs) and the browser harness, so a
// PATH without Chromium means the same thing to both.
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const NAMES = ['chromium', 'chromium-browser'];

/** The absolute path of Chromium on `path` (default: this process's PATH), or null. */
export function findChromium(path = process.env.PATH ?? '') {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    for (const name of NAMES) {
      const file = join(dir, name);
      try {
        if (!statSync(file).isFile()) continue;
        accessSync(file, constants.X_OK);
        return file;
      } catch {
        // not here: try the next directory
      }
    }
  }
  return null;
}
