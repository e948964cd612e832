import type { SourceKind } from '../api/contract';

/** What a chart point's tooltip says: its value, its kind and where it came from. */
export interface TipInfo {
  title: string;
  value: string;
  kind: SourceKind;
  sourceId: string;
  /** How a derived figure was computed; absent for figures the article states. */
  derived?: string;
  /** Extra line, e.g. a reading we made (implied year). */
  note?: string;
}
