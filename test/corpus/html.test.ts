import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlKind, htmlSpan, htmlToPlain } from '../../src/corpus/html.js';
import { extractEntities } from '../../src/extract/index.js';
import { contractBreaches } from '../reliability/invariants.js';

/** The plain text with runs of white space collapsed: what a reader sees. */
const seen = (html: string) => htmlToPlain(html).replace(/\s+/g, ' ').trim();

describe('htmlToPlain', () => {
  it('blanks tags, keeps the text where it was', () => {
    const html = '<p class="x">The <b>Digital Agency</b> met.</p>';
    const plain = htmlToPlain(html);
    expect(plain).toHaveLength(html.length);
    expect(plain.indexOf('Digital Agency')).toBe(html.indexOf('Digital Agency'));
    expect(seen(html)).toBe('The Digital Agency met.');
  });

  it('drops scripts, styles and comments, content included', () => {
    const html = '<style>p{}/* METI 2020 */</style><script>var a = "<p>Cabinet Office</p>";</script><!-- Ministry of Finance --><p>Kept</p>';
    expect(seen(html)).toBe('Kept');
  });

  it('starts a new line at a block-level tag, and keeps every line break of the file', () => {
    const html = '<h1>Title</h1><p>Body one.</p>\n<div>Body\r\ntwo<br>three</div><span>same</span><i>line</i>';
    const plain = htmlToPlain(html);
    expect(plain.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean)).toEqual(['Title', 'Body one.', 'Body', 'two', 'three', 'same line']);
    for (let i = 0; i < html.length; i++) if (html[i] === '\n' || html[i] === '\r') expect(plain[i]).toBe(html[i]);
  });

  it('decodes character references in place, padded on the side that has a space', () => {
    expect(htmlToPlain('aside &yen;20 billion')).toBe('aside     ¥20 billion');
    expect(htmlToPlain('AI&rdquo; said')).toBe('AI”       said');
    expect(htmlToPlain('Trade &amp; Industry')).toBe('Trade     & Industry');
    expect(htmlToPlain('<b>&ldquo;AI</b>')).toBe('         “AI    ');
    expect(htmlToPlain('Japan&#8217;s')).toBe('Japan’      s');
    expect(htmlToPlain('flag: &#x1F1EF;')).toBe('flag:        \u{1F1EF}');
    expect(htmlToPlain('x&#0;, x&#xD800;, x&#99999999;')).toBe('x\ufffd   , x\ufffd       , x\ufffd          ');
  });

  it('leaves what is not a reference or a tag as it is: unknown names, a bare & and <, "a < b"', () => {
    const text = 'R&D &madeup; AT&T 3 < 4 and 5 <= 6, x<-y &amp';
    expect(htmlToPlain(text)).toBe(text);
  });

  it('reads quoted attributes with ">" inside, and markup left open at the end as a browser does (to the end)', () => {
    expect(seen('<a title="a > b" href=\'c>d\'>Link</a>')).toBe('Link');
    expect(seen('Kept <!-- open comment')).toBe('Kept');
    expect(seen('Kept <script>never closed')).toBe('Kept');
    expect(seen('Kept <a href="never closed>text')).toBe('Kept');
    expect(seen('Kept <div')).toBe('Kept');
  });

  it('keeps the length and every line break of any input', () => {
    const piece = fc.constantFrom('<', '>', '</', '<p>', '</p>', '<!--', '-->', '<script>', '</script>', '<b', '="', "'", '&amp;', '&#', '&#x1F600;', ';', 'a', ' ', '\n', '\r\n', '¥', '\ud800', '😀');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const html = pieces.join('');
        const plain = htmlToPlain(html);
        expect(plain).toHaveLength(html.length);
        for (let i = 0; i < html.length; i++) if (html[i] === '\n') expect(plain[i]).toBe('\n');
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it.each([
    ['unclosed tags', '<a'],
    ['unclosed quoted attributes', '<a b="'],
    ['unclosed comments', '<!--'],
    ['unclosed scripts', '<script>'],
    ['references', '&amp;&#12345;&unknown;'],
    ['bare ampersands', '&&&&&&&&&&'],
  ])('runs in linear time on a megabyte of %s', (_name, unit) => {
    const timed = (n: number) => {
      const html = unit.repeat(n);
      const t0 = performance.now();
      expect(htmlToPlain(html)).toHaveLength(html.length);
      return performance.now() - t0;
    };
    timed(1_000);
    const small = timed(Math.ceil(100_000 / unit.length));
    expect(timed(Math.ceil(1_000_000 / unit.length))).toBeLessThan(30 * small + 1_000);
  });
});

describe('htmlKind', () => {
  it('knows HTML by the name, or a .txt by its first tag', () => {
    expect(htmlKind('clips/page.HTML', 'anything')).toBe('extension');
    expect(htmlKind('a.htm', '')).toBe('extension');
    expect(htmlKind('saved.txt', '\n  <!DOCTYPE html>\n<html>')).toBe('content');
    expect(htmlKind('saved.txt', '<?xml version="1.0"?>\n<!-- saved -->\n<html lang="ja">')).toBe('content');
    expect(htmlKind('<stdin>', '<HTML><body>')).toBe('content');
    expect(htmlKind('note.txt', 'The <html> tag is discussed here.')).toBeUndefined();
    expect(htmlKind('note.md', '<p>inline HTML in Markdown</p>')).toBeUndefined();
  });
});

describe('htmlSpan', () => {
  it('widens a span over a reference it cuts', () => {
    const html = 'set aside &yen;20 billion for&nbsp;AI';
    const yen = html.indexOf(';20');
    expect(htmlSpan(html, yen, yen + 11)).toEqual({ start: html.indexOf('&yen;'), end: yen + 11 });
    const nbsp = html.indexOf('&nbsp;');
    expect(htmlSpan(html, nbsp - 3, nbsp + 1)).toEqual({ start: nbsp - 3, end: nbsp + 6 });
    expect(htmlSpan(html, 0, 3)).toEqual({ start: 0, end: 3 });
  });
});

describe('extraction from an HTML page', () => {
  const page = [
    '<!DOCTYPE html>',
    '<html><head><title>METI &amp; the AI budget</title>',
    '<script>var s = "Digital Agency gets ¥5 billion in 2019";</script><style>/* Cabinet Office */</style></head>',
    '<body><h1>Japan&rsquo;s AI push</h1><p>The Ministry of Economy, Trade &amp; Industry set aside &yen;20 billion',
    'in <b>April 2024</b> for the <a href="https://example.go.jp/?a=1&amp;b=2">AI Promotion Act</a>.</p><!-- Ministry of Finance 2021 -->',
    '</body></html>',
  ].join('\n');
  const entities = extractEntities({ text: page, plain: htmlToPlain(page) });

  it('finds the entities of the text, none from scripts, styles or comments', () => {
    expect(entities.map((e) => [e.type, e.text])).toEqual([
      ['agency', 'METI'],
      ['agency', 'Ministry of Economy, Trade &amp; Industry'],
      ['funding', '&yen;20 billion'],
      ['date', 'April 2024'],
      ['law', 'AI Promotion Act'],
    ]);
  });

  it('gives spans, lines and columns into the file: text === file.slice(start, end)', () => {
    expect(contractBreaches(page, entities)).toEqual([]);
    expect(entities.find((e) => e.type === 'date')).toMatchObject({ line: 5, column: 7 });
  });
});
