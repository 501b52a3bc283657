import { maxOf } from './arrays';

// What a 佐证 cell says (RULES §8 Evidence: "a link to the clipping or file"). Offices fill the cell the way
// they fill any cell they have nothing for: 无, 暂无, 待补, a dash or a slash; or they say the evidence is not
// there yet: 待定, 待查, 未见, 暂时没有, 正在收集, 稍后提供. Such text says there is no evidence; counted as
// evidence it would release the points 佐证要求 holds back (README: the product reads 无 / — in 核定 and 领导批示
// as blank too). Real text, however short (a file name, a link, 见附件3, 见报, 未来网, 已上传), is evidence.
//
// Decisions:
// - The class, not a list of samples: a text is none when it is made only of words about evidence (佐证, 链接,
//   附件 …), deeds done to it (见, 查, 收集, 提供, 上传 …) and words of time or degree (暂时, 尚, 目前 …), and one
//   of them says "not" or "not yet" (无, 未, 待, 正在, 不; 稍后 or 在 before a deed; a deed then 中).
// - Any other word keeps it evidence (见附件3, 无锡日报, 未来网), and so does a text of those words that says no
//   "not": 见附件, 见报, 已上传, 截图已存档. A link or a file name is evidence whatever is beside it.

/** Words meaning "none (yet)" once spaces, enclosing brackets and end punctuation are set aside. */
const NONE_WORDS = new Set([
  '无',
  '暂无',
  '没有',
  '暂没有',
  '无佐证',
  '暂无佐证',
  '没有佐证',
  '无附件',
  '无链接',
  '缺',
  '缺失',
  '暂缺',
  '缺佐证',
  '待补',
  '待补充',
  '待补佐证',
  '待提供',
  '待上传',
  '未提供',
  '未上传',
  '未附',
  '未填',
  '略',
  '空',
  '否',
  '不详',
  'n/a',
  'n.a',
  'na',
  'none',
  'null',
  'nil',
  'tbd',
  'tbc',
  'pending',
  'missing',
  'unknown',
  'no',
]);

