// Questions asked line after line: an interview's or a commentary's ("… What does that mean?", then the answer). In a
// text with several lines ending on a question, a line that asks goes on the same piece (train: 20 of 4,092 such
// question lines start a story; devwide 2 of 238). A question headline alone says nothing: the text must ask again and
// again. The line after a question is left alone: 17 of 4,101 start a story, but a run of short questions may end an
// article before a new one, and a poll's question a story before the next (train sample, leave-one-source-out ptc).
import { breaksLine, type Candidate } from './candidates';
import { countWords } from '../text/words';

/** Lines ending on a question the text needs for its questions to be an interview's... */
const QUESTION_LINES_MIN = 3;
/** ...each a sentence at least (a short question line is a headline as often). */
const QUESTION_MIN_WORDS = 6;
/** A line that asks at this many words or more is a paragraph, not a headline (most headlines run 6 to 14 words). */
const PARAGRAPH_QUESTION_WORDS = 25;
/** Lines from the question above at most, for a line that asks to go on the questions (see questionTurns). */
const QUESTION_GAP_LINES = 4;
/** A question mark ending a line, closing quotes and brackets after it. */
const QUESTION_END = /[?？؟][\s"'”’»)\]]*$/u;
/** Characters read at a line's end for the question mark. */
const END_CHARS = 8;

/** A column: 1 at each line candidate whose line asks, in a text that asks often. */
export function questionTurns(text: string, cands: readonly Candidate[]): Uint8Array {
  const out = new Uint8Array(cands.length);
  // The text's lines, as the line candidates cut it: the first opens the text, each other opens at a candidate. (Flat
  // text's questions, sentence after sentence, are left alone: they start a story more often, and reading them so
  // raised devwide flat Pk 0.142 -> 0.145.)
  const starts = [text.length - text.trimStart().length], ends: number[] = [], cand: number[] = [-1];
  for (let i = 0; i < cands.length; i++) {
    if (!breaksLine(cands[i].kind)) continue;
    ends.push(cands[i].prevEnd);
    starts.push(cands[i].start);
    cand.push(i);
  }
  ends.push(text.trimEnd().length);
  // The words of each line that ends on a question (0 for the others), counted up to a paragraph's.
  const asked = starts.map((s, k) => (ends[k] > s && QUESTION_END.test(text.slice(Math.max(s, ends[k] - END_CHARS), ends[k]))
    ? countWords(text.slice(s, ends[k]), PARAGRAPH_QUESTION_WORDS) : 0));
  const asks = asked.map((words) => words >= QUESTION_MIN_WORDS);
  if (asks.filter(Boolean).length < QUESTION_LINES_MIN) return out;
  // A line that asks goes on only with another question a few lines above: the first question after a long stretch
  // may open a letter to a column ("Dear Editor: … Why can the council not keep one late bus?") after the article above.
  // A front's teasers under question headlines ("Why are young farmers leaving the valley?" over a line of summary) ask
  // line after line too, but never in a paragraph: an interview or a commentary asks in one at least.
  if (!asked.some((words) => words >= PARAGRAPH_QUESTION_WORDS)) return out;
  for (let k = 1, lastAsked = asks[0] ? 0 : -Infinity; k < starts.length; k++) {
    if (asks[k] && k - lastAsked <= QUESTION_GAP_LINES) out[cand[k]] = 1;
    if (asks[k]) lastAsked = k;
  }
  return out;
}
