// Windows-1252 (the superset of Latin-1 that "Latin-1" files almost always are): telling it from broken UTF-8
// and from other legacy encodings, and decoding it. One byte is one character, so decoding keeps the length.

// 0x80-0x9F: the printable characters Windows-1252 puts where Latin-1 has controls; 0 = unassigned.
const HIGH_CONTROLS = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** Accented letters and curly quotes sit alone between ASCII; longer runs of high bytes are words of another script. */
const MAX_HIGH_RUN = 3;

function isTextControl(b: number): boolean {
  return b === 0x09 || b === 0x0a || b === 0x0c || b === 0x0d;
}

/** Length of the valid UTF-8 multi-byte sequence at `i`, or 0. */
function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (length === 0 || i + length > bytes.length) return 0;
  for (let k = 1; k < length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return 0;
  return length;
}

/**
 * True when bytes that are not valid UTF-8 read sensibly as Windows-1252: every byte assigned, no control
 * characters, high bytes in short runs as in Western European text (Shift-JIS, EUC-JP or Cyrillic text has long
 * runs and fails), and more high bytes outside valid UTF-8 sequences than such sequences (a UTF-8 file with a few bad
 * bytes stays UTF-8; "é\u00a0»" in Windows-1252 happens to be one valid UTF-8 sequence, and is outvoted).
 */
export function looksLikeWindows1252(bytes: Uint8Array): boolean {
  let run = 0;
  let utf8Sequences = 0;
  let strayBytes = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) {
      if ((b < 0x20 && !isTextControl(b)) || b === 0x7f) return false;
      run = 0;
      continue;
    }
    if (b <= 0x9f && HIGH_CONTROLS[b - 0x80] === 0) return false;
    if (++run > MAX_HIGH_RUN) return false;
    const sequence = utf8SequenceAt(bytes, i);
    if (sequence === 0) {
      strayBytes++;
      continue;
    }
    utf8Sequences++;
    for (let k = 1; k < sequence; k++) {
      const c = bytes[i + k];
      if (c <= 0x9f && HIGH_CONTROLS[c - 0x80] === 0) return false;
      if (++run > MAX_HIGH_RUN) return false;
    }
    i += sequence - 1;
  }
  return strayBytes > utf8Sequences;
}

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  // Chunks keep String.fromCharCode's argument list short on a large file.
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    const codes = Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? HIGH_CONTROLS[b - 0x80] || 0xfffd : b));
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}
