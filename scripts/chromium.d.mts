/** The absolute path of Chromium on `path` (default: this process's PATH), or null. */
export function findChromium(path?: string): string | null;
