// A headline run into its body with one space, as flat page text joins a heading and its paragraph ("Brad and Ange
// back together Hollywood insiders have revealed…"). Every word that could open the body is a candidate, described
// with the deck's features (deck-end.ts: capitals giving way to a sentence, a starter, the subject named again); a
// logistic model fitted on the training set's gold headlines (scripts/fit-headline-model.ts writes
// headline-model.json) scores them. Most flat stories have no headline at all, so a second model, fitted on every flat
// story, reads the best candidate's features and says whether it ends a headline.
import model from './headline-model.json';
import type { LangData } from '../text/lang/anatomy/index';
import { deckCandidates, deckScore, endsOnStop, firstWords, lineWords, weightMap, type DeckCandidate, type DeckModel } from './deck-end';
import { bareWord as bare } from '../text/words';
import { DATELINE } from '../text/shapes';

/** A flat headline is at most this many words, as a headline line is (headline.ts MAX_HEADLINE_WORDS). */
export const MAX_FLAT_HEADLINE_WORDS = 25;
/** A headline has at least this many words: one or two capitalised words open many sentences ("Officials said"). */
export const MIN_FLAT_HEADLINE_WORDS = 3;

/** Words after a candidate read for the headline's words said again: a body's first sentences retell the headline. */
const RETELL_WORDS = 40;
/** Words of a first line read for its headline: past every feature's reach (25 + 40, and the 25+ length bucket). */
const HEAD_SCAN_WORDS = 100;
/** A dateline and its dash fit in this many characters after a candidate (see DATELINE, text/shapes.ts). */
const DATELINE_SCAN_CHARS = 100;
/** Content words are longer than this many letters: short ones are mostly function words in any language. */
const MIN_CONTENT_LETTERS = 3;

/** The body's first sentence if the headline ended here, by length: a headline leaves a whole sentence after it,
 * while a place inside a story's first sentence leaves only its tail. */
const sentenceBucket = (n: number) => (n < 6 ? 'rest:<6' : n < 12 ? 'rest:6-11' : n < 25 ? 'rest:12-24' : 'rest:25+');

/** For a headline of its first `n` words (bare): the share of its content words found again in the body's first
 * RETELL_WORDS words, in three buckets. Words are numbered once, and each call marks the body's words with its own
 * stamp, so the line's candidates cost no set each. */
function makeRetold(bares: readonly string[]): (n: number) => string {
  const ids = new Map<string, number>();
  const id: number[] = [];
  for (const b of bares) { let k = ids.get(b); if (k === undefined) ids.set(b, (k = ids.size)); id.push(k); }
  const stamp = new Int32Array(ids.size);
  let call = 0;
  return (n) => {
    call++;
    for (let k = n; k < Math.min(id.length, n + RETELL_WORDS); k++) stamp[id[k]] = call;
    let content = 0, seen = 0;
    for (let j = 0; j < Math.min(n, id.length); j++) {
      if (bares[j].length <= MIN_CONTENT_LETTERS) continue;
      content++;
      if (stamp[id[j]] === call) seen++;
    }
    if (!content) return 'retold:none';
    const share = seen / content;
    return share >= 0.5 ? 'retold:half' : share > 0 ? 'retold:some' : 'retold:none';
  };
}

/** Where glued text (paragraphs joined with nothing, as textContent joins them) runs a word of small letters, a digit,
 * a closing mark or a word in capitals straight into a capital: "… Types of Catering ServicesWhen you're planning …",
 * "… round 29 of the NHLTonight the …" (after capitals, the capital must open a word of small letters: "CEOs" stays).
 * After a digit the capital must open a word ("in 2021Officials"), for "5G", "$100K" and "3D" are one word each. Three small letters at
 * least, so "McDonald" and "iPhone" stay whole; a longer brand ("PlayStation") is one too, and the fitted weight of the
 * `glued` place decides. Quotes are left out: a straight one glued to a capital opens the body's quotation as often as it
 * closes the headline's, and ’ is an elision as often ("l’Elysée"). */
const GLUE_POINT = /(?<=\p{Ll}{3}|[?!)”»])(?=\p{Lu})|(?<=\p{N})(?=\p{Lu}\p{Ll})|(?<=\p{Lu}{2})(?=\p{Lu}\p{Ll}{2})/gu;

/** What every glue point stands on: a character its lookbehind can end on, then a capital. GLUE_POINT, zero-width
 * with a lookbehind, is tried at every position; this plain scan rules out most lines first. */
