// Offsets -> 1-based line/column, by binary search over line starts (linear to build, log to query).

import { partitionPoint } from './search.js';

export interface LineIndex {
  starts: number[];
}

export function buildLineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return { starts };
}

export function positionOf(index: LineIndex, offset: number): { line: number; column: number } {
  const { starts } = index;
  const line = Math.max(0, partitionPoint(starts.length, (i) => starts[i] <= offset) - 1);
  return { line: line + 1, column: offset - starts[line] + 1 };
}
