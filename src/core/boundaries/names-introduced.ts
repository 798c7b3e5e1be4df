// Flat text of news: a story's first sentence names its people and places, new to the text ("Harbour Town council…",
// "…told Maria Ortiz…"); a sentence inside a story names again the ones before it. Not so in every text: excerpts of
// fiction or essays open on "He" as often as on a name (Choi's Brown-corpus mixes, where a bonus for names new to the
// text at every sentence end cost Pk 3-11 0.107 -> 0.112). So the names are read only in a text whose own first reading
// shows them: its cuts open on sentences naming someone new (namesMarkStories).
import type { BoundaryFeatures } from './features';
import { CAP, INITIAL, STOP, type Tokens } from '../text/tokenize';
import { firstUses } from './cohesion';

/** Words read after a sentence end for names: about a lede sentence. */
const NEXT_WORDS = 30;
/** A sentence naming at most this many capitalised words new to the text names no one new... */
const NAMES_FEW = 1;
/** ...and at most this share of the first reading's cuts at sentence ends may open on such a sentence for the text's
 * names to mark its stories. Of the first reading's cuts, the share opening on a sentence naming no one new: devwide
 * and train flat median 0, a quarter of texts above 0.33; Choi median 0.5, a tenth below 0.29. (0.25: train sample flat
 * 0.1138 -> 0.1140, 0.5: Choi 3-11 worse.) */
const FEW_NAMES_CUT_SHARE = 0.34;

/** Capitalised words within NEXT_WORDS of word `at` at their first use in the text: a sentence's first word when
 * capitalised, any other capitalised word that is not a function word or a sentence's first. */
export function makeNamesIntroduced(tokens: Tokens): (at: number) => number {
  const n = tokens.count;
  const { id, flags, cjk } = tokens;
  const first = firstUses(tokens);
  const mark = new Int32Array(tokens.vocabSize);
  let stamp = 0;
  return (at) => {
    let introduced = 0;
    stamp++;
    for (let i = at, hi = Math.min(n, at + NEXT_WORDS); i < hi; i++) {
      const v = id[i];
      const named = (flags[i] & CAP) !== 0 && cjk[i] === 0 && (i === at || (flags[i] & (INITIAL | STOP)) === 0);
      if (!named || mark[v] === stamp) continue;
      mark[v] = stamp;
      if (first[v] >= at) introduced++;
    }
    return introduced;
  };
}

/** Whether a first reading's cuts (`chosen`) at sentence ends open, nearly all, on sentences naming someone new to the
 * text: then the names mark this text's stories (DocumentCues.namesMarkStories). False where names were not read. */
export function namesMarkStories(features: readonly BoundaryFeatures[], chosen: readonly number[]): boolean {
  let cuts = 0, few = 0;
  for (const k of chosen) {
    const f = features[k];
    if (f.kind !== 'sentence') continue;
    cuts++;
    if (f.namesIntroduced <= NAMES_FEW) few++;
  }
  return cuts > 0 && few <= FEW_NAMES_CUT_SHARE * cuts;
}
