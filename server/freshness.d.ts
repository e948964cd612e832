// Types of freshness.js (plain JavaScript so that it runs before anything is compiled).
export declare const SERVER_OUT_DIR: string;
export declare const INPUTS_FILE: string;
export declare function localInputs(root: string, moduleIds: Iterable<string>, extra?: readonly string[]): string[];
export declare function staleReason(
  builtAtMs: number,
  inputs: readonly { path: string; mtimeMs: number | null }[],
): string | null;
export declare function compiledServerState(root: string): { built: boolean; reason: string | null };
