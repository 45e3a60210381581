// HTML -> the text a reader sees, at the same offsets: markup is blanked with spaces (line breaks kept, a block-level
// tag starts a new line so headings and paragraphs do not run together), scripts, styles and comments vanish, and a
// character reference becomes its character padded with spaces ("&amp;" -> "&    "). Entity offsets found in the
// plain text therefore index the file's text. One forward pass, as a browser's tokenizer reads it: linear time.

const HTML_EXTENSION = /\.(?:html?|xhtml)$/i;
// Only the head of the file is looked at, so a megabyte of text costs nothing here.
const HTML_START = /^\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--[^>]{0,500}-->\s*)*<(?:!doctype\s+html\b|html\b)/i;

/** How a file was recognised as HTML: by its name (.html, .htm, .xhtml), or by its first tag (a .txt saved from a browser). */
export function htmlKind(path: string, text: string): 'extension' | 'content' | undefined {
  if (HTML_EXTENSION.test(path)) return 'extension';
  return HTML_START.test(text.slice(0, 1024)) ? 'content' : undefined;
}

// Elements whose content is not text.
const RAW_TEXT = new Set(['script', 'style', 'template', 'noembed', 'noframes', 'xmp', 'iframe', 'svg', 'math']);
// Elements that break the flow of text: blanking them leaves a line break.
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'option',
  'p', 'pre', 'section', 'summary', 'table', 'td', 'th', 'title', 'tr', 'ul',
]);

// The named references news pages use; an unknown name is left as it is written.
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad', ensp: '\u2002', emsp: '\u2003',
  thinsp: '\u2009', zwnj: '\u200c', zwj: '\u200d', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“',
  rdquo: '”', bdquo: '„', laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›', hellip: '…', bull: '•', middot: '·',
  prime: '′', Prime: '″', dagger: '†', Dagger: '‡', sect: '§', para: '¶', copy: '©', reg: '®', trade: '™', deg: '°',
  plusmn: '±', times: '×', divide: '÷', minus: '−', permil: '‰', frac12: '½', frac14: '¼', frac34: '¾', sup2: '²',
  sup3: '³', micro: 'µ', yen: '¥', euro: '€', pound: '£', cent: '¢', curren: '¤', dollar: '$', percnt: '%',
  num: '#', commat: '@', lpar: '(', rpar: ')', lsqb: '[', rsqb: ']', lbrack: '[', rbrack: ']', colon: ':', semi: ';',
  comma: ',', period: '.', excl: '!', quest: '?', sol: '/', bsol: '\\', ast: '*', plus: '+', equals: '=',
  aacute: 'á', agrave: 'à', acirc: 'â', auml: 'ä', atilde: 'ã', aring: 'å', aelig: 'æ', ccedil: 'ç', eacute: 'é',
  egrave: 'è', ecirc: 'ê', euml: 'ë', iacute: 'í', igrave: 'ì', icirc: 'î', iuml: 'ï', ntilde: 'ñ', oacute: 'ó',
  ograve: 'ò', ocirc: 'ô', ouml: 'ö', otilde: 'õ', oslash: 'ø', uacute: 'ú', ugrave: 'ù', ucirc: 'û', uuml: 'ü',
  yacute: 'ý', yuml: 'ÿ', szlig: 'ß', Aacute: 'Á', Agrave: 'À', Acirc: 'Â', Auml: 'Ä', Aring: 'Å', Ccedil: 'Ç',
  Eacute: 'É', Egrave: 'È', Ecirc: 'Ê', Ntilde: 'Ñ', Oacute: 'Ó', Ouml: 'Ö', Oslash: 'Ø', Uacute: 'Ú', Uuml: 'Ü',
  oelig: 'œ', OElig: 'Œ', scaron: 'š', Scaron: 'Š',
};

