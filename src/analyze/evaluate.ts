// Scores extraction against gold annotations: precision, recall and F1 per document and per type,
// micro-averaged over documents. The matching rules are those of the gold format ("How a prediction matches"):
//
// - Scoring is per document, per entity type, over the set of distinct entities the document mentions.
// - An entry marked optional: a prediction that matches it is neither a hit nor a false positive; missing it
//   is not a miss.
// - agency, law, policy: the prediction's `canonical`, `text` and `abbreviation` fields, lower-cased with
//   punctuation, a leading "the" and spacing folded, against the gold `name` and `aliases` folded the same way;
//   a name also matches with its bracketed parts removed and with its spaces removed ("G-7" = "G7"). Two
//   predictions that match the same gold entry count once; a prediction that matches nothing is a false positive.
// - funding: predictions are first reduced to distinct (currency, amount) values per document, so a figure
//   mentioned twice is not penalised. A value matches when its `amount` is within 0.5% and its `currency` equal
//   to one of the gold entry's `values`. A second prediction matching a gold entry already matched is a false
//   positive: a summary that counted it would count that money twice.
// - date: `value` equal.
//
// How those rules become predictions here:
// - agency/law/policy: one prediction per distinct `id`, carrying the names of every mention with that id.
// - funding: an entity's amount and its bracketed `equivalents` are the same money, so values that occur in
//   one entity are joined into one figure (through shared values, across mentions); a figure is one
//   prediction. "C$48.7 million (5.3 billion yen)" is then one hit on the gold entry listing both values,
//   while the same money extracted as two unrelated figures counts twice.
// - date: one prediction per distinct `value`, and per distinct `endValue` of a range; relative dates
//   without a value are not predictions.
// - A prediction hits at most one gold entry (a maximum matching), so one id that merges two bodies is not
//   credited for both.

import type { DateEntity, DocumentResult, Entity, FundingEntity, FundingRole } from '../types.js';
import { SCORED_TYPES, type Gold, type GoldDocument, type NameType, type ScoredType } from './gold.js';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  /** null when nothing was predicted. */
  precision: number | null;
  /** null when the gold has nothing. */
  recall: number | null;
  /** null when there is neither prediction nor gold. */
  f1: number | null;
}

export interface TypeScore extends Counts {
  /** What was predicted and matched nothing (or counted money twice). */
  falsePositives: string[];
  /** Gold entries no prediction matched. */
  misses: string[];
}

export interface DocumentScore {
  doc: string;
  path: string;
  scores: Partial<Record<ScoredType, TypeScore>>;
}

export interface FundingRoleScore {
  /** Required gold funding entries with a role that a prediction matched. */
  matched: number;
  /** Of those, how many the prediction gave the gold role. */
  correct: number;
  share: number | null;
}

export interface EvalResult {
  types: ScoredType[];
  /** Summed over documents, then P/R/F1 (micro-average). */
  totals: Partial<Record<ScoredType, Counts>>;
  fundingRoles: FundingRoleScore;
  documents: DocumentScore[];
  /** Inputs without gold, and gold documents without input: not scored. */
  warnings: { path: string; message: string }[];
}

export interface EvaluateOptions {
  types?: readonly ScoredType[];
}

/** One distinct prediction: a label for reports, the gold entries it matches, and (for funding) its role. */
interface Prediction {
  label: string;
  matches: number[];
  role?: FundingRole;
}

interface Assignment extends TypeScore {
  /** Gold index -> the prediction that hit it. */
  hitBy: Map<number, Prediction>;
}

function counts(tp: number, fp: number, fn: number): Counts {
  return {
    tp,
    fp,
    fn,
    precision: tp + fp > 0 ? tp / (tp + fp) : null,
    recall: tp + fn > 0 ? tp / (tp + fn) : null,
    f1: tp + fp + fn > 0 ? (2 * tp) / (2 * tp + fp + fn) : null,
  };
}

/** Lower-case; punctuation dropped; spacing collapsed; a leading "the" dropped. */
export function foldName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

const BRACKETED = /[([][^()[\]]*[)\]]/g;

