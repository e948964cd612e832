/**
 * User Timing measures for exports, so a profile or the bench can say how long
 * an export took from the click and where the time went.
 */
export type ExportPhase = 'reveal' | 'relayout' | 'clone' | 'decode' | 'draw' | 'encode';
export type ExportFile = 'png' | 'svg' | 'csv' | 'zip' | 'page';

// Some test environments have no User Timing; an export must not fail over a measure.
const measure = (name: string, start: number) => performance.measure?.(name, { start, end: performance.now() });

/** `export:<phase>`: one phase of one export, from `start` until now. */
export function measurePhase(phase: ExportPhase, start: number): void {
  measure(`export:${phase}`, start);
}

/** `export-file:<file>`: from the click (its event's timeStamp) until the file is handed to the browser. */
export function measureFile(file: ExportFile, clickedAt: number): void {
  measure(`export-file:${file}`, clickedAt);
}
