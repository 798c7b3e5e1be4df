// Bytes of a file → text, as a browser would read them: a byte-order mark first, then (for HTML) a meta charset,
// then UTF-8 when the bytes are valid UTF-8, else Windows-1252 (what browsers assume for unlabelled Western text),
// with a note saying so. Never a replacement character where a guess can read the byte.

export interface Decoded {
  text: string;
  /** The encoding used (a WHATWG label). */
  encoding: string;
  /** Set when the encoding was guessed, not declared: the user should know. */
  note?: string;
}

/** Browsers look for a meta charset in the first 1024 bytes; some pages put it later, so we look a little further. */
const META_SNIFF_BYTES = 4096;
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

/** Windows-1252's characters for bytes 0x80–0x9F (the rest is Latin-1). Node's decoder may read these as C1
 * controls (it did here: "\u0093hi\u0094" for “hi”), so the table is ours. 0 marks the five unassigned bytes. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** Bytes as Windows-1252, linear, in slices so a big file doesn't build one huge argument list. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const SLICE = 8192;
  for (let i = 0; i < bytes.length; i += SLICE) {
    const codes = Array.from(bytes.subarray(i, i + SLICE), (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] || b : b));
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

function boms(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

function declaredCharset(bytes: Uint8Array): string | null {
  const head = decodeWindows1252(bytes.subarray(0, META_SNIFF_BYTES));
  const m = META_CHARSET.exec(head);
  if (!m) return null;
  try {
    // A page served as UTF-16 can't declare it in ASCII bytes; browsers then read UTF-8 (WHATWG "prescan").
    const label = new TextDecoder(m[1]).encoding;
    return label.startsWith('utf-16') ? 'utf-8' : label;
  } catch {
    return null; // an unknown label: go on as if none were given
  }
}

/** Bytes read to tell text from binary, and the share of control bytes (no tab, line break or form feed) that makes it binary. */
const SNIFF_BYTES = 8192;
const BINARY_CONTROL_SHARE = 0.05;

/** A NUL or many control bytes at the start: an image, an archive, an executable, not text (UTF-16 aside, which has a BOM). */
export function looksBinary(bytes: Uint8Array): boolean {
  if (boms(bytes)) return false;
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 27) control++;
  }
  return n > 0 && control / n > BINARY_CONTROL_SHARE;
}

export function decodeBytes(bytes: Uint8Array, opts: { html?: boolean; name?: string } = {}): Decoded {
  const bom = boms(bytes);
  if (bom) return { text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.skip)), encoding: bom.encoding };
  const declared = opts.html ? declaredCharset(bytes) : null;
  if (declared && declared !== 'utf-8') return { text: declared === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(declared).decode(bytes), encoding: declared };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const text = decodeWindows1252(bytes);
    const what = opts.name ? `${opts.name} is` : 'the input is';
    return { text, encoding: 'windows-1252', note: `${what} not valid UTF-8${declared ? ' (though it says so)' : ''} and declares no other encoding: read as Windows-1252` };
  }
}
