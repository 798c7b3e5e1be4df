// A source's name under each story ("Harbour Daily", "Coast Radio"): an aggregator's stream sets it as the last line
// of every teaser. It is a label, not the story's last words, so the cut flag reads the line above it.

/** A label is a few words… */
const LABEL_MAX_WORDS = 6;
/** …with no sentence or clause mark ("Reuters", "ABC News", "The Local Times"); a headline standing alone has none
 * either (describe.ts). */
export const CLAUSE_MARK = /[.!?…:;,。！？，、；：]/;
/** Stories that end on one such line for it to be a label: once may be any short line. */
const LABEL_MIN_STORIES = 2;

/** The last non-empty line of a text, trimmed and its spaces made single, and where it starts. */
function lastLine(text: string): { line: string; at: number } | null {
  const end = text.trimEnd().length;
  const at = text.lastIndexOf('\n', end - 1) + 1;
  if (at <= 0) return null; // one line only: the story itself, never a label
  return { line: text.slice(at, end).trim().replace(/\s+/g, ' '), at };
}

const labelShaped = (line: string): boolean => !!line && !CLAUSE_MARK.test(line) && line.split(/\s+/).length <= LABEL_MAX_WORDS;

/** The last lines that end at least LABEL_MIN_STORIES of these stories and are shaped like a source's name. */
export function sourceLabels(texts: readonly string[]): ReadonlySet<string> {
  const seen = new Map<string, number>();
  for (const t of texts) {
    const l = lastLine(t);
    if (l && labelShaped(l.line)) seen.set(l.line, (seen.get(l.line) ?? 0) + 1);
  }
  const out = new Set<string>();
  for (const [line, n] of seen) if (n >= LABEL_MIN_STORIES) out.add(line);
  return out;
}

/** The text without its last line when that line is one of `labels`. */
export function withoutSourceLabel(text: string, labels: ReadonlySet<string>): string {
  if (!labels.size) return text;
  const l = lastLine(text);
  return l && labels.has(l.line) ? text.slice(0, l.at).trimEnd() : text;
}
