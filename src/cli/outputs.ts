// Output files that never cost the user a file: an output may not be an input (by real path and by
// device + inode, so symlinks, hard links and `..` cannot slip through), and an existing file is replaced
// only when this tool wrote it (its core properties carry REPORT_MARKER) or --force says so.
// Decisions:
// - The marker lives in docProps/core.xml (cp:keywords), which .xlsx and .docx both have: the .docx
//   writer sets `keywords: REPORT_MARKER` in its core properties and calls guardOutput like the .xlsx one.
// - A file that cannot be read as a zip is not ours: refused without --force.
import { readFile, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { userError } from '../core/errors';
import { readZipEntry, zipEntries } from './zip';

/** Written into every report's core properties (cp:keywords); never typed by a person. */
export const REPORT_MARKER = 'zugong-ledger-report';

interface Identity {
  real: string;
  dev: number;
  ino: number;
}

async function identity(path: string): Promise<Identity | null> {
  try {
    const s = await stat(path);
    return { real: await realpath(path), dev: s.dev, ino: s.ino };
  } catch {
    return null;
  }
}

/** The real path a not-yet-existing file would have: its folder resolved, its name kept. */
async function futureRealPath(path: string): Promise<string> {
  try {
    return join(await realpath(dirname(path)), basename(path));
  } catch {
    return path;
  }
}

/** True when the file is an .xlsx/.docx whose core properties carry the report marker. */
export async function isOurReport(path: string): Promise<boolean> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    return false;
  }
  const entries = zipEntries(bytes);
  const core = entries?.find((e) => e.name === 'docProps/core.xml');
  if (!core || core.size > 1 << 20) return false;
  const xml = readZipEntry(bytes, core)?.toString('utf8') ?? '';
  const keywords = /<cp:keywords[^>]*>([^<]*)<\/cp:keywords>/.exec(xml)?.[1] ?? '';
  return keywords.split(/[\s,;]+/).includes(REPORT_MARKER);
}

export interface GuardedInput {
  path: string;
  /** How the message names it: 台账文件, 规则文件. */
  what: string;
}

/**
 * Refuse an output that is one of the inputs, or an existing file this tool did not write (unless
 * `force`). `what` names the option in messages (--out, --docx).
 */
export async function guardOutput(
  output: string,
  what: string,
  inputs: GuardedInput[],
  force: boolean,
): Promise<void> {
  const out = await identity(output);
  const outReal = out?.real ?? (await futureRealPath(output));
  for (const input of inputs) {
    const id = await identity(input.path);
    if (!id) continue;
    if (id.real === outReal || (out && out.dev === id.dev && out.ino === id.ino)) {
      throw userError(
        'output',
        `${what} 指向的是${input.what}本身（${output}），会覆盖原文件：请换一个输出文件名`,
        `${what} resolves to the ${input.what === '台账文件' ? 'ledger' : 'rules'} file itself: ${output}`,
      );
    }
  }
  if (!out) return;
  const s = await stat(output);
  if (!s.isFile()) {
    throw userError('output', `${what} 指向的不是文件：${output}`, `${what} is not a file: ${output}`);
  }
  if (!force && !(await isOurReport(output))) {
    throw userError(
      'output',
      `${what} 指向的文件已存在，且不是本工具生成的通报（${output}）：为免覆盖，请换一个文件名，或确认后加 --force`,
      `${what} exists and was not written by this tool, refusing to overwrite it (use --force): ${output}`,
    );
  }
}
