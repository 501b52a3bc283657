// One order for people's and units' names wherever a list is sorted by name (ranking ties, the people
// table, units the ledger adds): pinyin order, as a Chinese office reads a list.

// One collator, made on the first comparison: String.localeCompare with a locale builds one per call, and
// building it loads ICU's collation data (about 12 ms from cold), which a custom-function call never needs.
let collator: Intl.Collator | null = null;

/** Chinese names in pinyin order (张三 after 李四), for Array.prototype.sort. */
export function compareNames(a: string, b: string): number {
  collator ??= new Intl.Collator('zh-Hans-CN');
  return collator.compare(a, b);
}
