// The library: what a script imports. Load a corpus, extract, evaluate, render; nothing here prints or exits.

export * from './types.js';
export { loadCorpus, streamCorpus, type Corpus, type CorpusItem, type LoadOptions } from './corpus/load.js';
export { extract, extractDocument, extractEntities, VERSION, type ExtractOptions } from './extract/index.js';
export { loadKnowledge, KnowledgeError, type Knowledge, type KnowledgeEntry, type KnowledgeFile } from './knowledge/index.js';
export { evaluate, type Counts, type DocumentScore, type EvalResult, type EvaluateOptions, type TypeScore } from './analyze/evaluate.js';
export { GoldError, parseGold, readGoldFile, SCORED_TYPES, type Gold, type GoldDocument, type ScoredType } from './analyze/gold.js';
export { renderJson, renderJsonValue } from './render/json.js';
export { renderNdjson, renderNdjsonLine } from './render/ndjson.js';
export { CSV_COLUMNS, CSV_HEADER, renderCsv, renderCsvRows } from './render/csv.js';
export { renderTable, type TableOptions } from './render/table.js';
export { renderEvalTable, type EvalTableOptions } from './render/eval.js';
export { decideColour, type ColourLevel } from './render/colour.js';
export { summariseFunding, TARGET_CURRENCIES, TOTAL_KEYS, WORTH_ROLES, type FundingInput, type FundingOptions, type FundingRow, type FundingSummary, type LeftOut, type LeftOutLine, type Party, type Source, type TargetCurrency, type TotalKey, type TotalLine, type WorthRole } from './analyze/funding.js';
export { FUNDING_CSV_COLUMNS, renderFundingCsv, renderFundingJson, renderFundingNdjson, renderFundingTable, type FundingMeta, type FundingTableOptions } from './render/funding.js';
export { renderBarChart, type Bar, type ChartOptions } from './render/chart.js';
export { COMPARE_TYPES, compareArticles, summarizeArticle, UNKNOWN_JURISDICTION, type ArticlePair, type ArticleProfile, type ArticleSummary, type CompareOptions, type CompareResult, type DateSpan, type FundingTotal, type LawProfile, type MatrixRow, type SharedEntity } from './analyze/compare.js';
export { buildTimeline, datedMentions, excerptAround, type DatedMention, type EventEntity, type EventSource, type TimelineArticle, type TimelineEvent, type TimelineOptions } from './analyze/timeline.js';
export { indexEntities, NAME_TYPES, resolveEntity, tallyEntities, type ArticleEntities, type ArticleRef, type EntityIndex, type EntityTally, type IndexedEntity, type NameType } from './analyze/entities.js';
export { dot, jaccard, termCounts, tfidfVectors, type Vector } from './analyze/similarity.js';
export { renderCompareCsv, renderCompareTable, renderPairsCsv, renderPairsTable, renderProfileCsv, renderProfileTable, renderTransposedCsv, renderTransposedTable, type CompareTableOptions } from './render/compare.js';
export { renderTimelineCsv, renderTimelineNdjson, renderTimelineTable, type TimelineSummary, type TimelineTableOptions } from './render/timeline.js';
export { renderEntitiesCsv, renderEntitiesNdjson, renderEntitiesTable, type EntitiesTableOptions } from './render/entities.js';
