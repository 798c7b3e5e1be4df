// Training data for the boundary scorer: train.jsonl documents (a capped, equal number per source), re-joined with
// other joiners so that no format is tied to one source, and each candidate's term activations (terms.ts) read off.
import { explainBoundaries } from '../../src/core/boundaries/find';
import { joinsParagraphs } from '../../src/core/boundaries/candidates';
import { WEIGHTS, type TermName } from '../../src/core/boundaries/evidence';
import { termValues } from '../../src/core/boundaries/terms';
import { resolveLanguage } from '../../src/core/text/langdetect';
import type { GoldDoc } from '../lib/metrics';
import { readJsonl } from '../lib/shared-data';

export const TERM_NAMES = Object.keys(WEIGHTS) as TermName[];
const TERM_INDEX = new Map(TERM_NAMES.map((n, i) => [n, i]));
export const JOINERS = ['nl', 'blank', 'flat', 'glued'] as const;
const SEPARATOR: Record<string, string> = { nl: '\n', blank: '\n\n', flat: ' ', glued: '' };

/** One candidate: sparse activations (term index, value), what the ledger added after scoring, the gold label, and
 * whether it joins paragraphs (there the whole score sets the page's shortest story; elsewhere structure alone). */
export interface Sample { idx: Int32Array; val: Float64Array; added: number; y: 0 | 1; word: number; start: number; paragraphJoin: boolean }
export interface DocData { gold: GoldDoc; samples: Sample[]; totalWords: number; itemList: boolean }

/** A small deterministic random generator (mulberry32), so runs can be compared. */
export function rng(seed: number): () => number {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Reads a gold set, keeping at most `perSource` documents of each source (spread over the file). */
export function readDocs(path: string, perSource: number, random: () => number): GoldDoc[] {
  const all = readJsonl(path);
  const bySource = new Map<string, GoldDoc[]>();
  for (const d of all) bySource.set(String(d.source), [...(bySource.get(String(d.source)) ?? []), d]);
  const out: GoldDoc[] = [];
  for (const docs of bySource.values()) {
    const shuffled = docs.map((d) => [random(), d] as const).sort((a, b) => a[0] - b[0]).map(([, d]) => d);
    out.push(...shuffled.slice(0, perSource));
  }
  return out;
}

/**
 * The document's stories joined again with another joiner: paragraphs (lines) inside each story and the stories
 * themselves. Only documents written with line breaks can be re-joined (flat and glued text lost their paragraphs).
 */
export function rejoin(d: GoldDoc, joiner: (typeof JOINERS)[number]): GoldDoc | null {
  if (d.joiner !== 'nl' && d.joiner !== 'blank') return null;
  const sep = SEPARATOR[joiner];
  let text = '';
  const stories = d.stories.map((s) => {
    const paras = d.text.slice(s.start, s.end).split(/\s*\n\s*/).filter((p) => p.trim());
    if (text) text += sep;
    const start = text.length;
    text += paras.join(sep);
    return { ...s, start, end: text.length };
  });
  return { ...d, id: `${d.id}~${joiner}`, joiner, text, stories };
}

/** Candidates with their activations under the engine's own pipeline (hand weights decide where cohesion is read). */
export function extract(d: GoldDoc): DocData {
  const lang = resolveLanguage(d.text, typeof d.lang === 'string' ? d.lang : undefined);
  const { cands, features, doc, added, totalWords } = explainBoundaries(d.text, lang);
  const gold = new Set(d.stories.slice(1).map((s) => s.start));
  const samples = cands.map((c, i): Sample => {
    const terms = termValues(features[i], doc);
    return {
      idx: Int32Array.from(terms.map(([n]) => TERM_INDEX.get(n)!)),
      val: Float64Array.from(terms.map(([, v]) => v)),
      added: added[i].reduce((s, [, v]) => s + v, 0),
      y: gold.has(c.start) ? 1 : 0,
      word: features[i].word,
      start: c.start,
      paragraphJoin: joinsParagraphs(c.kind),
    };
  });
  return { gold: d, samples, totalWords, itemList: doc.itemList };
}