/**
 * The keys a name matches under: folded, and folded with bracketed parts removed, each with spaces removed.
 * Comparing without spaces also covers comparing with them (equal strings stay equal).
 */
export function nameKeys(name: string): string[] {
  const keys = [name, name.replace(BRACKETED, ' ')].map((v) => foldName(v).replace(/ /g, '')).filter(Boolean);
  return [...new Set(keys)];
}

/** Maximum matching of predictions to required gold entries (augmenting paths; both sides are small). */
function matchRequired(predictions: Prediction[], required: (i: number) => boolean): Map<number, Prediction> {
  const hitBy = new Map<number, Prediction>();
  const tryAssign = (p: Prediction, visited: Set<number>): boolean => {
    for (const g of p.matches) {
      if (!required(g) || visited.has(g)) continue;
      visited.add(g);
      const holder = hitBy.get(g);
      if (!holder || tryAssign(holder, visited)) {
        hitBy.set(g, p);
        return true;
      }
    }
    return false;
  };
  for (const p of predictions) tryAssign(p, new Set());
  return hitBy;
}

function assign(
  predictions: Prediction[],
  gold: { optional: boolean; label: string }[],
  secondMatchIsFalsePositive: boolean,
): Assignment {
  const hitBy = matchRequired(predictions, (g) => !gold[g].optional);
  const hitters = new Set(hitBy.values());
  const falsePositives: string[] = [];
  for (const p of predictions) {
    if (hitters.has(p)) continue;
    if (p.matches.length === 0) falsePositives.push(p.label);
    else if (p.matches.some((g) => gold[g].optional)) continue;
    else if (secondMatchIsFalsePositive) {
      falsePositives.push(`${p.label} (counted twice: ${gold[p.matches[0]].label} is already matched)`);
    }
  }
  const misses = gold.flatMap((g, i) => (!g.optional && !hitBy.has(i) ? [g.label] : []));
  return { ...counts(hitBy.size, falsePositives.length, misses.length), falsePositives, misses, hitBy };
}

function namePredictions(entities: Entity[], gold: GoldDocument[NameType]): Prediction[] {
  const goldKeys = gold.map((g) => new Set([g.name, ...g.aliases].flatMap(nameKeys)));
  const byId = new Map<string, { label: string; names: Set<string> }>();
  for (const e of entities) {
    const entry = byId.get(e.id) ?? { label: `${e.canonical} [${e.id}]`, names: new Set<string>() };
    byId.set(e.id, entry);
    entry.names.add(e.canonical).add(e.text);
    if ('abbreviation' in e && e.abbreviation) entry.names.add(e.abbreviation);
  }
  return [...byId.values()].map(({ label, names }) => {
    const keys = [...names].flatMap(nameKeys);
    return { label, matches: goldKeys.flatMap((set, i) => (keys.some((k) => set.has(k)) ? [i] : [])) };
  });
}

interface Value {
  amount: number;
  currency: string;
}

const TOLERANCE = 0.005;

function sameMoney(predicted: Value, gold: Value): boolean {
  return predicted.currency === gold.currency && Math.abs(predicted.amount - gold.amount) <= TOLERANCE * Math.abs(gold.amount);
}

function money({ amount, currency }: Value): string {
  return `${currency} ${amount}`;
}

/** Distinct values, joined into figures when one entity states them as the same money (amount + equivalents). */
function fundingPredictions(entities: FundingEntity[], gold: GoldDocument['funding']): Prediction[] {
  const parent = new Map<string, string>();
  const root = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(k, r);
    return r;
  };
  const values = new Map<string, Value>();
  const firstEntity = new Map<string, FundingEntity>();
  for (const e of [...entities].sort((a, b) => a.start - b.start)) {
    const own = [{ amount: e.amount, currency: e.currency }, ...(e.equivalents ?? [])]
      .filter((v) => Number.isFinite(v.amount) && v.currency)
      .map((v) => ({ amount: v.amount, currency: v.currency }));
    for (const v of own) {
      const key = money(v);
      if (!values.has(key)) {
        values.set(key, v);
        parent.set(key, key);
        firstEntity.set(key, e);
      }
    }
    for (const v of own.slice(1)) parent.set(root(money(v)), root(money(own[0])));
  }
  const figures = new Map<string, Value[]>();
  for (const [key, v] of values) {
    const figure = figures.get(root(key));
    if (figure) figure.push(v);
    else figures.set(root(key), [v]);
  }
  return [...figures.values()].map((vs) => {
    const first = firstEntity.get(money(vs[0]))!;
    return {
      label: `${vs.map(money).join(' = ')} ("${first.text}")`,
      role: first.role,
      matches: gold.flatMap((g, i) => (vs.some((v) => g.values.some((gv) => sameMoney(v, gv))) ? [i] : [])),
    };
  });
}

