// Text whose letters a feed took out: one that drops a script keeps only the other script's words, the numbers and the
// punctuation ("Ethereum , $4000 . , Dogecoin ."). Its line breaks and dots are no paragraphs or sentences a reader sees.

/** Space-separated pieces read either side of a point. */
const REACH_PIECES = 8;
/** Below this share of pieces holding a letter, the text there is stripped (prose: nine in ten or more; a line of
 * figures and names still over half). */
const MIN_WORDY_SHARE = 0.5;

const LETTER = /\p{L}/u;

/** Whether the text around [from, to) is stripped of its letters: of the REACH_PIECES space-separated pieces either
 * side, fewer than MIN_WORDY_SHARE hold a letter. */
export function strippedAround(text: string, from: number, to: number): boolean {
  const before = text.slice(Math.max(0, from - 200), from).split(/\s+/).filter(Boolean).slice(-REACH_PIECES);
  const after = text.slice(to, to + 200).split(/\s+/).filter(Boolean).slice(0, REACH_PIECES);
  const pieces = [...before, ...after];
  if (pieces.length === 0) return false;
  return pieces.filter((p) => LETTER.test(p)).length < MIN_WORDY_SHARE * pieces.length;
}
