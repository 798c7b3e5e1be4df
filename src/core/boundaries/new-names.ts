// A short news brief set one sentence a line ("A man was sentenced to four years on Tuesday. / The court found him
// guilty of fraud. / His lawyer said he would appeal."): its lines share few words, and in a text this short the cosine
// windows hold a sentence or two each, so word statistics read every line as a new story. What tells it from a list of
// one-line teasers or summaries is what its lines name: an item of a list stands alone and names its subject ("Harbour
// Town reached…", "…at Riverside Hospital…"; train and devwide: 97% of the lines opening such a story name someone or
// something the text had not named), while a brief's later lines refer back to what its first line named (about half).
import { breaksLine, type Candidate } from './candidates';
import { COHESION_WINDOW, firstUses, type CohesionModel } from './cohesion';
import { endsTerminal } from './cues';
import type { BoundaryFeatures } from './features';
import { lowerCase } from '../text/chars';
import { CAP, INITIAL, STOP, type Tokens } from '../text/tokenize';

/** A brief is at most this many words: the cosine windows either side of a line break (COHESION_WINDOW each) then
 * hold all of the text, and no more words can be had to compare its lines by. */
export const BRIEF_MAX_WORDS = 2 * COHESION_WINDOW;
/** Line breaks a brief has at least: paragraphs of one sentence, four or more. */
const BRIEF_MIN_LINE_BREAKS = 3;
/** Share of its lines that are one whole sentence each (a teaser line holds a headline run in, or two sentences). */
const BRIEF_ONE_SENTENCE_SHARE = 0.75;
/** At least this share of its line breaks open a line that names no one new: the first line names, and at most one
 * line in four after it names someone new. Real lists of one-line items stay far below (3-13% of their lines); four
 * short stories of three lines each, two of them opening on lines that name no one ("The national museum has
 * returned…"), sit at 7 of 11. (At half: two of ten invented one-line lists were merged, Spanish and Portuguese items
 * naming only "the museum", "the electricity bill"; one devwide summary list got better.) */
const BRIEF_NAMES_NOTHING_SHARE = 0.75;

/** At most this share of its line breaks join lines that share a word: where more do, the words speak, and the text
 * may be a column of briefs, each repeating its own words, whose first lines name no one either (three such briefs of
 * three lines, invented: 6 of 8 breaks share, and read as one brief they were one story). */
const BRIEF_SHARING_SHARE = 0.25;

/** A line that asks: a question headline over its summary ("Why are young farmers leaving the valley?"), or an
 * interview's turn. A brief reports. */
const ASKS = /\?["'’”»)]*$/u;

/**
 * For each line candidate, 1 when its next line holds no name new to the text: no capitalised word inside a sentence
 * (not a function word, not an everyday word such as a weekday or a month) at its first use in the text. 0 elsewhere.
 * The caller reads it only where capitals mark names: not in a language that capitalises every noun, nor in a script
 * without capitals.
 */
export function namesNothingNew(text: string, tokens: Tokens, cands: readonly Candidate[], features: readonly BoundaryFeatures[], lineEndWord: (offset: number) => number, everyday: ReadonlySet<string>): Uint8Array {
  const out = new Uint8Array(cands.length);
  const first = firstUses(tokens);
  for (let i = 0; i < cands.length; i++) {
    if (!breaksLine(cands[i].kind)) continue;
    const from = features[i].word, to = lineEndWord(cands[i].start);
    let named = false;
    for (let t = from; t < to && !named; t++) {
      if ((tokens.flags[t] & (CAP | INITIAL | STOP)) !== CAP || first[tokens.id[t]] !== t) continue;
      named = !everyday.has(lowerCase(text.slice(tokens.start[t], tokens.end[t])));
    }
    if (!named && to > from) out[i] = 1;
  }
  return out;
}

/** Whether the lines either side of line candidate i share a content word (6-letter stems, as the cosine reads them). */
function linesShare(tokens: Tokens, model: CohesionModel, from: number, at: number, to: number, mark: Int32Array, stamp: number): boolean {
  for (let t = from; t < at; t++) if (model.content[t]) mark[tokens.id[t]] = stamp;
  for (let t = at; t < to; t++) if (model.content[t] && mark[tokens.id[t]] === stamp) return true;
  return false;
}

/**
 * Whether a short text is such a brief: every line ends a sentence (but a headline over it) and none asks, most hold one, most name no one new, and
 * next lines share a word at few of its line breaks. (Where lines share words at many breaks, the word statistics speak:
 * short stories of a few lines each, whose first lines may name no one either: "The national museum has returned…".)
 */
export function isBrief(text: string, tokens: Tokens, model: CohesionModel, cands: readonly Candidate[], features: readonly BoundaryFeatures[], lineStart: (offset: number) => number, lineEnd: (offset: number) => number): boolean {
  if (tokens.count > BRIEF_MAX_WORDS || !endsTerminal(text)) return false;
  const mark = new Int32Array(tokens.vocabSize);
  let breaks = 0, nothing = 0, oneSentence = 0, inLine = 0, sharing = 0, seenLine = false;
  for (let i = 0; i < cands.length; i++) {
    const kind = cands[i].kind;
    if (kind === 'sentence') inLine++;
    if (!breaksLine(kind)) continue;
    const f = features[i];
    // A headline may stand over the brief: its first line, and only there (the break under it is not counted).
    if (!f.prevTerminal) { if (breaks === 0 && !seenLine && f.prevHeadlineShape) { seenLine = true; inLine = 0; continue; } return false; }
    seenLine = true;
    if (ASKS.test(text.slice(Math.max(0, cands[i].prevEnd - 4), cands[i].prevEnd))) return false;
    breaks++;
    if (f.nextNamesNothing) nothing++;
    if (inLine === 0) oneSentence++;
    inLine = 0;
    if (linesShare(tokens, model, lineStart(cands[i].prevEnd), f.word, lineEnd(cands[i].start), mark, breaks)) sharing++;
  }
  // (Lines are read at the break after them: the last line is not counted, so a closing line of two sentences is free.)
  return breaks >= BRIEF_MIN_LINE_BREAKS && oneSentence >= BRIEF_ONE_SENTENCE_SHARE * breaks && nothing >= BRIEF_NAMES_NOTHING_SHARE * breaks
    && sharing <= BRIEF_SHARING_SHARE * breaks;
}
