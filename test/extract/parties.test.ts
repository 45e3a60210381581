// The name extractor runs before attachParties in the pipeline; these tests hand-make the name entities it would
// give, so that who pays and who receives is tested on its own.

import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/extract/context.js';
import { findMoney } from '../../src/extract/money.js';
import { attachParties } from '../../src/extract/parties.js';
import { slug } from '../../src/extract/slug.js';
import type { Entity, FundingEntity } from '../../src/types.js';

type NameType = 'agency' | 'organization' | 'policy' | 'law';

/** A hand-made name entity at the `nth` occurrence of `name` in `text`. */
function name(text: string, type: NameType, mention: string, id = slug(mention), nth = 0): Entity {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(mention, start + 1);
  if (start < 0) throw new Error(`"${mention}" is not in the text`);
  const base = { text: mention, start, end: start + mention.length, line: 1, column: start + 1, canonical: mention, id, rule: 'test', known: true };
  switch (type) {
    case 'agency':
      return { ...base, type, jurisdiction: 'JP' };
    case 'organization':
      return { ...base, type };
    case 'policy':
      return { ...base, type, jurisdiction: 'JP', kind: 'programme' };
    case 'law':
      return { ...base, type, jurisdiction: 'JP', kind: 'act' };
  }
}

function parties(text: string, names: [NameType, string, string?][]) {
  const ctx = buildContext({ text });
  const entities = names.map(([type, mention, id]) => name(text, type, mention, id));
  // As in the pipeline, the agencies named are known when each figure's role is read.
  const funding: FundingEntity[] = findMoney(ctx, entities).map((f) => ({ ...f, line: 1, column: f.start + 1, canonical: f.canonical!, id: f.id! }));
  return attachParties(funding, entities, ctx).map((f) => ({ text: f.text, role: f.role, funder: f.funder, recipient: f.recipient }));
}

