import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/render/chart.js';
import { painter } from '../../src/render/colour.js';
import { renderGrid, type GridRow } from '../../src/render/grid.js';

const ANSI = /\u001b\[[0-9;]*m/g;

function grid(rows: GridRow[], colour = 0 as 0 | 1): string {
  return renderGrid({ widths: [3, 6], aligns: ['right', 'left'], head: ['n', 'name'], rows, paint: painter(colour), colour: colour > 0 });
}

describe('renderGrid', () => {
  it('draws columns and rows across, with joints only where a side is split', () => {
    expect(grid([{ cells: ['1', 'METI'] }, { across: 'a note' }, { across: 'another' }, { cells: ['12', 'two\nlines'] }]).split('\n')).toEqual([
      '┌─────┬────────┐',
      '│   n │ name   │',
      '├─────┼────────┤',
      '│   1 │ METI   │',
      '├─────┴────────┤',
      '│ a note       │',
      '├──────────────┤',
      '│ another      │',
      '├─────┬────────┤',
      '│  12 │ two    │',
      '│     │ lines  │',
      '└─────┴────────┘',
    ]);
  });

  it('closes with a plain rule after a row across', () => {
    expect(grid([{ across: 'only' }]).split('\n').slice(-3)).toEqual(['├─────┴────────┤', '│ only         │', '└──────────────┘']);
  });

  it('pads by visible width: colour codes and wide characters do not push the borders', () => {
    const paint = painter(1);
    const out = grid([{ cells: [paint.bold('7'), '経済'] }, { across: paint.dim('dim note') }], 1);
    expect(out).toMatch(ANSI);
    const widths = out.replace(ANSI, '').split('\n').map(displayWidth);
    expect(new Set(widths)).toEqual(new Set([16]));
  });
});
