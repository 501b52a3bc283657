/** src/ui/<file> with its page script and the shared page helpers inlined (see pages.mjs). */
export function assemblePage(uiDir: string, file: string): string;