/** Text made of dashes, slashes, dots, question marks or zeros only (—, -, －, /, ／, ……, ？, 0). */
const MARKS_ONLY = /^[-—－–_~～/／\\|.。…·?？*＊0０]+$/;
const SPACES = /\s+/g;
/** Enclosing brackets and quotes, and punctuation at the end: （无）, “暂无”, 无。 */
const WRAPPING = /^[（(【[「『“"'‘]+|[）)】\]」』”"'’。.,，;；!！]+$/g;

/** A link or a file name: a scheme, www., a path between letters, or an extension (剪报.jpg, a.pdf). */
const LINK_OR_FILE = /:\/\/|www\.|[a-z0-9]\/[a-z0-9]|\.[a-z0-9]{1,5}(?![a-z0-9])/i;
/** Everything that is not a letter, a digit or a Han character (spaces, brackets, dashes, …, ×). */
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

// The words a "none (yet)" text is made of, by what they do in it. A text is none when it splits wholly into
// these words and one of them says the evidence is not there or not yet there (a "none" word, or a "soon"
// word before a deed, or a deed followed by 中). Any other word (见附件3: the 3; 无锡日报: 锡; 未来网: 来) makes
// it evidence, and so does a text of deeds and things with no such word (见附件, 见报, 已上传, 截图已存档).
/** Saying the evidence is not there, or not yet: 无, 未, 待, 正在 … */
const NONE_MARKS = (
  '无 无法 没有 没 未 尚无 缺 缺少 缺失 暂缺 待 等待 正在 后补 空白 空 略 不 不详 不明 否 ' +
  // Evidence once there and gone: 链接失效, 无效链接, 丢失, 已删除, 打不开 (audit s37 J4).
  '失效 无效 丢失 遗失 过期 删除 删 打不开 作废 404 ' +
  // A check column's "no" (N, X), as one word of its own.
  'N X n x'
).split(' ');
/** Saying a deed is still to come, when one follows (稍后提供, 还在整理; 在附件 is evidence). */
const SOON = '在 后续 稍后 以后 之后 今后 随后 回头 改天 将 即将 马上'.split(' ');
/** Deeds done to evidence: to see, find, collect, check, provide or upload it. */
const DEEDS = (
  '见 见报 看到 找 找到 查 查找 查询 查看 查到 核 核实 核查 核对 核准 确认 确定 定 清楚 知道 掌握 收 收到 到 ' +
  '有 收集 搜集 采集 整理 汇总 准备 获取 取得 拿到 索取 要 联系 提 提供 提交 交 上报 报 给 发 发送 出 出具 ' +
  '上传 传 附 填 填写 录入 补 补充 补交 补传 补报 补录 补齐 完善 完成 落实 更新 存档 归档 审核 反馈 回复 需 需要'
).split(' ');
/** Things and the words around them, none of which says anything by itself (佐证材料 is evidence). */
const WORDS = (
  '佐证 材料 链接 网址 网页 附件 截图 证明 文件 资料 原件 图片 照片 凭证 证据 报样 样报 样刊 剪报 记录 内容 ' +
  '出处 来源 相关 具体 任何 暂 暂时 暂且 尚 仍 仍然 已 已经 还 也 都 均 目前 现在 当前 眼下 现 再 一下 的 了 ' +
  '之 等 可 能 可以 齐 全 完 报道'
).split(' ');

type Part = 'none' | 'soon' | 'deed' | 'word';
const PARTS = new Map<string, Part>();
for (const [list, part] of [
  [WORDS, 'word'],
  [DEEDS, 'deed'],
  [SOON, 'soon'],
  [NONE_MARKS, 'none'],
] as const)
  for (const w of list) PARTS.set(w, part);
const LONGEST = maxOf([...PARTS.keys()].map((w) => w.length));

// A reading's state, as bits of a number: 1 the text said none so far, 2 a "soon" word waits for its deed,
// 4 the last word was a deed (收集中: 中 after a deed is "under way").
const SAID = 1;
const WAITING = 2;
const AFTER_DEED = 4;

/**
 * The text (letters, digits and Han only) splits wholly into the words above and says none (yet): 待定, 未见,
 * 暂时没有, 正在收集, 尚未收到, 稍后提供, 整理中. Every way of splitting it is tried (a set of states per place),
 * so 没有 and 没 + 有 both count and no text is slow.
 */
function saysNone(words: string): boolean {
  const n = words.length;
  // reach[k]: the states (a bit per state, 8 states) some splitting of words[0, k) ends in.
  const reach = new Uint16Array(n + 1);
  reach[0] = 1 << 0;
  for (let k = 0; k < n; k++) {
    if (reach[k] === 0) continue;
    for (let len = 1; len <= LONGEST && k + len <= n; len++) {
      const w = words.slice(k, k + len);
      const part = PARTS.get(w);
      for (let state = 0; state < 8; state++) {
        if ((reach[k] & (1 << state)) === 0) continue;
        let next: number;
        if (part === undefined) {
          if (w !== '中' || (state & AFTER_DEED) === 0) continue;
          next = state | SAID;
        } else if (part === 'none') next = state | SAID;
        else if (part === 'soon') next = state | WAITING;
        else if (part === 'deed') next = (state & WAITING ? state | SAID : state) | AFTER_DEED;
        else next = state;
        if (part !== 'deed') next &= ~AFTER_DEED;
        reach[k + len] |= 1 << next;
      }
    }
  }
  let said = false;
  for (let state = 0; state < 8; state++) if (state & SAID && reach[n] & (1 << state)) said = true;
  return said;
}
/** A formula's error value, or an unticked checkbox, as the cell's text. */
const NOT_A_VALUE = /^(?:#n\/a|#ref!|#value!|#name\?|#div\/0!|#null!|#num!|false)$/i;

/** The 佐证 text says there is no evidence (blank included). */
export function noEvidence(text: string): boolean {
  if (text === '') return true;
  const bare = text.replace(SPACES, '');
  if (bare === '' || MARKS_ONLY.test(bare) || NOT_A_VALUE.test(bare)) return true;
  const word = bare.replace(WRAPPING, '').toLowerCase();
  if (word === '' || NONE_WORDS.has(word)) return true;
  if (LINK_OR_FILE.test(bare)) return false;
  // ×, ✗ alone say "none" too; otherwise the words left once marks are set aside decide.
  const words = bare.replace(NOT_WORD, '');
  return words === '' ? /[×✗✘]/.test(bare) : saysNone(words);
}
