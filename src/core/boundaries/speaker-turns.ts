// Turns of a transcript: "WALLACE: …", "MR. DORSEY: …". A label in capitals and a colon opens a story as a kicker
// ("RISING RACISM: …"), but the same label opening turn after turn, in a text where another label recurs too, is a
// speaker taking the word again: one interview going on (train: 1 of 6,337 such candidates starts a story).
import type { Candidate } from './candidates';
import { speakerAt } from './cues';

/** Times a label opens a candidate for it to be a speaker's... */
const SPEAKER_MIN_TURNS = 3;
/** ...and labels that recur (twice or more) in the text: two people talking... */
const SPEAKERS_MIN = 2;
/** ...and turns that ask, this many at least: an interview asks questions, where a ticker's recurring kickers
 * ("BREAKING:", "UPDATE:") or a column's datelines ("NEW DELHI:", "MUMBAI:") do not. */
const QUESTIONS_MIN = 2;
const QUESTION = /[?？؟]/u;

/** A column: 1 at each candidate opening a speaker's turn. */
export function speakerTurns(text: string, cands: readonly Candidate[]): Uint8Array {
  const out = new Uint8Array(cands.length);
  const label: (string | null)[] = [];
  const turns = new Map<string, number>();
  // The text's opening is a turn too, though no candidate (the first story starts there).
  const first = speakerAt(text, text.length - text.trimStart().length);
  if (first !== null) turns.set(first, 1);
  for (let i = 0; i < cands.length; i++) {
    const l = speakerAt(text, cands[i].start);
    label.push(l);
    if (l !== null) turns.set(l, (turns.get(l) ?? 0) + 1);
  }
  let recurring = 0;
  for (const n of turns.values()) if (n >= 2) recurring++;
  if (recurring < SPEAKERS_MIN) return out;
  // A turn runs from its label to the next candidate that opens one (each stretch of the text read once).
  let questions = 0;
  for (let i = 0, from = -1; i <= cands.length && questions < QUESTIONS_MIN; i++) {
    if (i < cands.length && label[i] === null) continue;
    const at = i < cands.length ? cands[i].start : text.length;
    if (from >= 0 && QUESTION.test(text.slice(from, at))) questions++;
    from = at;
  }
  if (questions < QUESTIONS_MIN) return out;
  for (let i = 0; i < cands.length; i++) {
    const l = label[i];
    if (l !== null && (turns.get(l) ?? 0) >= SPEAKER_MIN_TURNS) out[i] = 1;
  }
  return out;
}
