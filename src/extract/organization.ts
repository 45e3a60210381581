// Organizations found by rule: companies, universities, associations, parties, media, think tanks. They are not
// scored, but funding needs them as funders and recipients, and an organization head earlier in a name makes the
// whole name an organization ("Keio University Global Research Institute", "Liberal Democratic Party Headquarters").

import type { HeadRule } from './heads.js';

const ORG_WORDS = [
  'inc', 'corp', 'corporation', 'co', 'ltd', 'llc', 'plc', 'gmbh', 'company', 'holdings', 'group', 'university',
  'college', 'school', 'academy', 'association', 'federation', 'foundation', 'forum', 'alliance', 'network',
  'party', 'press', 'times', 'news', 'shimbun', 'review', 'magazine', 'journal', 'bank', 'labs', 'lab', 'laboratory',
  'technologies', 'systems', 'partners', 'ventures', 'capital', 'institute', 'center', 'centre', 'partnership', 'club',
  'union', 'trust', 'consortium', 'services',
];

export const ORGANIZATION_HEADS: HeadRule[] = ORG_WORDS.map((head) => ({ head, type: 'organization', needs: 'modifier' }));

/** Words that make a name private wherever they stand in it (not "institute" or "partnership": public bodies use those too). */
export const OWNER_WORDS = new Set(
  ORG_WORDS.filter((w) => !['institute', 'center', 'centre', 'partnership', 'network', 'forum', 'alliance', 'union', 'bank', 'services', 'academy'].includes(w)),
);
