// A rule cell's part with spaces read word by word (視同达标's units, 类别 lists): one reading for both, so a
// spaced name means the same whatever the table (audit S21c F6).

/** One run of a part's words: `found` when the words joined are something `find` knows. */
export interface WordRun<T> {
  words: string[];
  found?: T;
}

/**
 * `words` cut into runs, left to right, each the longest from where it starts that `find` knows once its words
 * are joined without spaces; a word no run starting at it is known is a run of its own, without `found`.
 */
export function wordRuns<T>(words: readonly string[], find: (joined: string) => T | undefined): WordRun<T>[] {
  const out: WordRun<T>[] = [];
  for (let i = 0; i < words.length; ) {
    let end = words.length - 1;
    let found: T | undefined;
    for (; end >= i; end--) {
      found = find(words.slice(i, end + 1).join(''));
      if (found !== undefined) break;
    }
    if (found === undefined) {
      out.push({ words: [words[i]] });
      i++;
    } else {
      out.push({ words: words.slice(i, end + 1), found });
      i = end + 1;
    }
  }
  return out;
}

/** The words of a part, split on spaces (ideographic ones too). */
export function spacedWords(part: string): string[] {
  return part.split(/\s+/).filter((w) => w !== '');
}
