/** The traditional → simplified pairs (T1S1T2S2…) generated from OpenCC's t → cn converter. */
export function simplifiedPairs(): string;
/** The module holding the committed table. */
export const TABLE_FILE: string;
