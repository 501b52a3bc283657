// Types for scripts/addonBundle.mjs.
import type { BuildResult, Metafile } from 'esbuild';

export const GLOBAL: string;
export function bundleAddOn(root: string): Promise<BuildResult<{ metafile: true; write: false }>>;
export function moduleSizes(metafile: Metafile): { module: string; bytes: number }[];
export function asClassicScript(esm: string, globalName?: string): string;
