// Which python reads .xlsx with openpyxl for the one test that checks our files through a second reader
// (test/cli/xstringEscape): the `python3` first on PATH may be a pyenv one without it (PyPI is not reachable
// here), while Debian's /usr/bin/python3 gets it from the python3-openpyxl package. One lookup shared by the
// ensure step (scripts/ensure-test-tools.mjs) and the test, so both mean the same python.
import { spawnSync } from 'node:child_process';

const CANDIDATES = ['python3', '/usr/bin/python3'];

/** The first python that imports openpyxl, or null. */
export function findOpenpyxlPython() {
  for (const python of CANDIDATES) {
    const probe = spawnSync(python, ['-c', 'import openpyxl'], { stdio: 'ignore' });
    if (probe.status === 0) return python;
  }
  return null;
}
