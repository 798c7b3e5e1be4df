// The user's selection, when there is one worth reading: only its text is analysed.

/** A selection shorter than this is a stray click, not a choice of text. */
const MIN_SELECTED_CHARS = 20;

/** The selection's first range when the user selected real text, else null (read the whole page). */
export function selectedRange(doc: Document): Range | null {
  const sel = doc.getSelection?.() ?? doc.defaultView?.getSelection?.() ?? null;
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  if (range.collapsed || range.toString().trim().length < MIN_SELECTED_CHARS) return null;
  return range;
}
