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

/** The 佐证 text says there is no evidence (blank included). */
export function noEvidence(text: string): boolean {
  if (text === '') return true;
  // A link or a file name is longer than any placeholder: not read further.
  if (text.length > 12) return false;
  const bare = text.replace(SPACES, '');
  if (bare === '' || MARKS_ONLY.test(bare)) return true;
  const word = bare.replace(WRAPPING, '').toLowerCase();
  return word === '' || NONE_WORDS.has(word);
}