const REFERENCE = /&(?:#(\d{1,8})|#[xX]([0-9A-Fa-f]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));/y;
const TAG_NAME = /[A-Za-z][A-Za-z0-9-]*/y;

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A numeric reference's character; U+FFFD for what is not a character (NUL, a surrogate, beyond U+10FFFF, controls). */
function fromCodePoint(cp: number): string {
  const control = cp < 0x20 ? cp !== 9 && cp !== 10 && cp !== 13 : cp >= 0x7f && cp <= 0x9f;
  if (control || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return '\ufffd';
  return String.fromCodePoint(cp);
}

/** The character(s) a reference at `i` stands for, and its length in the file; undefined for a bare "&". */
function referenceAt(html: string, i: number): { text: string; length: number } | undefined {
  REFERENCE.lastIndex = i;
  const m = REFERENCE.exec(html);
  if (!m) return undefined;
  const text = m[1] !== undefined ? fromCodePoint(Number(m[1])) : m[2] !== undefined ? fromCodePoint(parseInt(m[2], 16)) : NAMED[m[3]];
  return text === undefined ? undefined : { text, length: m[0].length };
}

/**
 * A reference's character padded to the reference's length. The padding goes on the side that already has a space
 * (or blanked markup), so the character stays attached to its word: "aside &yen;20" -> "aside     ¥20", "AI&rdquo; said" ->
 * "AI”       said". Between two letters ("Japan&rsquo;s") a gap cannot be avoided.
 */
function padded(ref: { text: string; length: number }, afterSpace: boolean): string {
  const pad = ' '.repeat(ref.length - ref.text.length);
  return afterSpace ? pad + ref.text : ref.text + pad;
}

/** True when the plain text so far ends in white space (or is empty). */
function endsInSpace(parts: string[]): boolean {
  for (let k = parts.length - 1; k >= 0; k--) if (parts[k] !== '') return /\s$/.test(parts[k]);
  return true;
}

/** Where the tag opening at `i` ends (after its ">"), skipping quoted attribute values; the end of the text if never. */
function tagEnd(html: string, i: number): number {
  const n = html.length;
  let afterEquals = false;
  for (let k = i + 1; k < n; k++) {
    const c = html[k];
    if (c === '>') return k + 1;
    if (c === '=') afterEquals = true;
    else if (afterEquals && (c === '"' || c === "'")) {
      const close = html.indexOf(c, k + 1);
      if (close === -1) return n;
      k = close;
      afterEquals = false;
    } else if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') afterEquals = false;
  }
  return n;
}

function tagName(html: string, at: number): string | undefined {
  TAG_NAME.lastIndex = at;
  return TAG_NAME.exec(html)?.[0].toLowerCase();
}

/** The text a reader of `html` sees, the same length as `html`, each character where the file has it. */
export function htmlToPlain(html: string): string {
  const parts: string[] = [];
  const n = html.length;
  let copied = 0;
  // Markup from `from` to `to` becomes spaces, line breaks kept; a block-level tag leaves at least one.
  const blank = (from: number, to: number, block: boolean) => {
    parts.push(html.slice(copied, from));
    let spaces = html.slice(from, to).replace(/[^\r\n]/g, ' ');
    if (block && !/[\r\n]/.test(spaces)) spaces = `\n${spaces.slice(1)}`;
    parts.push(spaces);
    copied = to;
  };
  let i = 0;
  while (i < n) {
    const c = html.charCodeAt(i);
    if (c === 38 /* & */) {
      const ref = referenceAt(html, i);
      if (ref && ref.text.length <= ref.length) {
        parts.push(html.slice(copied, i));
        parts.push(padded(ref, endsInSpace(parts)));
        copied = i += ref.length;
        continue;
      }
      i++;
      continue;
    }
    if (c !== 60 /* < */) {
      i++;
      continue;
    }
    const next = html.charCodeAt(i + 1);
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4);
      const end = close === -1 ? n : close + 3;
      blank(i, end, false);
      i = end;
    } else if (next === 33 /* ! */ || next === 63 /* ? */) {
      const close = html.indexOf('>', i + 2);
      const end = close === -1 ? n : close + 1;
      blank(i, end, false);
      i = end;
    } else if (next === 47 /* / */ && isLetter(html.charCodeAt(i + 2))) {
      const end = tagEnd(html, i);
      blank(i, end, BLOCK.has(tagName(html, i + 2) ?? ''));
      i = end;
    } else if (isLetter(next)) {
      const name = tagName(html, i + 1) ?? '';
      let end = tagEnd(html, i);
      if (RAW_TEXT.has(name) && html[end - 2] !== '/') {
        // The content runs to the matching end tag; without one, to the end of the file, as a browser reads it.
        const closing = new RegExp(`</${name}[\\s/>]`, 'gi');
        closing.lastIndex = end;
        const m = closing.exec(html);
        end = m ? tagEnd(html, m.index) : n;
      }
      blank(i, end, BLOCK.has(name));
      i = end;
    } else {
      i++;
    }
  }
  parts.push(html.slice(copied));
  return parts.join('');
}

/** The reference "&...;" around `offset` (start < offset < end), if any. */
function referenceAround(html: string, offset: number): { start: number; end: number } | undefined {
  const amp = html.lastIndexOf('&', offset - 1);
  if (amp === -1 || offset - amp > 40) return undefined;
  REFERENCE.lastIndex = amp;
  const m = REFERENCE.exec(html);
  return m && amp + m[0].length > offset ? { start: amp, end: amp + m[0].length } : undefined;
}

/**
 * A span found in the plain form, widened over any character reference it cuts, so its text in the file is whole:
 * "¥20 billion" found in "     ¥20 billion" is "&yen;20 billion" in the file, not ";20 billion".
 */
export function htmlSpan(html: string, start: number, end: number): { start: number; end: number } {
  return { start: referenceAround(html, start)?.start ?? start, end: referenceAround(html, end)?.end ?? end };
}