describe('attachParties (with hand-made name entities)', () => {
  it('"X received C$48.7 million ... from METI": recipient X, funder METI', () => {
    const text = 'SoftBank received C$48.7 million (5.3 billion yen) from the Ministry of Economy, Trade and Industry (METI) to purchase supercomputers.';
    expect(parties(text, [['organization', 'SoftBank'], ['agency', 'Ministry of Economy, Trade and Industry', 'meti'], ['agency', 'METI', 'meti']])).toEqual([
      { text: 'C$48.7 million (5.3 billion yen)', role: 'subsidy', funder: 'meti', recipient: 'softbank' },
    ]);
  });

  it('"Sakana AI received backing from Nvidia in a $137 million funding round": funder Nvidia, recipient Sakana AI', () => {
    const text = 'Recently, start-up Sakana AI received backing from Nvidia in a $137 million funding round, pushing the company to a $1 billion valuation.';
    expect(parties(text, [['organization', 'Sakana AI'], ['organization', 'Nvidia']])).toEqual([
      { text: '$137 million', role: 'funding-round', funder: 'nvidia', recipient: 'sakana-ai' },
      { text: '$1 billion', role: 'valuation', funder: undefined, recipient: undefined },
    ]);
  });

  it('"Microsoft has promised to invest $2.9 billion ... in Japanese data centers": funder Microsoft only', () => {
    const text = 'Microsoft has promised to invest $2.9 billion over two years in Japanese data centers and cloud infrastructure.';
    expect(parties(text, [['organization', 'Microsoft']])[0]).toMatchObject({ funder: 'microsoft', recipient: undefined });
  });

  it('"Amazon Web Systems announced a 2.26 trillion yen investment": funder Amazon Web Systems', () => {
    const text = 'OpenAI has a new office in Tokyo, while Amazon Web Systems announced a 2.26 trillion yen investment into its cloud.';
    expect(parties(text, [['organization', 'OpenAI'], ['organization', 'Amazon Web Systems']])[0]).toMatchObject({
      role: 'investment', funder: 'amazon-web-systems', recipient: undefined,
    });
  });

  it('"To finance GENIAC, METI secured ¥8.4 billion JPY": funder METI; a programme is not a recipient', () => {
    const text = 'To finance GENIAC, METI secured ¥8.4 billion JPY with the goal that this investment will help.';
    expect(parties(text, [['policy', 'GENIAC'], ['agency', 'METI', 'meti']])).toEqual([
      { text: '¥8.4 billion JPY', role: 'subsidy', funder: 'meti', recipient: undefined },
    ]);
  });

  it('"METI committed ¥45.5 billion JPY to data centre subsidies": funder METI', () => {
    const text = 'Additionally, METI committed ¥45.5 billion JPY to data centre subsidies to establish centres outside Tokyo.';
    expect(parties(text, [['agency', 'METI', 'meti']])[0]).toMatchObject({ role: 'subsidy', funder: 'meti', recipient: undefined });
  });

  it('"a C$1 billion funding package from METI": funder METI, and the agency makes it a subsidy', () => {
    const text = 'This is part of a C$1 billion (¥114.6 billion) funding package from METI to support AI computing infrastructure.';
    expect(parties(text, [['agency', 'METI', 'meti']])[0]).toMatchObject({ role: 'subsidy', funder: 'meti' });
  });

  it('reads an object after a giving verb: "provide ¥5 billion to Rapidus", "gave Rapidus ¥920 billion"', () => {
    const text = 'The ministry will provide ¥5 billion to Rapidus. Later METI gave Rapidus ¥920 billion.';
    expect(parties(text, [['organization', 'Rapidus', 'rapidus'], ['agency', 'METI', 'meti']]).map((f) => [f.funder, f.recipient])).toEqual([
      [undefined, 'rapidus'],
      ['meti', undefined],
    ]);
    const both = 'METI will provide ¥5 billion to Rapidus.';
    expect(parties(both, [['agency', 'METI', 'meti'], ['organization', 'Rapidus']])[0]).toMatchObject({ funder: 'meti', recipient: 'rapidus' });
    const gave = 'METI gave Rapidus ¥920 billion.';
    expect(parties(gave, [['agency', 'METI', 'meti'], ['organization', 'Rapidus']])[0]).toMatchObject({ funder: 'meti', recipient: 'rapidus' });
  });

  it('"Y invested $1 billion in X": funder Y, recipient X', () => {
    const text = 'Microsoft invested $1 billion in OpenAI in 2019.';
    expect(parties(text, [['organization', 'Microsoft'], ['organization', 'OpenAI']])[0]).toMatchObject({
      funder: 'microsoft', recipient: 'openai',
    });
  });

  it('"secured" by a company means it received: "Sakana AI secured $100 million led by Nvidia"', () => {
    const text = 'Sakana AI secured $100 million led by Nvidia.';
    expect(parties(text, [['organization', 'Sakana AI'], ['organization', 'Nvidia']])[0]).toMatchObject({
      role: 'funding-round', funder: 'nvidia', recipient: 'sakana-ai',
    });
  });

  it('leaves both empty when the sentence does not say, even if the article names bodies elsewhere', () => {
    const text = 'METI leads the policy. The plan costs $5 million in total.';
    expect(parties(text, [['agency', 'METI', 'meti']])[0]).toMatchObject({ funder: undefined, recipient: undefined });
  });

  it('does not take a publication before a quoted headline as the funder', () => {
    const text = '[7] Asia Education Review, “US, Japan to Invest $110 Million, Fostering AI Talent,” May 8, 2024.';
    expect(parties(text, [['organization', 'Asia Education Review']])[0]).toMatchObject({ role: 'investment', funder: undefined });
  });

  it('reads an owner: "Microsoft\'s $1 billion investment"', () => {
    const text = "Microsoft's $1 billion investment in Japan was welcomed.";
    expect(parties(text, [['organization', 'Microsoft']])[0]).toMatchObject({ funder: 'microsoft' });
  });

  it('gives no parties to a market size or a valuation', () => {
    const text = 'The Ministry of Internal Affairs predicts the market will reach $10 billion by 2027.';
    expect(parties(text, [['agency', 'Ministry of Internal Affairs']])[0]).toMatchObject({ role: 'market-size', funder: undefined });
  });

  it('returns the funding unchanged without names', () => {
    const text = 'METI secured ¥8.4 billion JPY.';
    const ctx = buildContext({ text });
    const funding = findMoney(ctx).map((f) => ({ ...f, line: 1, column: 1, canonical: f.canonical!, id: f.id! }));
    expect(attachParties(funding, [], ctx)).toEqual(funding);
  });
});
