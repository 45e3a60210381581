// Files that are not text, told apart by their first bytes, so the user hears "this is a PDF", not "bad UTF-8".

interface Magic {
  bytes: number[];
  /** Byte offset of the signature. */
  at?: number;
  problem: string;
}

const SAVE_AS_TEXT = 'jpai reads articles saved as plain text (.txt, .md) or HTML';

const SIGNATURES: Magic[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], problem: `is a PDF file, not text; extract its text first (for example with pdftotext); ${SAVE_AS_TEXT}` },
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    problem: `is a ZIP archive (Word .docx, .odt and .epub files are ZIP archives too), not text; unpack it or save the article as text; ${SAVE_AS_TEXT}`,
  },
  { bytes: [0x50, 0x4b, 0x05, 0x06], problem: `is an empty ZIP archive, not text; ${SAVE_AS_TEXT}` },
  { bytes: [0x1f, 0x8b], problem: `is gzip-compressed; unpack it first (gunzip); ${SAVE_AS_TEXT}` },
  { bytes: [0x28, 0xb5, 0x2f, 0xfd], problem: `is zstd-compressed; unpack it first (unzstd); ${SAVE_AS_TEXT}` },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], problem: `is xz-compressed; unpack it first (unxz); ${SAVE_AS_TEXT}` },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], problem: `is a 7-Zip archive, not text; ${SAVE_AS_TEXT}` },
  { bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], problem: `is a RAR archive, not text; ${SAVE_AS_TEXT}` },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], problem: `is an old Microsoft Office file (.doc, .xls, .ppt), not text; ${SAVE_AS_TEXT}` },
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], problem: `is a PNG image, not text; ${SAVE_AS_TEXT}` },
  { bytes: [0xff, 0xd8, 0xff], problem: `is a JPEG image, not text; ${SAVE_AS_TEXT}` },
  { bytes: [0x47, 0x49, 0x46, 0x38, 0x37, 0x61], problem: `is a GIF image, not text; ${SAVE_AS_TEXT}` },
  { bytes: [0x47, 0x49, 0x46, 0x38, 0x39, 0x61], problem: `is a GIF image, not text; ${SAVE_AS_TEXT}` },
  { bytes: [0x57, 0x45, 0x42, 0x50], at: 8, problem: `is a WebP image, not text; ${SAVE_AS_TEXT}` },
];

/** What the file is, when its first bytes say it is not text; undefined for anything else. */
export function binaryProblem(bytes: Uint8Array): string | undefined {
  for (const { bytes: signature, at = 0, problem } of SIGNATURES) {
    if (bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b)) return problem;
  }
  return undefined;
}
