// What a 佐证 cell says (RULES §8 Evidence: "a link to the clipping or file"). Offices fill the cell the way
// they fill any cell they have nothing for: 无, 暂无, 待补, a dash or a slash. That text says there is no
// evidence; counted as evidence it would release the points 佐证要求 holds back (README: the product reads
// 无 / — in 核定 and 领导批示 as blank too). Real text, however short (a file name, a link, 见附件3), is evidence.

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
/**
 * Text made only of words saying the evidence is missing or still to come, with one negation at least:
 * 待补充材料, 暂无链接, 尚未提供, 无（待补）, 已上报待补, 暂无佐证材料，待后续补充上传. A text with any other word
 * (见附件3, 无锡日报, 佐证材料) is evidence.
 */
const NONE_PHRASE =
  /^(?:暂|尚|仍|已|还|后续|稍后|以后|再|相关|上报|提供|上传|补充|补交|补传|补|材料|佐证|链接|附件|截图|证明|文件|资料|原件|等)*(?:无|没有|没|未|缺|待|后补|空白|空|略|不详|否)(?:暂|尚|仍|已|还|后续|稍后|以后|再|相关|上报|提供|上传|补充|补交|补传|补|材料|佐证|链接|附件|截图|证明|文件|资料|原件|等|无|没有|没|未|缺|待|后补|空白|空|略|不详|否)*$/;
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
  return words === '' ? /[×✗✘]/.test(bare) : NONE_PHRASE.test(words);
}