function datePredictions(entities: DateEntity[], gold: GoldDocument['date']): Prediction[] {
  const texts = new Map<string, string>();
  for (const e of entities) {
    for (const value of [e.value, e.endValue]) if (value && !texts.has(value)) texts.set(value, e.text);
  }
  return [...texts].map(([value, text]) => ({
    label: `${value} ("${text}")`,
    matches: gold.flatMap((g, i) => (g.value === value ? [i] : [])),
  }));
}

function scoreType(type: ScoredType, entities: Entity[], gold: GoldDocument): Assignment {
  const mine = entities.filter((e) => e.type === type);
  switch (type) {
    case 'funding':
      return assign(
        fundingPredictions(mine as FundingEntity[], gold.funding),
        gold.funding.map((g) => ({ optional: g.optional, label: g.text ?? g.values.map(money).join(' = ') })),
        true,
      );
    case 'date':
      return assign(
        datePredictions(mine as DateEntity[], gold.date),
        gold.date.map((g) => ({ optional: g.optional, label: g.text ? `${g.value} ("${g.text}")` : g.value })),
        false,
      );
    default:
      return assign(namePredictions(mine, gold[type]), gold[type].map((g) => ({ optional: g.optional, label: g.name })), false);
  }
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Scores extracted documents against gold; documents meet their gold entry by file base name. */
export function evaluate(
  gold: Gold,
  predicted: readonly Pick<DocumentResult, 'path' | 'entities'>[],
  options: EvaluateOptions = {},
): EvalResult {
  const types = SCORED_TYPES.filter((t) => !options.types || options.types.includes(t));
  const goldByDoc = new Map(gold.documents.map((g) => [g.doc, g]));
  const scoredBy = new Map<string, string>();
  const warnings: EvalResult['warnings'] = [];
  const documents: DocumentScore[] = [];
  const sums = new Map<ScoredType, [number, number, number]>(types.map((t) => [t, [0, 0, 0]]));
  const roles = { matched: 0, correct: 0 };

  for (const doc of predicted) {
    const name = baseName(doc.path);
    const g = goldByDoc.get(name);
    if (!g) {
      warnings.push({ path: doc.path, message: `the gold file has no entry for "${name}"; not scored` });
      continue;
    }
    const earlier = scoredBy.get(name);
    if (earlier) {
      warnings.push({ path: doc.path, message: `has the same base name as ${earlier}, which was scored against "${name}"; not scored` });
      continue;
    }
    scoredBy.set(name, doc.path);
    const scores: DocumentScore['scores'] = {};
    for (const type of types) {
      const { hitBy, ...score } = scoreType(type, doc.entities, g);
      scores[type] = score;
      const sum = sums.get(type)!;
      sum[0] += score.tp;
      sum[1] += score.fp;
      sum[2] += score.fn;
      if (type !== 'funding') continue;
      for (const [i, p] of hitBy) {
        if (!g.funding[i].role) continue;
        roles.matched++;
        if (p.role === g.funding[i].role) roles.correct++;
      }
    }
    documents.push({ doc: name, path: doc.path, scores });
  }
  for (const g of gold.documents) {
    if (!scoredBy.has(g.doc)) warnings.push({ path: g.doc, message: 'is in the gold file but not among the inputs; not scored' });
  }
  const totals: EvalResult['totals'] = {};
  for (const [type, [tp, fp, fn]] of sums) totals[type] = counts(tp, fp, fn);
  return {
    types,
    totals,
    fundingRoles: { ...roles, share: roles.matched ? roles.correct / roles.matched : null },
    documents,
    warnings,
  };
}
