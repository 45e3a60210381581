// Bytes -> text. In order: files that are not text by their first bytes (PDF, ZIP, images...); UTF-8 and UTF-16
// by their BOM; UTF-16 without a BOM by its zero bytes; other zero bytes = binary; valid UTF-8; Windows-1252 when
// invalid UTF-8 reads sensibly as it (warned); else UTF-8 with U+FFFD for the bad bytes (warned), so one stray
// byte does not cost the user the whole article.

import { binaryProblem } from './magic.js';
import { decodeWindows1252, looksLikeWindows1252 } from './windows-1252.js';

export type Decoded =
  | { ok: true; text: string; warning?: string }
  | { ok: false; error: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const BINARY_CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** UTF-16 big-endian as little-endian, by swapping each byte pair (an odd last byte is dropped). */
function swapPairs(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1];
    out[i + 1] = bytes[i];
  }
  return out;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function decodeStrict(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le', label: string): Decoded {
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
    const line = lineOf(text, text.indexOf('\uFFFD'));
    const hint = encoding === 'utf-8' ? ' (it may be Shift-JIS, EUC-JP or another legacy encoding)' : '';
    return {
      ok: true,
      text,
      warning:
        `is not valid ${label}${hint}: bad bytes from line ${line} were replaced with U+FFFD; ` +
        `re-save the file as UTF-8 to read it exactly`,
    };
  }
}

/**
 * UTF-16 without a byte-order mark, told by where its zero bytes fall in the first few kilobytes: Latin text in
 * UTF-16LE has a zero after each character, in UTF-16BE before it. It has an even length, and is not a handful of bytes.
 */
function bomlessUtf16(bytes: Uint8Array): 'le' | 'be' | undefined {
  if (bytes.length % 2 !== 0 || bytes.length < 16) return undefined;
  const pairs = Math.min(bytes.length, 8192) >> 1;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) zeroEven++;
    if (bytes[2 * i + 1] === 0) zeroOdd++;
  }
  if (zeroOdd >= 0.3 * pairs && zeroEven <= 0.02 * pairs) return 'le';
  if (zeroEven >= 0.3 * pairs && zeroOdd <= 0.02 * pairs) return 'be';
  return undefined;
}

function withWarning(decoded: Decoded, warning: string): Decoded {
  return decoded.ok ? { ...decoded, warning: decoded.warning ?? warning } : decoded;
}

function decodeBytes(bytes: Uint8Array): Decoded {
  const binary = binaryProblem(bytes);
  if (binary) return { ok: false, error: binary };
  if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff])) {
    return { ok: false, error: 'is UTF-32, which jpai does not read; re-save the file as UTF-8' };
  }
  if (startsWith(bytes, [0xff, 0xfe])) return decodeStrict(bytes.subarray(2), 'utf-16le', 'UTF-16');
  if (startsWith(bytes, [0xfe, 0xff])) return decodeStrict(swapPairs(bytes.subarray(2)), 'utf-16le', 'UTF-16');
  if (bytes.indexOf(0) !== -1) {
    const utf16 = bomlessUtf16(bytes);
    if (utf16) {
      const decoded = decodeStrict(utf16 === 'le' ? bytes : swapPairs(bytes), 'utf-16le', 'UTF-16');
      // Binary data that happens to have zeros in step decodes to control characters or broken surrogates.
      if (decoded.ok && !decoded.warning && !BINARY_CONTROL.test(decoded.text)) {
        return withWarning(decoded, `has no byte-order mark; read as UTF-16${utf16.toUpperCase()} by its zero bytes; re-save it as UTF-8 to be sure`);
      }
    }
    return {
      ok: false,
      error: 'looks like a binary file (it contains NUL bytes), skipped; jpai reads plain-text articles saved as UTF-8 .txt or .md',
    };
  }
  const bom = startsWith(bytes, UTF8_BOM);
  const utf8 = decodeStrict(bom ? bytes.subarray(3) : bytes, 'utf-8', 'UTF-8');
  // A UTF-8 BOM says what the file means to be, bad bytes or not.
  if (!utf8.ok || !utf8.warning || bom || !looksLikeWindows1252(bytes)) return utf8;
  return {
    ok: true,
    text: decodeWindows1252(bytes),
    warning: 'is not UTF-8; read as Windows-1252 (Latin-1), which it looks like; re-save it as UTF-8 to be sure accents and quotes are right',
  };
}

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, error: 'is empty; add the article text or leave the file out' };
  const decoded = decodeBytes(bytes);
  if (decoded.ok && decoded.text.trim() === '') return withWarning(decoded, 'has only white space: nothing to extract');
  return decoded;
}
