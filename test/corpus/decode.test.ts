import { describe, expect, it } from 'vitest';
import { decode } from '../../src/corpus/decode.js';

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

describe('decode', () => {
  it('reads UTF-8 and strips its BOM', () => {
    expect(decode(utf8('\uFEFFCabinet Office'))).toEqual({ ok: true, text: 'Cabinet Office' });
    expect(decode(utf8('Ministry of Defense ¥5 billion'))).toEqual({ ok: true, text: 'Ministry of Defense ¥5 billion' });
  });

  it('reads UTF-16 little- and big-endian by their BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Reiwa 6 ¥', 'utf16le')]);
    expect(decode(le)).toEqual({ ok: true, text: 'Reiwa 6 ¥' });
    const be = Buffer.from(le.subarray(2).swap16());
    expect(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({ ok: true, text: 'Reiwa 6 ¥' });
  });

  it('reads UTF-16 without a BOM by its zero bytes, with a warning', () => {
    const le = decode(Buffer.from('Cabinet Office, April 2024', 'utf16le'));
    expect(le).toEqual({ ok: true, text: 'Cabinet Office, April 2024', warning: expect.stringMatching(/^has no byte-order mark; read as UTF-16LE/) });
    const be = decode(Buffer.from('Cabinet Office', 'utf16le').swap16());
    expect(be).toEqual({ ok: true, text: 'Cabinet Office', warning: expect.stringMatching(/read as UTF-16BE/) });
  });

  it('reads Latin-1 / Windows-1252 as such, with a warning: accents, curly quotes, euro sign, dashes', () => {
    const bytes = Buffer.concat([
      Buffer.from('Minist', 'latin1'), Buffer.from([0xe8]), Buffer.from('re: ', 'latin1'),
      Buffer.from([0x93]), Buffer.from('AI', 'latin1'), Buffer.from([0x94, 0x20, 0x80]), Buffer.from('5m ', 'latin1'),
      Buffer.from([0x96]), Buffer.from(' Caf', 'latin1'), Buffer.from([0xe9, 0xa0, 0xbb]), Buffer.from(' Gr', 'latin1'), Buffer.from([0xfc, 0xdf]), Buffer.from('e', 'latin1'),
    ]);
    expect(decode(bytes)).toEqual({
      ok: true,
      text: 'Ministère: “AI” €5m – Café\u00a0» Grüße',
      warning: expect.stringMatching(/^is not UTF-8; read as Windows-1252 \(Latin-1\), which it looks like; re-save it as UTF-8/),
    });
  });

  it('keeps a UTF-8 file with a few bad bytes as UTF-8, with U+FFFD and a warning naming the line', () => {
    const mixed = Buffer.concat([Buffer.from('Title\nCafé in Tōkyō\nbad ', 'utf8'), Buffer.from([0xe9]), Buffer.from(' byte', 'utf8')]);
    const decoded = decode(mixed);
    expect(decoded).toEqual({ ok: true, text: 'Title\nCafé in Tōkyō\nbad \uFFFD byte', warning: expect.stringMatching(/^is not valid UTF-8 .*: bad bytes from line 3 .*re-save the file as UTF-8/) });
  });

  it('keeps a file with a UTF-8 BOM as UTF-8, bad bytes and all', () => {
    const decoded = decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Caf', 'latin1'), Buffer.from([0xe9])]));
    expect(decoded).toMatchObject({ ok: true, text: 'Caf\uFFFD', warning: expect.stringMatching(/^is not valid UTF-8/) });
  });

  it('does not take a long run of high bytes (another script) for Windows-1252', () => {
    const decoded = decode(Buffer.from([0x41, 0xe9, 0xe8, 0xea, 0xeb, 0x42]));
    expect(decoded).toMatchObject({ ok: true, text: 'A\uFFFD\uFFFD\uFFFD\uFFFDB', warning: expect.stringMatching(/^is not valid UTF-8/) });
  });

  it('does not take Shift-JIS or EUC-JP for Windows-1252: U+FFFD and a warning that names them', () => {
    // "デジタル庁は2024年に" in Shift-JIS, then in EUC-JP.
    const sjis = Buffer.from([0x83, 0x66, 0x83, 0x57, 0x83, 0x5e, 0x83, 0x8b, 0x92, 0xa1, 0x82, 0xcd, 0x32, 0x30, 0x32, 0x34, 0x94, 0x4e, 0x82, 0xc9]);
    const euc = Buffer.from([0xa5, 0xc7, 0xa5, 0xb8, 0xa5, 0xbf, 0xa5, 0xeb, 0xc4, 0xa3, 0xa4, 0xcf, 0x32, 0x30, 0x32, 0x34, 0xc7, 0xaf, 0xa4, 0xcb]);
    for (const bytes of [sjis, euc]) {
      const decoded = decode(bytes);
      expect(decoded).toMatchObject({ ok: true, warning: expect.stringMatching(/^is not valid UTF-8 \(it may be Shift-JIS, EUC-JP/) });
      expect(decoded.ok && decoded.text).toContain('\uFFFD');
    }
  });

  it('names what a file really is when it is not text: PDF, ZIP (docx), gzip, images, old Office files', () => {
    const cases: [number[], RegExp][] = [
      [[...Buffer.from('%PDF-1.7\n%âãÏÓ\n')], /^is a PDF file, not text; extract its text first/],
      [[0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00], /^is a ZIP archive \(Word \.docx/],
      [[0x1f, 0x8b, 0x08, 0x00], /^is gzip-compressed; unpack it first/],
      [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00], /^is a PNG image/],
      [[0xff, 0xd8, 0xff, 0xe0], /^is a JPEG image/],
      [[...Buffer.from('GIF89a')], /^is a GIF image/],
      [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], /^is an old Microsoft Office file/],
      [[0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00], /^is UTF-32, which jpai does not read/],
    ];
    for (const [bytes, message] of cases) expect(decode(new Uint8Array(bytes))).toEqual({ ok: false, error: expect.stringMatching(message) });
    // Words that begin like a signature are text.
    expect(decode(utf8('PDF-1 report; GIF8 and PK tables'))).toEqual({ ok: true, text: 'PDF-1 report; GIF8 and PK tables' });
  });

  it('refuses other files with NUL bytes as binary', () => {
    const decoded = decode(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0x41]));
    expect(decoded).toEqual({ ok: false, error: expect.stringMatching(/^looks like a binary file \(it contains NUL bytes\)/) });
  });

  it('refuses an empty file; reads one with only white space (or a BOM) with a warning', () => {
    expect(decode(new Uint8Array())).toEqual({ ok: false, error: expect.stringMatching(/^is empty;/) });
    expect(decode(utf8(' \r\n\t\n'))).toEqual({ ok: true, text: ' \r\n\t\n', warning: 'has only white space: nothing to extract' });
    expect(decode(utf8('\uFEFF'))).toEqual({ ok: true, text: '', warning: 'has only white space: nothing to extract' });
  });
});
