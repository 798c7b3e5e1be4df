// A linear pass over saved HTML before linkedom parses it. linkedom (through htmlparser2) is quadratic in the depth
// of the tree, and unclosed inline tags pile up without bound there ("<p><b><i><a>" × 100K nested 400K deep, took
// 55 s and lost the text): browsers close them, htmlparser2 does not. So this pass tracks the open elements, writes out
// the end tags a browser would imply, flattens nesting past the depth Blink allows, shortens giant tags, stops at an
// element budget, and gives a fragment a document to live in. Text is never changed.

/** Blink stops nesting here (HTMLConstructionSite's maximum tree depth); deeper tags become siblings. */
export const MAX_DEPTH = 512;
/** Elements read at most: the content script's node budget (400,000 nodes) holds about this many elements and their text. */
export const MAX_ELEMENTS = 200_000;
/** A tag longer than this has its attribute values shortened: a class of 150K tokens overflowed linkedom's stack. */
const MAX_TAG_CHARS = 4096;
/** Attribute values are kept to this many characters in a shortened tag: far more than any class or id we read. */
const MAX_ATTR_CHARS = 1024;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'frame', 'basefont', 'bgsound']);
/** Elements whose content is raw text up to their own end tag. */
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);
/** Tags the page structure is made of, left to linkedom and kept out of the stack. */
const DOCUMENT = new Set(['html', 'head', 'body']);
/** Start tags that close an open <p> (HTML's "close a p element" steps). */
const CLOSES_P = new Set(['address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'dd', 'dt', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'listing', 'search', 'section', 'summary', 'table', 'ul', 'xmp', 'plaintext']);
/** Elements that bound the search for a <p> to close (the "button scope"). */
const P_SCOPE = new Set(['applet', 'caption', 'html', 'table', 'td', 'th', 'marquee', 'object', 'template', 'button', 'svg', 'math']);
/** A start tag that closes an open sibling of its kind, and the elements that bound the search for it. */
const CLOSES_SIBLING: Record<string, { closes: ReadonlySet<string>; bound: ReadonlySet<string> }> = {
  li: { closes: new Set(['li']), bound: new Set(['ul', 'ol', 'menu', 'table']) },
  dt: { closes: new Set(['dt', 'dd']), bound: new Set(['dl', 'table']) },
  dd: { closes: new Set(['dt', 'dd']), bound: new Set(['dl', 'table']) },
  tr: { closes: new Set(['tr', 'td', 'th']), bound: new Set(['table', 'tbody', 'thead', 'tfoot']) },
  td: { closes: new Set(['td', 'th']), bound: new Set(['tr', 'table']) },
  th: { closes: new Set(['td', 'th']), bound: new Set(['tr', 'table']) },
  option: { closes: new Set(['option']), bound: new Set(['select', 'datalist', 'optgroup']) },
};

export interface Prepared {
  html: string;
  /** Start tags dropped because they were nested past MAX_DEPTH. */
  flattened: number;
  /** Characters of text after the element budget ran out, left out. */
  omittedChars: number;
  /** The markup held no tag at all: plain text, read as the body of a page. */
  plainText: boolean;
}

const isNameStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isNameEnd = (c: number) => c === 32 || c === 9 || c === 10 || c === 12 || c === 13 || c === 47 || c === 62 || Number.isNaN(c);

/** Index just past the '>' that ends the tag opened at `from`, with quoted attribute values skipped; the end when none. */
function tagEnd(html: string, from: number): number {
  let quote = 0;
  for (let i = from; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (quote) { if (c === quote) quote = 0; }
    else if (c === 62) return i + 1;
    else if ((c === 34 || c === 39) && /[=\s]/.test(html[i - 1] ?? '')) quote = c;
  }
  return html.length;
}

/** The tag with each attribute value cut to MAX_ATTR_CHARS. */
function shortenTag(tag: string, name: string): string {
  const parts = [`<${name}`];
  const attr = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"?|'([^']*)'?|([^\s>]+)))?/g;
  attr.lastIndex = name.length + 1;
  for (let m = attr.exec(tag); m; m = attr.exec(tag)) {
    const value = m[2] ?? m[3] ?? m[4];
    parts.push(value === undefined ? ` ${m[1]}` : ` ${m[1]}="${value.slice(0, MAX_ATTR_CHARS).replace(/"/g, '&quot;')}"`);
  }
  return parts.join('') + '>';
}

/** Characters outside tags in html[from…]: what a cut at `from` leaves out. */
function textLength(html: string, from: number): number {
  let n = 0, inTag = false;
  for (let i = from; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (inTag) { if (c === 62) inTag = false; }
    else if (c === 60 && isNameStart(html.charCodeAt(i + 1) === 47 ? html.charCodeAt(i + 2) : html.charCodeAt(i + 1))) inTag = true;
    else n++;
  }
  return n;
}

export function prepareHtml(html: string): Prepared {
  const out: string[] = [];
  const stack: string[] = [];
  const open = new Map<string, number>();
  const dropped = new Map<string, number>();
  let copyFrom = 0, flattened = 0, elements = 0, omittedChars = 0, tags = 0;
  const bump = (m: Map<string, number>, k: string, d: number) => m.set(k, (m.get(k) ?? 0) + d);
  /** Pops the stack down to and including index k, writing the end tags a browser would imply. */
  const popTo = (k: number, emit: boolean) => {
    while (stack.length > k) {
      const name = stack.pop()!;
      bump(open, name, -1);
      if (emit) out.push(`</${name}>`);
    }
  };
  /** The index of the nearest `names` element above any `bound` element, or -1. Bounded by MAX_DEPTH. */
  const find = (names: ReadonlySet<string>, bound: ReadonlySet<string>) => {
    for (let k = stack.length - 1; k >= 0; k--) {
      if (names.has(stack[k])) return k;
      if (bound.has(stack[k])) return -1;
    }
    return -1;
  };
  const P = new Set(['p']);
  let i = 0;
  for (;;) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) { const e = html.indexOf('-->', lt + 4); i = e < 0 ? html.length : e + 3; continue; }
    const c1 = html.charCodeAt(lt + 1);
    if (c1 === 33 || c1 === 63) { const e = html.indexOf('>', lt); i = e < 0 ? html.length : e + 1; continue; } // <!doctype>, <?xml?>
    const close = c1 === 47;
    const nameAt = close ? lt + 2 : lt + 1;
    if (!isNameStart(html.charCodeAt(nameAt))) { i = lt + 1; continue; } // a bare "<" is text
    let nameEnd = nameAt + 1;
    while (!isNameEnd(html.charCodeAt(nameEnd))) nameEnd++;
    const name = html.slice(nameAt, nameEnd).toLowerCase();
    const end = tagEnd(html, nameEnd);
    tags++;
    if (!close && !DOCUMENT.has(name) && ++elements > MAX_ELEMENTS) {
      omittedChars = textLength(html, lt);
      out.push(html.slice(copyFrom, lt));
      copyFrom = html.length;
      break;
    }
    let keep = true;
    if (DOCUMENT.has(name)) {
      // left as written
    } else if (close) {
      if ((dropped.get(name) ?? 0) > 0) { bump(dropped, name, -1); keep = false; }
      else if ((open.get(name) ?? 0) > 0) {
        const k = stack.lastIndexOf(name, stack.length - 1);
        if (k >= 0) popTo(k, false);
      }
    } else {
      const selfClosed = html.charCodeAt(end - 2) === 47;
      if (CLOSES_P.has(name) && (open.get('p') ?? 0) > 0) {
        const k = find(P, P_SCOPE);
        if (k >= 0) { out.push(html.slice(copyFrom, lt)); copyFrom = lt; popTo(k, true); }
      }
      const sib = CLOSES_SIBLING[name];
      if (sib) {
        const k = find(sib.closes, sib.bound);
        if (k >= 0) { out.push(html.slice(copyFrom, lt)); copyFrom = lt; popTo(k, true); }
      }
      if (!VOID.has(name) && !selfClosed) {
        if (stack.length >= MAX_DEPTH) { bump(dropped, name, 1); flattened++; keep = false; }
        else { stack.push(name); bump(open, name, 1); }
      }
    }
    if (!keep) { out.push(html.slice(copyFrom, lt)); copyFrom = end; }
    else if (end - lt > MAX_TAG_CHARS && !close) { out.push(html.slice(copyFrom, lt), shortenTag(html.slice(lt, end), name)); copyFrom = end; }
    i = end;
    // Raw text runs to its own end tag: no tag inside a script or a style is read as one.
    if (!close && keep && RAW.has(name)) {
      const re = new RegExp(`</${name}[\\s/>]`, 'ig');
      re.lastIndex = end;
      const m = re.exec(html);
      i = m ? m.index : html.length;
    }
  }
  if (copyFrom < html.length) out.push(html.slice(copyFrom));
  let body = out.join('');
  // A fragment ("<p>One</p><p>Two</p>") would become the document element itself in linkedom, and the second
  // paragraph a sibling outside it: give it a page. Plain text gets one too, and is read as its body.
  const hasHtml = /<html[\s>/]/i.test(body);
  if (!hasHtml) body = (/<(?:head|body)[\s>/]/i.test(body) ? '<!doctype html><html>' : '<!doctype html><html><head></head><body>') + body;
  return { html: body, flattened, omittedChars, plainText: tags === 0 };
}
