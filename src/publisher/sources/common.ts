import type { DropCounts } from '../types.js';

/** Reports what a source is doing (a page fetched), for the terminal's progress line. */
export type Progress = (message: string) => void;

/** Counts one skipped item under its reason. */
export function countDrop(dropped: DropCounts, reason: string): void {
  dropped[reason] = (dropped[reason] ?? 0) + 1;
}
