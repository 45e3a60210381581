import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/extract/index.js';
import type { Knowledge } from '../../src/knowledge/index.js';
import type { Entity } from '../../src/types.js';

// The rules alone, with no knowledge base: what policy writing's own shapes give.
const NO_KNOWLEDGE: Knowledge = { agencies: [], laws: [], policies: [], organizations: [] };

function names(text: string, type?: Entity['type'], knowledge: Knowledge = NO_KNOWLEDGE): Entity[] {
  return extractEntities({ text }, { knowledge }).filter((e) => (type ? e.type === type : e.type !== 'date' && e.type !== 'funding'));
}
const canon = (es: Entity[]) => [...new Set(es.map((e) => e.canonical))];

describe('names found by rule', () => {
  it('finds a ministry with a listed complement, its bracket abbreviation and later uses of it', () => {
    const text = 'The Ministry of Land, Infrastructure, Transport and Tourism (MLIT) and the Ministry of Health, Labour and Welfare met. MLIT later said more.';
    const agencies = names(text, 'agency');
    expect(canon(agencies)).toEqual(['Ministry of Land, Infrastructure, Transport and Tourism', 'Ministry of Health, Labour and Welfare']);
    const mlit = agencies.filter((e) => e.canonical.startsWith('Ministry of Land'));
    expect(mlit.map((e) => e.text)).toEqual(['Ministry of Land, Infrastructure, Transport and Tourism', 'MLIT', 'MLIT']);
    expect(new Set(mlit.map((e) => e.id))).toEqual(new Set(['ministry-of-land-infrastructure-transport-and-tourism']));
    expect(mlit[0]).toMatchObject({ abbreviation: 'MLIT', known: false });
  });

  it('reads an abbreviation written before the name it stands for, in brackets after it', () => {
    const text = 'Members of JTRC (Japan Tourism Research Council) met. JTRC then said more.';
    const councils = names(text, 'agency').filter((e) => e.canonical === 'Japan Tourism Research Council');
    expect(councils.map((e) => e.text)).toEqual(['JTRC', 'Japan Tourism Research Council', 'JTRC']);
    expect(councils[1]).toMatchObject({ abbreviation: 'JTRC' });
  });

  it('keeps a law and its amending act apart and reads the year of an act', () => {
    const text = 'Parliament passed the Act Partially Amending the Broadcasting Act and the Data Portability Act of 2021.';
    const laws = names(text, 'law');
    expect(canon(laws)).toEqual(['Act Partially Amending the Broadcasting Act', 'Data Portability Act of 2021']);
    expect(laws.find((e) => e.canonical.startsWith('Data'))).toMatchObject({ kind: 'act', year: 2021 });
  });

  it('reads Korean and Canadian legislation and bodies it has never seen', () => {
    const text = "South Korea's Ministry of Science and ICT announced the AI Basic Act, which passed the National Assembly in December. Canada tabled Bill C-27, which contains the Artificial Intelligence and Data Act (AIDA). AIDA would regulate high-impact systems.";
    expect(canon(names(text, 'agency'))).toEqual(['Ministry of Science and ICT', 'National Assembly']);
    const laws = names(text, 'law');
    expect(canon(laws)).toEqual(['AI Basic Act', 'Bill C-27', 'Artificial Intelligence and Data Act']);
    expect(laws.filter((e) => e.text === 'AIDA')).toHaveLength(2);
    expect(laws.find((e) => e.text === 'Bill C-27')).toMatchObject({ kind: 'bill', jurisdiction: 'CA' });
  });

  it('finds soft law: guidelines, basic plans with comma lists, editions and versions', () => {
    const text = "The Cabinet Office's Council for Science, Technology and Innovation (CSTI) approved the Sixth Science, Technology and Innovation Basic Plan, the Digital Transformation Strategy 2025 and the Contract Guidelines for Data Utilization Version 2.0.";
    expect(canon(names(text, 'policy'))).toEqual([
      'Sixth Science, Technology and Innovation Basic Plan',
      'Digital Transformation Strategy 2025',
      'Contract Guidelines for Data Utilization Version 2.0',
    ]);
    expect(names(text, 'policy').find((e) => e.canonical.startsWith('Digital'))).toMatchObject({ kind: 'strategy', year: 2025 });
    expect(canon(names(text, 'agency'))).toEqual(['Cabinet Office', 'Council for Science, Technology and Innovation']);
  });

  it('reads executive orders written in lower case, with their capitalised titles', () => {
    const text = 'The president signed an executive order on Removing Barriers to American Leadership in Artificial Intelligence, which revoked the previous one.';
    const [eo] = names(text, 'law');
    expect(eo).toMatchObject({ kind: 'executive-order', jurisdiction: 'US', canonical: 'Executive Order on Removing Barriers to American Leadership in Artificial Intelligence' });
  });

  it('treats bilateral dialogues, councils and local governments as public bodies', () => {
    const text = 'The Japan-EU Digital Partnership Council met after the Osaka Prefectural government and the Canada-Japan Economic Partnership agreed on a plan.';
    const agencies = names(text, 'agency');
    expect(canon(agencies)).toEqual(['Japan-EU Digital Partnership Council', 'Osaka Prefectural government', 'Canada-Japan Economic Partnership']);
    expect(agencies[2]).toMatchObject({ jurisdiction: 'INTL' });
  });

  it('does not take companies, universities, think tanks or descriptions for public bodies or policies', () => {
    const text = "Professor Tanaka of Kyoto University, speaking at the Tokyo AI Summit, said the Strategy for a Better Tomorrow was rhetoric. Keio University Global Research Institute and the Center for Strategic Studies disagreed, as did the Democratic Party Headquarters for Digital Society.";
    expect(names(text, 'agency')).toEqual([]);
    expect(names(text, 'policy')).toEqual([]);
    expect(canon(names(text, 'organization'))).toContain('Keio University Global Research Institute');
  });

  it('does not take a generic topic word and a head for a name', () => {
    const text = 'Debates on AI Regulation and the National Strategy continue; the AI Strategy Meetings were held monthly.';
    expect(names(text, 'law')).toEqual([]);
    expect(names(text, 'policy')).toEqual([]);
  });

  it('separates two bodies joined by "and" and does not run a name across a heading line', () => {
    const text = 'The AI Strategy Council and AI Safety Institute report to the Pentagon and Ministry of Defense.\nMinistry of Silence\nThe rest.';
    expect(canon(names(text, 'agency'))).toEqual(['AI Strategy Council', 'AI Safety Institute', 'Ministry of Defense', 'Ministry of Silence']);
  });

  it('keeps offsets exact in CRLF text', () => {
    const text = 'Intro line\r\n\r\nThe Fair Trade Commission of Japan met the Digital Agency.\r\n';
    for (const e of names(text)) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(canon(names(text, 'agency'))).toEqual(['Fair Trade Commission of Japan', 'Digital Agency']);
  });
});

