// Who pays and who receives: the ids of agency/organization entities that the figure's own clause puts in
// those places ("X received $5m from Y", "Y will invest $5m in X", "a $5m package from Y"). Nothing is guessed
// from elsewhere in the article: when the clause does not say, the field stays empty.

import type { Entity, FundingEntity, FundingRole } from '../types.js';
import type { Span } from '../text/sentences.js';
import { sentenceOf, type ExtractContext } from './context.js';
import { clauseAround, windowAround } from './money-clause.js';
import { firstStartingAt } from '../text/search.js';

type Party = Entity & { type: 'agency' | 'organization' };

// Verbs whose subject pays, whose subject receives, whose subject depends on who it is ("secure"), and whose
// subject is whoever the money is about ("announce", "plan").
const VERB =
  /(?<![\p{L}])(?:(?<giver>invest\w*|provid\w*|grant(?:s|ed)?|award\w*|gave|give[sn]?|giving|allocat\w*|commit\w*|pledg\w*|spen(?:d|ds|t|ding)|fund(?:s|ed)?|financ(?:e|es|ed)|earmark\w*|offer\w*|contribut\w*|inject\w*|lend|lends|lent|donat\w*|request\w*|set(?:s|ting)? aside|pour\w*|subsidi[sz]\w*|approv\w*|disburs\w*|channel\w*)|(?<receiver>receiv\w*|rais(?:e|es|ed|ing)|wins?|won|obtain\w*|land(?:s|ed)|attract\w*|got|gets|garner\w*|clinch\w*|clos(?:e|es|ed)|seek\w*|sought|needs?|needed)|(?<either>secur(?:e|es|ed|ing))|(?<neutral>announc\w*|unveil\w*|plan(?:s|ned)?|promis\w*|launch\w*|propos\w*|eye[sd]?|reveal\w*))(?![\p{L}])/giu;

const NO_PARTIES: ReadonlySet<FundingRole> = new Set(['valuation', 'market-size']);

interface Verb {
  kind: 'giver' | 'receiver' | 'either' | 'neutral';
  start: number;
  end: number;
}

function lastVerb(text: string, from: number, to: number): Verb | undefined {
  const slice = text.slice(from, to);
  let last: Verb | undefined;
  VERB.lastIndex = 0;
  for (let m = VERB.exec(slice); m; m = VERB.exec(slice)) {
    const g = m.groups!;
    const kind = g.giver ? 'giver' : g.receiver ? 'receiver' : g.either ? 'either' : 'neutral';
    last = { kind, start: from + m.index, end: from + m.index + m[0].length };
  }
  return last;
}

/** The word right before a party, ignoring "the": "from", "to", ... */
function wordBefore(text: string, party: Span): string {
  const m = /([\p{L}]+)[ \u00a0]+(?:the[ \u00a0]+)?$/iu.exec(text.slice(Math.max(0, party.start - 20), party.start));
  return m ? m[1].toLowerCase() : '';
}

function partiesIn(parties: Party[], span: Span): Party[] {
  const out: Party[] = [];
  for (let i = firstStartingAt(parties, span.start); i < parties.length && parties[i].end <= span.end; i++) out.push(parties[i]);
  return out;
}

/** The region a figure's parties are read from: its clause, not reaching past a neighbouring figure. */
function regionOf(ctx: ExtractContext, f: FundingEntity, prev?: FundingEntity, next?: FundingEntity): Span {
  const window = windowAround(sentenceOf(ctx, f.start), f.start, f.end);
  const clause = clauseAround(ctx.text, window, f.start, f.end);
  const start = prev && prev.end <= f.start && prev.end > clause.start ? prev.end : clause.start;
  const end = next && next.start >= f.end && next.start < clause.end ? next.start : clause.end;
  return { start, end };
}

interface Sides {
  funder?: Party;
  recipient?: Party;
}

function readSides(text: string, f: FundingEntity, region: Span, inRegion: Party[]): Sides {
  const sides: Sides = {};
  const { role } = f;
  const verb = lastVerb(text, region.start, f.start);
  const before = inRegion.filter((p) => p.end <= f.start);
  const subjectLimit = verb ? verb.start : f.start;
  const subject = [...before].reverse().find((p) => p.end <= subjectLimit && !/^(?:from|by|with|to|for|in|into|of|at|on)$/.test(wordBefore(text, p)));
  // "Microsoft's $1 billion investment": the owner is the subject when nothing else is.
  const owner = before.find((p) => /^['’]s(?:[ \u00a0]+[\w-]+){0,2}[ \u00a0]+$/.test(text.slice(p.end, Math.min(f.start, p.end + 40))));
  const actor = verb ? subject : owner;
  if (actor) {
    const kind = verb?.kind ?? 'neutral';
    const receives =
      kind === 'receiver' || (kind === 'either' && actor.type === 'organization') || (kind === 'neutral' && role === 'funding-round');
    if (receives) sides.recipient = actor;
    else sides.funder = actor;
  }
  const afterVerb = verb ? verb.end : region.start;
  for (const p of inRegion) {
    if (p.start < afterVerb) continue;
    const word = wordBefore(text, p);
    if ((word === 'from' || word === 'by') && !sides.funder) sides.funder = p;
    else if (!sides.recipient && (word === 'to' || word === 'for' || ((word === 'in' || word === 'into') && role === 'investment'))) {
      if (sides.funder || verb?.kind === 'giver') sides.recipient = p;
    } else if (!sides.recipient && verb?.kind === 'giver' && p.end <= f.start && /^[ \u00a0]*(?:the[ \u00a0]+)?$/i.test(text.slice(verb.end, p.start))) {
      // "gave Rapidus ¥920 billion": the first object is who receives.
      sides.recipient = p;
    }
  }
  if (sides.funder && sides.recipient && sides.funder.id === sides.recipient.id) delete sides.recipient;
  return sides;
}

/** Sets `funder` and `recipient` from the figure's clause. */
export function attachParties(funding: FundingEntity[], names: Entity[], ctx: ExtractContext): FundingEntity[] {
  if (funding.length === 0) return funding;
  const parties = names
    .filter((n): n is Party => n.type === 'agency' || n.type === 'organization')
    .sort((a, b) => a.start - b.start || a.end - b.end);
  if (parties.length === 0) return funding;
  return funding.map((f, i) => {
    const region = regionOf(ctx, f, funding[i - 1], funding[i + 1]);
    const inRegion = partiesIn(parties, region);
    if (NO_PARTIES.has(f.role) || inRegion.length === 0) return f;
    const sides = readSides(ctx.text, f, region, inRegion);
    // Object.assign and added fields, not spreads: the same keys in the same order, copied much faster.
    const out: FundingEntity = Object.assign({}, f);
    if (sides.funder) out.funder = sides.funder.id;
    if (sides.recipient) out.recipient = sides.recipient.id;
    return out;
  });
}
