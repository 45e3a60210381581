// The views of the entity index. In the terminal: one row per entity with its type, jurisdiction, mentions and
// the articles (as the labels of the legend), the other forms it is written in wrapped under its name.

import { BoxTable } from './box.js';
import type { EntityIndex, IndexedEntity } from '../analyze/entities.js';
import { painter, type ColourLevel } from './colour.js';
import { articleLabel, articleLegend, tableStyle, tableWidth, wrap } from './compare.js';
import { csvField } from './csv.js';

export interface EntitiesTableOptions {
  colour: ColourLevel;
  width: number;
}

/** The forms other than the canonical name itself, with how often each is written: "METI ×20". */
function otherForms(e: IndexedEntity): string {
  return e.aliases
    .filter((a) => a.text !== e.canonical)
    .map((a) => (a.mentions > 1 ? `${a.text} ×${a.mentions}` : a.text))
    .join(' · ');
}

export function renderEntitiesTable(index: EntityIndex, options: EntitiesTableOptions): string {
  const paint = painter(options.colour);
  if (index.entities.length === 0) return index.articles.length ? 'No entities found.\n' : 'No articles.\n';
  const label = new Map(index.articles.map((a, i) => [a.path, articleLabel(i)]));
  const articlesOf = (e: IndexedEntity) => e.articles.map((a) => label.get(a.path)).join(' ');
  const widthOf = (head: string, values: string[], max = Infinity) => Math.min(max, Math.max(head.length, ...values.map((v) => v.length))) + 2;
  const typeWidth = widthOf('type', index.entities.map((e) => e.type));
  const jWidth = widthOf('jur', index.entities.map((e) => e.jurisdiction ?? '?'));
  const nWidth = widthOf('n', index.entities.map((e) => String(e.mentions)));
  const aWidth = widthOf('articles', index.entities.map(articlesOf), 14);
  const nameWidth = Math.max(12, options.width - tableWidth([typeWidth, jWidth, nWidth, aWidth, 0]));
  const table = new BoxTable({
    head: ['entity', 'type', 'jur', 'n', 'articles'],
    colWidths: [nameWidth, typeWidth, jWidth, nWidth, aWidth],
    colAligns: ['left', 'left', 'left', 'right', 'left'],
    style: tableStyle(options.colour),
  });
  for (const e of index.entities) {
    const forms = otherForms(e);
    const name = [
      ...wrap(e.canonical, nameWidth - 2),
      ...(forms ? wrap(`= ${forms}`, nameWidth - 2, '  ').map((l) => paint.dim(l)) : []),
    ];
    table.push([name.join('\n'), e.type, e.jurisdiction ?? '?', String(e.mentions), wrap(articlesOf(e), aWidth - 2).join('\n')]);
  }
  const note = wrap(
    `${index.entities.length} entities; n = mentions in all articles; = the other forms the articles write (×times); ` +
      'jur = jurisdiction (? = unknown).',
    options.width,
  ).map((l) => paint.dim(l));
  return `${[paint.bold('Articles'), articleLegend(index.articles, options.width, paint), '', table.toString(), ...note].join('\n')}\n`;
}

export function renderEntitiesNdjson(index: EntityIndex): string {
  return index.entities.map((e) => `${JSON.stringify(e)}\n`).join('');
}

const CSV_COLUMNS = ['type', 'id', 'canonical', 'jurisdiction', 'abbreviation', 'mentions', 'articles', 'paths', 'aliases'] as const;

export function renderEntitiesCsv(index: EntityIndex): string {
  const row = (fields: unknown[]) => `${fields.map(csvField).join(',')}\r\n`;
  const rows = index.entities.map((e) =>
    row([
      e.type, e.id, e.canonical, e.jurisdiction, e.abbreviation, e.mentions, e.articles.length,
      e.articles.map((a) => a.path).join('; '),
      e.aliases.map((a) => a.text).join('; '),
    ]),
  );
  return row([...CSV_COLUMNS]) + rows.join('');
}
