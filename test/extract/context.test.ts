import { describe, expect, it } from 'vitest';
import { findNotes, findUrls } from '../../src/extract/context.js';

const urls = (text: string) => findUrls(text).map((s) => text.slice(s.start, s.end));

describe('findUrls', () => {
  it('finds addresses and bare www. hosts, leaving trailing punctuation to the prose', () => {
    expect(urls('See https://www.meti.go.jp/press/2024/0410.html. Or www.cao.go.jp/ai, and http://x.jp)')).toEqual([
      'https://www.meti.go.jp/press/2024/0410.html',
      'www.cao.go.jp/ai',
      'http://x.jp',
    ]);
  });

  it('does not start one inside a word', () => {
    expect(urls('xhttp://a.jp awww.b.jp')).toEqual([]);
  });

  it('widens a percent-escape to its run, stopping left at a comma, and merges it with a URL it is part of', () => {
    expect(urls('June 28, 2023,,Government’s%20first plan')).toEqual(['Government’s%20first']);
    expect(urls('at https://a.jp/x%20y and 100%25')).toEqual(['https://a.jp/x%20y', '100%25']);
    expect(urls('100% of 5%')).toEqual([]);
  });
});

describe('findNotes', () => {
  it('marks footnote lines and everything after a references heading', () => {
    const text = 'Body 2024.\n[1] Note 2023.\n[2] Note.\nMore body.\nReferences\nA 2020.';
    const spans = findNotes(text).map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual(['[1] Note 2023.\n[2] Note.', 'References\nA 2020.']);
  });

  it('reads markers and headings after spaces, tabs and no-break spaces (headings: spaces and tabs only)', () => {
    const text = 'Body.\n \u00a0\t[3] Note.\nMore.\n\u00a0Notes\nStill body.\n \tEndnotes :\r\nA 2020.';
    const spans = findNotes(text).map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual([' \u00a0\t[3] Note.', ' \tEndnotes :\r\nA 2020.']);
  });
});
