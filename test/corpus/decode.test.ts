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

  it('reads invalid UTF-8 with replacement characters and a warning naming the line', () => {
    const latin1 = Buffer.from('Title\nPrime Minister Kishida\nCaf\xe9 talks', 'latin1');
    const decoded = decode(latin1);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.text).toBe('Title\nPrime Minister Kishida\nCaf\uFFFD talks');
    expect(decoded.warning).toMatch(/not valid UTF-8: bad bytes from line 3 .*re-save the file as UTF-8/);
  });

  it('refuses a file with NUL bytes as binary', () => {
    const decoded = decode(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]));
    expect(decoded).toEqual({ ok: false, error: expect.stringMatching(/^looks like a binary file \(it contains NUL bytes\)/) });
  });

  it('refuses an empty file and one with only white space or a BOM', () => {
    expect(decode(new Uint8Array())).toEqual({ ok: false, error: expect.stringMatching(/^is empty;/) });
    expect(decode(utf8(' \r\n\t\n'))).toEqual({ ok: false, error: expect.stringMatching(/^is empty \(only white space\)/) });
    expect(decode(utf8('\uFEFF'))).toEqual({ ok: false, error: expect.stringMatching(/^is empty/) });
  });
});