const MAY_GLUE = /[\p{Ll}\p{N}?!)”»\p{Lu}]\p{Lu}/u;

/** The line with a space at every glue point, and the glue points' offsets in the spaced line. */
export function spaceGlue(line: string): { spaced: string; points: number[] } {
  if (!MAY_GLUE.test(line)) return { spaced: line, points: [] };
  const points: number[] = [];
  const spaced = line.replace(GLUE_POINT, (_m, at: number) => { points.push(at + points.length + 1); return ' '; });
  return { spaced, points };
}

/** An offset in the spaced line back in the line itself. */
export function unspace(at: number, points: readonly number[]): number {
  return at - points.filter((p) => p <= at).length;
}

const LOWER_START = /^\p{Ll}/u;
const CAP_START = /^["“‘„«(]?\p{Lu}/u;
/** A word in capitals: two letters or more, none small. */
const UPPER_WORD = /^[^\p{L}]*\p{Lu}[\p{Lu}\p{N}'’.&-]*\p{Lu}[^\p{Ll}]*$/u;
/** A source's name after a headline is at most this many words. */
const SOURCE_TAG_WORDS = 3;
const TAG_MARK = new Set(['-', '–', '—', '|']);

/** The candidates of a first line (glue points spaced out, spaceGlue): the deck's, less the ones outside a headline's
 * length, with the headline's own signs: whether a sentence stop came before the candidate (a headline has none), how
 * much of it the body retells, and whether the body would start at a glue point. */
export function flatHeadlineCandidates(line: string, d: LangData, gluePoints: readonly number[] = []): DeckCandidate[] {
  const glue = new Set(gluePoints);
  const words = lineWords(line);
  // (Arrays pushed, not mapped: an optimized .map makes holey arrays where the interpreter made packed ones, and the
  // code reading them was compiled again for the other kind.)
  const bares: string[] = [];
  for (let i = 0; i < Math.min(words.length, MAX_FLAT_HEADLINE_WORDS + RETELL_WORDS + 1); i++) bares.push(bare(words[i]));
  const retold = makeRetold(bares);
  // Capitalised content words: a name the headline gives that the body's first words give again.
  const names: boolean[] = [];
  for (let i = 0; i < bares.length; i++) names.push(bares[i].length > MIN_CONTENT_LETTERS && /^["“‘„«(]?\p{Lu}/u.test(words[i]));
  const namedBefore = (k: number, n: number) => {
    if (k >= names.length || !names[k]) return false;
    for (let j = 0; j < n; j++) if (names[j] && bares[j] === bares[k]) return true;
    return false;
  };
  // How the text writes each word elsewhere: a capitalised word that the text also writes in small letters is a common
  // word opening a sentence; one it writes only with a capital, twice or more, is a name, and a name the headline has
  // not given yet goes on the headline ("… crossover Voltra | Voltra said …"); one it gave opens the body (name_again).
  // (Over the whole scanned head, each word's case read once.)
  const lowerSeen = new Set<string>();
  const capCount = new Map<string, number>();
  const low: boolean[] = [], cap: boolean[] = [], upper: boolean[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    low.push(LOWER_START.test(w));
    cap.push(!low[i] && CAP_START.test(w));
    upper.push(cap[i] && UPPER_WORD.test(w));
    if (!low[i] && !cap[i]) continue;
    const b = i < bares.length ? bares[i] : bare(w);
    if (low[i]) lowerSeen.add(b);
    else capCount.set(b, (capCount.get(b) ?? 0) + 1);
  }
  /** Whether the pair of words around place n (n-1, n) was said before it, and whether the pair opening the body there
   * (n, n+1) was. */
  const pairsBefore = (n: number) => {
    let inside = false, opens = false;
    for (let j = 1; j < n && !(inside && opens); j++) {
      if (bares[j - 1] === bares[n - 1] && bares[j] === bares[n]) inside = true;
      if (n + 1 < bares.length && bares[j - 1] === bares[n] && bares[j] === bares[n + 1]) opens = true;
    }
    return { inside, opens };
  };
  const firstStop = words.findIndex((w) => endsOnStop(w) && w.length > 2);
  // The line's first sentence, headline and all, by length: a headline run into a sentence makes it run on.
  const first = firstStop < 0 ? words.length : firstStop + 1;
  const lineSentence = first < 20 ? 'line:<20' : first < 35 ? 'line:20-34' : first < 50 ? 'line:35-49' : 'line:50+';
  const out: DeckCandidate[] = [];
  // Only the first place a name returns: further on, the body names them again and again.
  let returned = false;
  for (const c of deckCandidates(line, false, d, '', MIN_FLAT_HEADLINE_WORDS, MAX_FLAT_HEADLINE_WORDS)) {
    // (The candidate is this function's own: its feature list grows in place, no copy a candidate.)
    const f = c.features;
    f.push(retold(c.words));
    if (firstStop >= 0 && firstStop < c.words - 1) f.push('stop_before');
    if (firstStop < 0 || firstStop >= c.words) f.push('first_sentence', sentenceBucket(firstStop < 0 ? words.length - c.words : firstStop + 1 - c.words));
    if (glue.has(c.at)) f.push('glued');
    f.push(lineSentence);
    const n = c.words;
    if (cap[n] && bares[n].length > 1) {
      if (lowerSeen.has(bares[n])) f.push('cap_common');
      else if ((capCount.get(bares[n]) ?? 0) > 1 && !bares.slice(0, n).includes(bares[n])) f.push('cap_name');
    }
    // A function word with a capital where the headline writes its words small opens a sentence ("… in Northport | The
    // French player …"): in Title Case it may be the headline's own ("Hammered In Northport").
    if (cap[n] && d.dangling.has(bares[n]) && !f.includes('title_before')) f.push('cap_function');
    // "Title - Publisher Body": a source's name after a lone dash or bar closes an aggregator's headline.
    for (let j = n - 2; j >= Math.max(1, n - SOURCE_TAG_WORDS - 1); j--) {
      if (TAG_MARK.has(words[j])) { if (cap.slice(j + 1, n).every(Boolean)) f.push('source_tag'); break; }
    }
    // A headline in capitals gives way to a body that is not.
    if (n >= 2 && upper[n - 1] && upper[n - 2] && !upper[n]) f.push('upper_gives_way');
    // A dateline in capitals opens the body ("… Successor PARIS, May 3 …").
    if (upper[n] && !upper[n - 1]) f.push('upper_opens');
    // The body's first words run on in small letters, as a sentence does.
    // (Within the line's words: a read past an array's end sends the function back to the compiler.)
    if (n + 2 < low.length && low[n + 1] && low[n + 2]) f.push('lower_run');
    // The body opens by saying the headline again ("API Guide and Tips API Guide and Tips In this guide…"), or by
    // naming again someone the headline named ("Rubio says Cruz voted … Marco Rubio portrayed …").
    if (n + 1 < bares.length && bares[n] === bares[0] && bares[n + 1] === bares[1]) f.push('restates_start');
    else if (!returned && (namedBefore(n, n) || namedBefore(n + 1, n))) { f.push('name_again'); returned = true; }
    // Two words said again as a pair: a place between them is inside a phrase the text repeats ("the national side |
    // of Norway … the national side of Norway"), while the body may open by saying a pair of the headline's again.
    const pair = pairsBefore(n);
    if (pair.inside) f.push('pair_inside');
    if (pair.opens && !f.includes('restates_start')) f.push('pair_opens');
    // A dateline opens the body ("… Before Summer NORTHPORT, May 3 - The …", "… Rates AP - The …"), in any case.
    if (cap[n] && DATELINE.test(line.slice(c.at, c.at + DATELINE_SCAN_CHARS))) f.push('dateline_opens');
    out.push(c);
  }
  return out;
}


/** The two fitted models: where the headline would end, and whether that place ends one. */
export interface HeadlineModel { position: DeckModel; presence: DeckModel }

/** The features the presence model reads: the best candidate's, its position score in buckets, and how far it stands
 * above the next best place (a headline's end stands out; inside a first sentence several places score alike). */
export function presenceFeatures(best: DeckCandidate, z: number, gap = Infinity): string[] {
  const bucket = z < -2 ? 'z:<-2' : z < 0 ? 'z:-2..0' : z < 2 ? 'z:0..2' : 'z:2+';
  return [...best.features, bucket, gap < 1 ? 'gap:<1' : gap < 3 ? 'gap:1-3' : 'gap:3+'];
}

/** The best-placed candidate, its position score and its lead over the next best, or null when the line has none. */
export function placeFlatHeadline(cands: readonly DeckCandidate[], m: DeckModel = model.position): { best: DeckCandidate; z: number; gap: number } | null {
  let best: DeckCandidate | null = null;
  let bestZ = -Infinity, nextZ = -Infinity;
  for (const c of cands) {
    const z = deckScore(c, m);
    if (z > bestZ) { best = c; nextZ = bestZ; bestZ = z; } else if (z > nextZ) nextZ = z;
  }
  return best && { best, z: bestZ, gap: bestZ - nextZ };
}

/** The best-placed candidate and the presence model's log-odds that a headline ends there, or null. */
export function scoreFlatHeadline(cands: readonly DeckCandidate[], m: HeadlineModel = model): { best: DeckCandidate; z: number } | null {
  const p = placeFlatHeadline(cands, m.position);
  if (!p) return null;
  const weights = weightMap(m.presence.weights);
  return { best: p.best, z: presenceFeatures(p.best, p.z, p.gap).reduce((a, f) => a + (weights.get(f) ?? 0), m.presence.bias) };
}

/** The best candidate when the presence model finds a headline there likelier than not, else null. */
export function bestFlatHeadline(cands: readonly DeckCandidate[], m: HeadlineModel = model): DeckCandidate | null {
  const p = scoreFlatHeadline(cands, m);
  return p && p.z > 0 ? p.best : null;
}

/** Where a run-in headline's body would start (an offset into the line) and the log-odds that a headline ends there. */
export interface RunInScore { at: number; z: number }

/** Where the body would start in a first line (an offset into the line) and the log-odds that a headline ends there. */
export function flatHeadlineScore(line: string, d: LangData): RunInScore | null {
  // A headline opens with a capital, a digit or a quote; a story that starts in small letters starts mid-sentence.
  if (!/^["“‘„«(]?[\p{Lu}\p{N}]/u.test(line)) return null;
  // The models read at most MAX_FLAT_HEADLINE_WORDS + RETELL_WORDS words and bucket sentence lengths from 25 up:
  // a prefix of HEAD_SCAN_WORDS words gives the same features as the whole line, which in flat text is the story.
  const words = firstWords(line, HEAD_SCAN_WORDS + 1).starts;
  const head = words.length > HEAD_SCAN_WORDS ? line.slice(0, words[HEAD_SCAN_WORDS]) : line;
  const { spaced, points } = spaceGlue(head);
  const p = scoreFlatHeadline(flatHeadlineCandidates(spaced, d, points));
  return p && { at: unspace(p.best.at, points), z: p.z };
}

/** Where the body starts in a first line that opens with a flat headline (an offset into the line), or -1. `floor`: the
 * log-odds a headline must beat (pageFloor). */
export function flatHeadlineEnd(line: string, d: LangData, floor = 0): number {
  const p = flatHeadlineScore(line, d);
  return p && p.z > floor ? p.at : -1;
}

/** A page heads all its stories or none. When its stories' mean score is above this (log-odds), the page heads them…
 * (The mean, not the median: a page of headed stories has a few whose headline the model misplaces, and scores low
 * there, while a page of unheaded ones has a few strong false places; the mean weighs how sure each is. Against the
 * median at -1, whole pipeline on gold spans, headlines found exact / false (Portuguese left out, whose gold marks no
 * headline): devwide 1,380/175 -> 1,404/177, whole train 6,848/798 -> 6,909/776, dev 765/35 -> 768/32, a lone story
 * held to LONE_STORY_FLOOR.) */
const PAGE_MEAN_FLOOR = -1.5;
/** …and a story of it whose own score is unsure still gets its headline above this. Both chosen on train, where they
 * beat a story deciding alone (right choices 6,127 -> 6,507 of 8,389; devwide 1,301 -> 1,386 of 1,834). Refitted
 * with the choice model: -2 (gold headlines found minus false headlines on train, whole pipeline: 6,101 at -1, 6,208
 * at -2, 6,227 at -3; -2 keeps dev's flat stories from gaining false headlines). */
const HEADED_PAGE_STORY_FLOOR = -2;
/** A story with no sibling to vote with must score above this: its one score is all the evidence (on train, -1.5
 * for it too gave 29 more false headlines and one more found). */
const LONE_STORY_FLOOR = -1;

/** The floor a story's score must beat on a page whose stories score `zs` (stories with no candidate left out). */
export function pageFloor(zs: readonly number[]): number {
  if (!zs.length) return 0;
  let sum = 0;
  for (const z of zs) sum += z;
  return sum / zs.length > (zs.length > 1 ? PAGE_MEAN_FLOOR : LONE_STORY_FLOOR) ? HEADED_PAGE_STORY_FLOOR : Infinity;
}
