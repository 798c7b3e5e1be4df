// The id of a JSONL line, as the exact JSON text the line gave it: a number above 2^53 (or 1.0, or 1e3) must come
// back as written, and JSON.parse would change it. One linear scan over the top-level object, no parse.

const WS = new Set([' ', '\t', '\n', '\r']);

/** Index just past the JSON string that opens at `i` (a '"'), or -1 when it never closes. */
function skipString(s: string, i: number): number {
  // By indexOf, not a character at a time (a line's text is megabytes): the next quote is the end unless a backslash
  // comes first, which escapes the character after it. Each position is searched once, so escapes cost no rescans.
  let k = i + 1, quote = -2, slash = -2;
  for (;;) {
    if (quote < k) { quote = s.indexOf('"', k); if (quote < 0) return -1; }
    if (slash !== -1 && slash < k) slash = s.indexOf('\\', k);
    if (slash < 0 || slash > quote) return quote + 1;
    k = slash + 2;
  }
}

/** Index just past the JSON value at `i` (any kind), or -1. Nested values are skipped by depth, strings by escapes. */
function skipValue(s: string, i: number): number {
  if (s[i] === '"') return skipString(s, i);
  if (s[i] === '{' || s[i] === '[') {
    let depth = 0;
    for (let k = i; k < s.length; k++) {
      const c = s[k];
      if (c === '"') { k = skipString(s, k) - 1; if (k < 0) return -1; }
      else if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') { if (--depth === 0) return k + 1; }
    }
    return -1;
  }
  let k = i;
  while (k < s.length && !WS.has(s[k]) && s[k] !== ',' && s[k] !== '}' && s[k] !== ']') k++;
  return k > i ? k : -1;
}

/** The raw text of the top-level "id" of a JSON object line (the last one, as JSON.parse keeps), or null. */
export function rawId(line: string): string | null {
  let i = 0;
  const ws = () => { while (i < line.length && WS.has(line[i])) i++; };
  ws();
  if (line[i] !== '{') return null;
  i++;
  let found: string | null = null;
  for (;;) {
    ws();
    if (line[i] !== '"') return found;
    const keyEnd = skipString(line, i);
    if (keyEnd < 0) return found;
    let key: unknown;
    try { key = JSON.parse(line.slice(i, keyEnd)); } catch { return found; }
    i = keyEnd;
    ws();
    if (line[i] !== ':') return found;
    i++;
    ws();
    const end = skipValue(line, i);
    if (end < 0) return found;
    if (key === 'id') found = line.slice(i, end);
    i = end;
    ws();
    if (line[i] !== ',') return found;
    i++;
  }
}

/** Is this raw id text a valid JSON value we can write back as is? */
export function isJsonValue(raw: string): boolean {
  try { JSON.parse(raw); return true; } catch { return false; }
}
