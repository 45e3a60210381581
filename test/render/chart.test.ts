import { describe, expect, it } from 'vitest';
import { barOf, displayWidth, fitTo, largest, renderBarChart, type Bar } from '../../src/render/chart.js';

const ANSI = /\u001b\[[0-9;]*m/g;
const BLOCKS = /[█▉▊▋▌▍▎▏]/gu;

const BARS: Bar[] = [
  { label: 'Ministry of Economy, Trade and Industry', value: 1_151_896_155, caption: '1.15 bn' },
  { label: 'Amazon Web Systems', value: 14_927_344_782, caption: '14.93 bn' },
  { label: '経済産業省', value: 500_000_000, caption: '0.50 bn' },
  { label: 'Nvidia', value: 137_000_000, caption: '137.00 m' },
  { label: 'nothing', value: 0, caption: '0' },
];

const barLength = (line: string) => (line.replace(ANSI, '').match(BLOCKS) ?? []).length;

describe('renderBarChart', () => {
  it('fits every line in the given width, wide characters counted as two columns', () => {
    for (const width of [30, 40, 60, 80, 132, 200]) {
      const lines = renderBarChart(BARS, { width, colour: 0 }).trimEnd().split('\n');
      expect(lines).toHaveLength(BARS.length);
      for (const line of lines) expect(displayWidth(line), `${width}: ${line}`).toBeLessThanOrEqual(width);
    }
  });

  it('draws the largest value across the whole bar area and the others in proportion', () => {
    const lines = renderBarChart(BARS, { width: 80, colour: 0 }).split('\n');
    const full = barLength(lines[1]);
    expect(lines[1]).toMatch(/^Amazon Web Systems +█+ 14\.93 bn$/);
    expect(full).toBeGreaterThan(30);
    expect(barLength(lines[0]) / full).toBeCloseTo(1_151_896_155 / 14_927_344_782, 1);
    expect(barLength(lines[3])).toBe(1);
    expect(barLength(lines[4])).toBe(0);
  });

  it('cuts long labels with an ellipsis and keeps captions right-aligned', () => {
    const lines = renderBarChart(BARS, { width: 60, colour: 0 }).trimEnd().split('\n');
    // A third of the 60 columns for labels.
    expect(lines[0]).toMatch(/^Ministry of Economy… █/);
    const ends = lines.map((l) => displayWidth(l));
    expect(new Set(ends).size).toBe(1);
  });

  it('is plain text without colour, and colours only the bars with it', () => {
    expect(renderBarChart(BARS, { width: 80, colour: 0 })).not.toMatch(ANSI);
    const coloured = renderBarChart(BARS, { width: 80, colour: 1 });
    expect(coloured).toMatch(ANSI);
    expect(coloured.replace(ANSI, '')).toBe(renderBarChart(BARS, { width: 80, colour: 0 }));
  });

  it('renders nothing for no bars', () => {
    expect(renderBarChart([], { width: 80, colour: 0 })).toBe('');
  });
});

describe('barOf', () => {
  it('draws eighths of a cell', () => {
    expect(barOf(8, 8, 1)).toBe('█');
    expect(barOf(1, 8, 1)).toBe('▏');
    expect(barOf(4, 8, 1)).toBe('▌');
    expect(barOf(10, 10, 3)).toBe('███');
    expect(barOf(5, 10, 3)).toBe('█▌');
  });

  it('shows a sliver for a small positive value, nothing for zero or a negative', () => {
    expect(barOf(1, 1e12, 40)).toBe('▏');
    expect(barOf(0, 10, 40)).toBe('');
    expect(barOf(-5, 10, 40)).toBe('');
  });
});

describe('displayWidth and fitTo', () => {
  it('counts CJK characters as two columns', () => {
    expect(displayWidth('経済産業省')).toBe(10);
    expect(displayWidth('METI')).toBe(4);
  });

  it('pads to the width, or cuts with an ellipsis without splitting a wide character', () => {
    expect(fitTo('METI', 6)).toBe('METI  ');
    expect(fitTo('Ministry of Economy', 8)).toBe('Ministr…');
    expect(fitTo('経済産業省', 6)).toBe('経済… ');
    expect(displayWidth(fitTo('経済産業省', 6))).toBe(6);
  });
});

describe('largest', () => {
  it('is Math.max of the values, also past the ~120,000 arguments a spread can pass', () => {
    expect(largest([3, -1, 7.5, 2])).toBe(7.5);
    expect(largest([])).toBe(-Infinity);
    expect(largest([], 0)).toBe(0);
    expect(largest(new Set([2, 9]), 5)).toBe(9);
    const many = Array.from({ length: 300_000 }, (_, i) => (i * 7919) % 300_001);
    expect(largest(many)).toBe(many.reduce((a, b) => (b > a ? b : a)));
  });

  it('lets a chart of 200,000 bars be drawn', () => {
    const bars = Array.from({ length: 200_000 }, (_, i) => ({ label: `article-${i}.txt`, value: i + 1 }));
    const lines = renderBarChart(bars, { width: 80, colour: 0 }).split('\n');
    expect(lines).toHaveLength(200_001);
    expect(lines[199_999]).toMatch(/█+ 200000$/);
  });
});
