// The terminal view of an evaluation: P/R/F1 per type with the counts behind them, the funding-role share,
// and with `verbose` every false positive and miss per document.

import { BoxTable } from './box.js';
import type { Counts, EvalResult } from '../analyze/evaluate.js';
import { painter, type ColourLevel } from './colour.js';
import { ratio } from './numbers.js';

export interface EvalTableOptions {
  colour: ColourLevel;
  verbose?: boolean;
}

const shown = (n: number | null) => (n === null ? '–' : ratio(n));

function countsLine(c: Counts): string {
  return `TP ${c.tp}, FP ${c.fp}, FN ${c.fn}; P ${shown(c.precision)}, R ${shown(c.recall)}, F1 ${shown(c.f1)}`;
}

function details(result: EvalResult, options: EvalTableOptions): string {
  const paint = painter(options.colour);
  const lines: string[] = [];
  for (const doc of result.documents) {
    lines.push('', paint.bold(`${doc.doc}`) + (doc.path === doc.doc ? '' : paint.dim(` (${doc.path})`)));
    for (const type of result.types) {
      const score = doc.scores[type]!;
      lines.push(`  ${type}: ${countsLine(score)}`);
      for (const fp of score.falsePositives) lines.push(`    ${paint.red('false positive')}: ${fp}`);
      for (const miss of score.misses) lines.push(`    ${paint.yellow('miss')}: ${miss}`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

export function renderEvalTable(result: EvalResult, options: EvalTableOptions): string {
  const table = new BoxTable({
    head: ['type', 'TP', 'FP', 'FN', 'precision', 'recall', 'F1'],
    colAligns: ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
    style: options.colour ? { head: ['cyan'], border: ['grey'], compact: true } : { head: [], border: [], compact: true },
  });
  for (const type of result.types) {
    const c = result.totals[type]!;
    table.push([type, String(c.tp), String(c.fp), String(c.fn), shown(c.precision), shown(c.recall), shown(c.f1)]);
  }
  const { matched, correct, share } = result.fundingRoles;
  const roles = result.types.includes('funding')
    ? `funding roles: ${correct} of ${matched} matched gold figures have the gold role (${shown(share)})\n`
    : '';
  const scope = `${result.documents.length} document${result.documents.length === 1 ? '' : 's'} scored\n`;
  return `${table.toString()}\n${roles}${scope}${options.verbose ? details(result, options) : ''}`;
}
