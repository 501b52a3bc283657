// Types for scripts/entryPoints.mjs, so tests written in TypeScript can use the build's checks.
import type { Plugin } from 'esbuild';

export interface EntryPoint {
  name: string;
  params: { name: string; rest: boolean }[];
  jsdoc: string;
  custom: boolean;
  file: string;
}
export const appsScriptOnly: Plugin;
export const BUILTIN_FUNCTIONS: Set<string>;
export function readEntryPoints(entryFile: string): EntryPoint[];
export function checkEntryPoints(entries: EntryPoint[]): string[];
export function stub(entry: EntryPoint, globalName: string): string;
export function retab(code: string): string;
