/** src/ui/<file> with the shared page helpers inlined (see pages.mjs). */
export function assemblePage(uiDir: string, file: string): string;
