// Bytes -> text. UTF-8 (BOM stripped) and UTF-16 with a BOM; anything else with NUL bytes is binary.
// Undecodable UTF-8 is read anyway, with U+FFFD in place of bad bytes, so one stray Latin-1 byte does
// not cost the user the whole article; the caller reports it as a warning.

export type Decoded =
  | { ok: true; text: string; warning?: string }
  | { ok: false; error: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

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
    const hint = encoding === 'utf-8' ? ' (it may be Latin-1, Windows-1252 or Shift-JIS)' : '';
    return {
      ok: true,
      text,
      warning:
        `is not valid ${label}: bad bytes from line ${line} were replaced with U+FFFD; ` +
        `re-save the file as UTF-8${hint} to read it exactly`,
    };
  }
}

const EMPTY = 'is empty; add the article text or leave the file out';

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, error: EMPTY };
  const decoded = decodeBytes(bytes);
  if (decoded.ok && decoded.text.trim() === '') return { ok: false, error: EMPTY.replace('is empty', 'is empty (only white space)') };
  return decoded;
}

function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeStrict(bytes.subarray(2), 'utf-16le', 'UTF-16');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeStrict(swapPairs(bytes.subarray(2)), 'utf-16le', 'UTF-16');
  if (bytes.indexOf(0) !== -1) {
    return {
      ok: false,
      error: 'looks like a binary file (it contains NUL bytes), skipped; jpai reads plain-text articles saved as UTF-8 .txt or .md',
    };
  }
  return decodeStrict(startsWith(bytes, UTF8_BOM) ? bytes.subarray(3) : bytes, 'utf-8', 'UTF-8');
}
