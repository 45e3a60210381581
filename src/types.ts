// The contract: what a Document is and what an Entity is. Everything else derives from these.

export const ENTITY_TYPES = ['agency', 'law', 'policy', 'organization', 'funding', 'date'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const LAW_KINDS = ['act', 'law', 'bill', 'amendment', 'executive-order', 'treaty', 'regulation'] as const;
export type LawKind = (typeof LAW_KINDS)[number];

export const POLICY_KINDS = [
  'guideline', 'strategy', 'white-paper', 'principles', 'code-of-conduct', 'plan', 'initiative', 'programme',
] as const;
export type PolicyKind = (typeof POLICY_KINDS)[number];

export const FUNDING_ROLES = [
  'investment', 'funding-round', 'subsidy', 'budget', 'spending', 'aid', 'market-size', 'valuation', 'other',
] as const;
export type FundingRole = (typeof FUNDING_ROLES)[number];

export type DatePrecision = 'decade' | 'year' | 'month' | 'day';

/** Fields every entity carries: the exact span, where it is, what it links to, and why it was found. */
export interface EntityBase {
  type: EntityType;
  /** Exact span: `text === source.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units like `start`. */
  column: number;
  /** The linked name. */
  canonical: string;
  /** A stable slug of the canonical name. */
  id: string;
  /** The rule or knowledge entry that produced this entity. */
  rule: string;
}

export interface AgencyEntity extends EntityBase {
  type: 'agency';
  abbreviation?: string;
  jurisdiction: string;
  /** In the knowledge base (true) or found by rule (false). */
  known: boolean;
}

export interface LawEntity extends EntityBase {
  type: 'law';
  jurisdiction: string;
  kind: LawKind;
  year?: number;
  known: boolean;
}

export interface PolicyEntity extends EntityBase {
  type: 'policy';
  jurisdiction: string;
  kind: PolicyKind;
  year?: number;
  known: boolean;
}

export interface OrganizationEntity extends EntityBase {
  type: 'organization';
  abbreviation?: string;
  jurisdiction?: string;
  known: boolean;
}

export interface MoneyValue {
  amount: number;
  currency: string;
  text: string;
}

export interface FundingEntity extends EntityBase {
  type: 'funding';
  /** In the currency's whole units. */
  amount: number;
  /** ISO 4217. */
  currency: string;
  /** Conversions the text gives in brackets: the same money, not a second figure. */
  equivalents: MoneyValue[];
  role: FundingRole;
  approximate: boolean;
  /** Upper end, for a range ("$2–3 billion"). */
  amountMax?: number;
  /** Entity id of who pays, when the sentence says. */
  funder?: string;
  /** Entity id of who receives, when the sentence says. */
  recipient?: string;
  purpose?: string;
  year?: number;
  usd?: number;
  fxYear?: number;
}

export interface DateEntity extends EntityBase {
  type: 'date';
  /** ISO `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a decade: `1980s`). Absent for an unpinned relative expression. */
  value?: string;
  /** The other end of a range. */
  endValue?: string;
  precision: DatePrecision;
  /** The year was taken from context. */
  inferred: boolean;
  fiscal: boolean;
  /** In footnotes or references. */
  citation: boolean;
  relative?: boolean;
}

export type Entity =
  | AgencyEntity
  | LawEntity
  | PolicyEntity
  | OrganizationEntity
  | FundingEntity
  | DateEntity;

/** An entity before the pipeline adds line, column, canonical and id. */
export type Found<E extends Entity = Entity> = E extends Entity
  ? Omit<E, 'line' | 'column' | 'canonical' | 'id'> & { canonical?: string; id?: string }
  : never;

/** A loaded article. */
export interface Document {
  path: string;
  title: string;
  sha256: string;
  chars: number;
  words: number;
  /** Decoded text, BOM removed. Offsets of entities index into this. */
  text: string;
  /** Set when the extractor has to see different text (HTML with tags blanked out); same length as `text`. */
  plain?: string;
}

/** A document as it appears in extract output. */
export interface DocumentResult extends Omit<Document, 'text' | 'plain'> {
  entities: Entity[];
}

export interface InputError {
  path: string;
  message: string;
}

export interface ExtractResult {
  jpai: string;
  schemaVersion: 1;
  documents: DocumentResult[];
  errors: InputError[];
}
