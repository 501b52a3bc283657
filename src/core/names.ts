// One order for people's and units' names wherever a list is sorted by name (ranking ties, the people
// table, units the ledger adds): pinyin order, as a Chinese office reads a list.

// One collator for the process: String.localeCompare with a locale builds one per call.
const collator = new Intl.Collator('zh-Hans-CN');

/** Chinese names in pinyin order (张三 after 李四), for Array.prototype.sort. */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b);
}
