// A horizontal bar chart for the terminal: one line per bar, label | bar | value, fitted to a width.
// Bars are drawn in eighths of a cell with Unicode blocks; colour only when the level allows it.

import { painter, type ColourLevel } from './colour.js';

export interface Bar {
  label: string;
  value: number;
  /** Shown after the bar (default: the value). */
  caption?: string;
}

export interface ChartOptions {
  /** Terminal columns; no line is longer (when there is room for the captions and a few label columns). */
  width: number;
  colour: ColourLevel;
}

const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
const FULL = '█';
const MIN_LABEL = 6;

/** East Asian wide and fullwidth characters take two terminal columns. */
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1f64f) || (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Terminal columns a string takes. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += isWide(ch.codePointAt(0)!) ? 2 : 1;
  return w;
}

/** `s` cut to at most `width` columns, ending in "…" when cut; padded with spaces to exactly `width`. */
export function fitTo(s: string, width: number): string {
  if (width <= 0) return '';
  if (displayWidth(s) <= width) return s + ' '.repeat(width - displayWidth(s));
  let out = '';
  let w = 0;
  for (const ch of s) {
    const cw = isWide(ch.codePointAt(0)!) ? 2 : 1;
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return out + '…' + ' '.repeat(width - 1 - w);
}

/** A bar of `cells` cells for `value` out of `max`, in eighths; a positive value shows at least a sliver. */
export function barOf(value: number, max: number, cells: number): string {
  if (!(value > 0) || !(max > 0) || cells <= 0) return '';
  const eighths = Math.max(1, Math.round((Math.min(value, max) / max) * cells * 8));
  return FULL.repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8];
}

/** The largest of `values` and `least` (default -Infinity): Math.max(...values) overflows the stack past ~120,000
 * values. */
export function largest(values: Iterable<number>, least = -Infinity): number {
  let most = least;
  for (const v of values) if (v > most) most = v;
  return most;
}

export function renderBarChart(bars: readonly Bar[], options: ChartOptions): string {
  if (bars.length === 0) return '';
  const paint = painter(options.colour);
  const captions = bars.map((b) => b.caption ?? String(b.value));
  const captionWidth = largest(captions.map(displayWidth));
  const longestLabel = largest(bars.map((b) => displayWidth(b.label)));
  // The label takes up to a third of the line; the bar gets what is left after the caption and two spaces.
  const labelWidth = Math.min(longestLabel, Math.max(MIN_LABEL, Math.floor(options.width / 3)), Math.max(1, options.width - captionWidth - 3));
  const cells = Math.max(0, options.width - labelWidth - captionWidth - 2);
  const max = largest(bars.map((b) => b.value));
  return bars
    .map((b, i) => {
      const bar = barOf(b.value, max, cells);
      const pad = ' '.repeat(cells - displayWidth(bar));
      const caption = ' '.repeat(captionWidth - displayWidth(captions[i])) + captions[i];
      return `${fitTo(b.label, labelWidth)} ${paint.cyan(bar)}${pad} ${caption}`.trimEnd();
    })
    .join('\n')
    .concat('\n');
}