describe('names with the bundled knowledge', () => {
  const withKnowledge = (text: string) => extractEntities({ text }).filter((e) => e.type !== 'date' && e.type !== 'funding');

  it('keeps an edition of a known instrument as one entity, not two', () => {
    const es = withKnowledge('The Intellectual Property Strategic Program 2024 sets the agenda.');
    expect(es.filter((e) => e.type === 'policy').map((e) => e.text)).toEqual(['Intellectual Property Strategic Program 2024']);
  });

  it('splits "X and Y University" into two organizations', () => {
    const es = withKnowledge('The University of Washington and Keio University signed an accord.');
    expect(canon(es.filter((e) => e.type === 'organization'))).toEqual(['University of Washington', 'Keio University']);
  });

  it('links a long law name written with or without "the" and its short name to one law', () => {
    const text = "The Act on the Promotion of Research and Development and the Utilization of Artificial Intelligence-Related Technologies, known as the AI Promotion Act, passed the Diet.";
    const laws = withKnowledge(text).filter((e) => e.type === 'law');
    expect(laws).toHaveLength(2);
    expect(new Set(laws.map((e) => e.id)).size).toBe(1);
    expect(laws[0]).toMatchObject({ jurisdiction: 'JP', known: true });
  });

  it('reads a headline without taking it for a law, and a government reference for the government', () => {
    const es = withKnowledge('Japan Passes Its First AI Law\n\nThe Japanese government and the Ishiba administration welcomed it.');
    expect(es.filter((e) => e.type === 'law')).toEqual([]);
    expect(canon(es.filter((e) => e.type === 'agency'))).toEqual(['Government of Japan', 'Ishiba administration']);
  });
});
