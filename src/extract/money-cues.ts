// The words that tell what a figure is: role cues, government actors, purpose markers. Word lists live
// here; the rules that use them live in money-role.ts.

import type { FundingRole } from '../types.js';

/**
 * A strong cue names the kind of money outright ("funding round", "subsidies", "invest").
 * A weak cue says money changes hands without saying what kind ("received", "secured", "funding package"):
 * what it means depends on whether a government is involved.
 */
export interface Cue {
  pattern: string;
  role: FundingRole;
  /** For weak cues: the role when a government pays (`role` is the one when none does). */
  government?: FundingRole;
  /** Among weak cues with a government involved, the higher rank wins: where money goes outranks how it was found. */
  rank?: number;
}

// Order matters: the alternation tries longer phrases first ("funding round" before "funding").
export const STRONG_CUES: Cue[] = [
  { pattern: 'market cap(?:itali[sz]ation)?', role: 'valuation' },
  { pattern: 'valuations?|valued at|valuing', role: 'valuation' },
  { pattern: 'market (?:size|value)', role: 'market-size' },
  { pattern: '(?:funding|financing|investment) rounds?|rounds? of (?:funding|financing|investment)|series [a-f]|seed (?:round|funding|financing)|pre-seed|rais(?:e|es|ed|ing)|fundrais\\w*|venture (?:capital|funding)', role: 'funding-round' },
  { pattern: '(?:government|public|state) (?:support|funding|backing|money|financing)|subsid\\w*|grants?|granted|incentives?|tax (?:credits?|breaks?|relief)', role: 'subsidy' },
  { pattern: 'budget\\w*|appropriat\\w*|supplementary|stimulus|request(?:s|ed|ing)?', role: 'budget' },
  { pattern: 'aid|assistance|oda|official development|humanitarian|relief|yen loans?|concessional', role: 'aid' },
  { pattern: 'invest\\w*|capital expenditure|capex|stakes?', role: 'investment' },
  { pattern: 'spen(?:d|ds|t|ding)|expenditures?|outlays?|procure\\w*|costs?|costing', role: 'spending' },
  { pattern: 'revenues?|sales|profits?|earnings|turnover|income|losses|fines|fined|penalt\\w*|salar\\w*|wages?|prices?|priced', role: 'other' },
  // "market" counts only with a size verb between it and the figure, or right after the figure (see money-role.ts).
  { pattern: 'markets?', role: 'market-size' },
];

export const WEAK_CUES: Cue[] = [
  { pattern: 'receiv\\w*|backing|backed', role: 'funding-round', government: 'subsidy', rank: 2 },
  { pattern: 'financ\\w*|fund(?:s|ed|ing)?|packages?|provid\\w*|award\\w*|gave|give[sn]?|giving', role: 'investment', government: 'subsidy', rank: 2 },
  { pattern: 'secur\\w*', role: 'funding-round', government: 'budget', rank: 1 },
  { pattern: 'allocat\\w*|earmark\\w*|set(?:s|ting)? aside|commit\\w*|pledg\\w*', role: 'investment', government: 'budget', rank: 1 },
  { pattern: 'support(?:s|ed|ing)?', role: 'other', government: 'budget', rank: 1 },
];

/** Between "market" and a figure after it, one of these makes the figure the market's size. */
export const MARKET_SIZE_VERB =
  /\b(?:reach\w*|worth|size|valued|value|grow\w*|grew|expand\w*|hit|exceed\w*|surpass\w*|total\w*|estimated|expected|projected|forecast\w*|amount\w*|stand\w*|stood|is|was|be)\b/i;

/** A figure followed by "in the ... budget" is a line of that budget, whatever else the clause says. */
export const BUDGET_CONTAINER = /\bin[ \u00a0]+(?:(?:the|a|an|its|this|their|next|that)[ \u00a0]+)?(?:[\w-]+[ \u00a0]+){0,4}budgets?\b/i;

/** Words that make a clause a government's: generic names of government bodies. */
export const GOVERNMENT_WORDS =
  /\b(?:governments?|ministry|ministries|ministerial|minister|cabinet|agency|department|prefectur\w*|municipal\w*|state-run|state-owned|taxpayers?|parliament|congress|diet)\b/i;

/** Head words that make a name a government body, so an acronym defined for it ("... Industry (METI)") is one. */
export const GOVERNMENT_HEADS = /\b(?:Ministry|Ministries|Agency|Department|Office|Council|Commission|Cabinet|Bureau|Government|Authority|Administration|Organi[sz]ation|Secretariat)\b/;

/** Words after a figure that end its head-noun phrase ("$5 billion for ...", "... by 2027"). */
export const HEAD_STOP = new Set([
  'for', 'by', 'from', 'over', 'with', 'at', 'on', 'as', 'and', 'or', 'that', 'which', 'under', 'through', 'after',
  'before', 'during', 'until', 'since', 'per', 'than',
]);
/** Prepositions that may open a head-noun phrase ("$13bn in aid", "¥45.5 billion to data centre subsidies"). */
export const HEAD_PREPOSITIONS = new Set(['in', 'of', 'to', 'into']);

/** Markers of what the money is for. */
export const PURPOSE_AFTER =
  /\b(?:for|into|aimed at|to (?:support|purchase|buy|finance|fund|build|develop|establish|promote|help|boost|strengthen|expand|create|construct|train|accelerate))[ \u00a0]+/i;
export const PURPOSE_BEFORE = /\b[Tt]o (?:support|finance|fund|build|develop|promote|help|boost|strengthen|expand|accelerate)[ \u00a0]+([^,;]{1,80}),[^,;]*$/;
/** "for fiscal 2025", "for two years": a time, not a purpose. */
export const TIME_PHRASE =
  /^(?:fiscal\b|FY|the (?:fiscal|financial|calendar|current|coming|next|past|period)\b|(?:19|20)\d\d\b|(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|the next|the past)\s+(?:years?|months?|weeks?|days?|decades?)\b)/i;
/** Words that end a purpose phrase. */
export const PURPOSE_STOP = new Set([
  'by', 'in', 'from', 'with', 'over', 'through', 'as', 'after', 'before', 'until', 'while', 'which', 'that', 'who',
  'at', 'on', 'under', 'during', 'since', 'when', 'where', 'because', 'if',
]);
/** Words a purpose phrase does not end on. */
export const TRAILING_FUNCTION_WORDS = new Set(['and', 'or', 'its', 'their', 'the', 'a', 'an', 'of', 'to', 'for', 'his', 'her']);

export function cueSource(cues: Cue[]): string {
  return cues.map((c) => c.pattern).join('|');
}
