// Command-line arguments of `zugong report …` (DESIGN.md, "Contracts others rely on").
import { parseDay } from '../core/dates';
import { userError } from '../core/errors';
import { parsePeriod, periodRefusal, reversedRange } from '../core/period';
import type { Day, Period } from '../core/types';

export const PRESETS = ['上街区', '部机关', '类别'] as const;
export type CliPreset = (typeof PRESETS)[number];

export interface ReportArgs {
  command: 'report';
  input: string;
  preset: CliPreset | null;
  rules: string | null;
  period: Period | null;
  asOf: Day | null;
  out: string | null;
  /** Where the 通报 goes as .docx; null: beside --out, same name with .docx. */
  docx: string | null;
  json: boolean;
  /** Replace an existing output file this tool did not write. */
  force: boolean;
}

export type ParsedArgs = ReportArgs | { command: 'help' } | { command: 'version' };

export const USAGE = `用法 Usage:
  zugong report <台账.xlsx|台账.csv> [--preset 上街区|部机关|类别] [--rules 规则.xlsx]
                [--period 2024 | 2024-Q1 | 2024-03 | 2024-01-01..2024-06-30]
                [--as-of 2024-06-30] [--out report.xlsx] [--docx 通报.docx] [--force] [--json]

  --preset   规则预设：补上台账工作簿和 --rules 都没有的规则表（默认 设置中的预设，否则 上街区）
  --rules    从另一个工作簿读取规则表（单位、媒体、计分、系数、加分、指标、设置、人员），优先于台账工作簿中的
  --period   通报期间：年、季度、月或日期范围（默认 设置中的年度；该年没有数据时取台账数据所在年）
  --as-of    以哪一天为“今天”计算进度（默认今天）
  --out      输出工作簿（通报、领导看板、带计算列的台账副本），并在旁边写出同名 .docx 通报
  --docx     通报 Word 文档的路径（默认与 --out 同名，扩展名 .docx）
  --force    输出文件已存在且不是本工具生成的通报时，仍然覆盖它
  --json     在标准输出打印一个 JSON 对象，不打印表格`;

const FLAG_OPTIONS = new Set(['--json', '--force', '--help', '--version']);
const VALUE_OPTIONS = new Set(['--preset', '--rules', '--period', '--as-of', '--out', '--docx']);

export function parseArgs(argv: string[]): ParsedArgs {
  const positional: string[] = [];
  const values = new Map<string, string>();
  let json = false;
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h' || arg === '--help' || arg === 'help') return { command: 'help' };
    if (arg === '-v' || arg === '--version') return { command: 'version' };
    if (arg === '--json') {
      json = true;
      continue;
    }
    if (arg === '--force') {
      force = true;
      continue;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq > 0 ? arg.slice(0, eq) : arg;
      // --json=true, --force=yes: switches that exist but take no value.
      if (FLAG_OPTIONS.has(name)) {
        throw userError('usage', `选项 ${name} 不带值`, `option ${name} takes no value`);
      }
      if (!VALUE_OPTIONS.has(name)) {
        throw userError('usage', `未知选项 ${name}`, `unknown option ${name}`);
      }
      let value: string | undefined;
      if (eq > 0) value = arg.slice(eq + 1);
      else {
        value = argv[i + 1];
        i++;
      }
      if (value === undefined || value === '') {
        throw userError('usage', `选项 ${name} 缺少取值`, `option ${name} needs a value`);
      }
      // Given twice (--period 2024 … --period 2023): which one was meant is the user's to say, not the last's.
      if (values.has(name)) {
        throw userError(
          'usage',
          `选项 ${name} 重复：只能给一次（已有「${values.get(name)}」，又给了「${value}」）`,
          `option ${name} given twice`,
        );
      }
      values.set(name, value);
      continue;
    }
    // -x, -j: an option the command does not have, not a file named so (a lone - is no option either).
    if (arg.length > 1 && arg.startsWith('-')) {
      throw userError('usage', `未知选项 ${arg}`, `unknown option ${arg}`);
    }
    positional.push(arg);
  }

  // `zugong <file>` is accepted as a shorthand for `zugong report <file>`.
  if (positional[0] === 'report') positional.shift();
  // `zugong foo ledger.csv`: foo (a word, no file name) is a command the tool does not have, not the ledger.
  else if (positional.length > 1 && /^[A-Za-z][\w-]*$/.test(positional[0])) {
    throw userError(
      'usage',
      `未知命令 ${positional[0]}（可用：report）`,
      `unknown command ${positional[0]} (available: report)`,
    );
  }
  if (positional.length === 0) {
    throw userError(
      'usage',
      '缺少台账文件',
      'missing the ledger file (zugong report <ledger.xlsx|ledger.csv>)',
    );
  }
  if (positional.length > 1) {
    throw userError('usage', `多余的参数 ${positional[1]}`, `unexpected argument ${positional[1]}`);
  }

  const presetText = values.get('--preset');
  let preset: CliPreset | null = null;
  if (presetText !== undefined) {
    const found = PRESETS.find((p) => p === presetText.trim());
    if (!found) {
      throw userError(
        'usage',
        `未知预设「${presetText}」，可选：${PRESETS.join('、')}`,
        `unknown preset "${presetText}", expected one of ${PRESETS.join(', ')}`,
      );
    }
    preset = found;
  }

  let period: Period | null = null;
  const periodText = values.get('--period');
  if (periodText !== undefined) {
    period = parsePeriod(periodText);
    if (!period) {
      // A range read whole but backwards is said as such, not as an unreadable period (as the sidebar says it).
      const reversed = reversedRange(periodText);
      if (reversed) throw userError('usage', reversed, `--period "${periodText}" ends before it starts`);
      throw userError(
        'usage',
        `无法识别的期间「${periodText}」，应为 2024、2024-Q1、2024-03 或 2024-01-01..2024-06-30`,
        `bad --period "${periodText}"`,
      );
    }
    const refusal = periodRefusal(period);
    if (refusal) throw userError('usage', refusal, `--period "${periodText}" spans two years`);
  }

  let asOf: Day | null = null;
  const asOfText = values.get('--as-of');
  if (asOfText !== undefined) {
    const day = parseDay(asOfText);
    if (typeof day !== 'number') {
      throw userError(
        'usage',
        `无法识别的日期「${asOfText}」，应为 2024-06-30`,
        `bad --as-of date "${asOfText}"`,
      );
    }
    asOf = day;
  }

  return {
    command: 'report',
    input: positional[0],
    preset,
    rules: values.get('--rules') ?? null,
    period,
    asOf,
    out: values.get('--out') ?? null,
    docx: values.get('--docx') ?? null,
    json,
    force,
  };
}
