// Story-anatomy metrics on gold spans: truncation F1 (as ../shared/eval/score.mjs counts them), noise removal,
// body-word retention, kicker and deck found. `npm run eval` can call anatomyMetrics() with the dev documents.
import { describeStories, type Anatomy } from '../../src/core/anatomy/describe';
import { CUT_MARKER } from '../../src/core/anatomy/clean';
import { score, type GoldDoc, type PredDoc } from './metrics';

export interface AnatomyMetrics {
  stories: number;
  trunc_mid_f1: number;
  trunc_any_f1: number;
  trunc_start_f1: number;
  noise_lines: number;
  noise_removed: number;
  body_words: number;
  body_words_kept: number;
  kicker_stories: number;
  kicker_found: number;
  kicker_and_deck_found: number;
  deck_exact: number;
  headline_stories: number;
  headline_exact: number;
}

interface GoldAnatomy { start: number; end: number; noise?: string[]; kicker?: string; deck?: string; headline?: string }

const ELLIPSES = new Set(['…', '...']);
const tokens = (s: string) => s.match(/[\p{L}\p{N}]+/gu) ?? [];
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function counts(ws: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of ws) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

/** The language the engine would be told: fundus "lang" fields are country codes, so those documents get none. */
export function langOf(d: GoldDoc): string {
  return typeof d.lang === 'string' && d.source !== 'fundus' ? d.lang : 'und';
}

/** Runs describeStories on the gold spans of every document. */
export function describeGold(docs: readonly GoldDoc[]): Anatomy[][] {
  return docs.map((d) => describeStories({ text: d.text, spans: d.stories, lang: langOf(d) }));
}

export function anatomyMetrics(docs: readonly GoldDoc[], described: Anatomy[][] = describeGold(docs)): AnatomyMetrics {
  const preds = new Map<string, PredDoc>();
  const m: AnatomyMetrics = {
    stories: 0, trunc_mid_f1: 0, trunc_any_f1: 0, trunc_start_f1: 0, noise_lines: 0, noise_removed: 0, body_words: 0, body_words_kept: 0,
    kicker_stories: 0, kicker_found: 0, kicker_and_deck_found: 0, deck_exact: 0, headline_stories: 0, headline_exact: 0,
  };
  docs.forEach((d, di) => {
    const an = described[di];
    preds.set(String(d.id), { id: d.id, stories: d.stories.map((s, i) => ({ start: s.start, end: s.end, truncated_end: an[i].truncated_end, truncated_start: an[i].truncated_start })) });
    d.stories.forEach((gs, i) => {
      const g = gs as GoldStory & GoldAnatomy;
      const a = an[i];
      m.stories++;
      const clean = a.clean_text;
      const unmarked = clean.endsWith(` ${CUT_MARKER}`) ? clean.slice(0, -CUT_MARKER.length - 1) : clean;
      let body = d.text.slice(g.start, g.end);
      for (const n of g.noise ?? []) {
        m.noise_lines++;
        const gone = ELLIPSES.has(n) ? !unmarked.trimEnd().endsWith(n) : !clean.includes(n);
        if (gone) m.noise_removed++;
        const at = body.lastIndexOf(n);
        if (at >= 0) body = body.slice(0, at) + ' ' + body.slice(at + n.length);
      }
      const want = counts(tokens(body));
      const have = counts(tokens(unmarked));
      for (const [w, c] of want) { m.body_words += c; m.body_words_kept += Math.min(c, have.get(w) ?? 0); }
      if (g.kicker) {
        m.kicker_stories++;
        if (a.kicker === g.kicker) m.kicker_found++;
        if (a.kicker === g.kicker && a.deck) m.kicker_and_deck_found++;
        if (a.deck === g.deck) m.deck_exact++;
      }
      if (g.headline) {
        m.headline_stories++;
        if (a.headline === squash(g.headline)) m.headline_exact++;
      }
    });
  });
  const s = score(docs, preds).get('ALL');
  if (s) { m.trunc_mid_f1 = s.trunc_mid_f1; m.trunc_any_f1 = s.trunc_any_f1; m.trunc_start_f1 = s.trunc_start_f1; }
  return m;
}

type GoldStory = GoldDoc['stories'][number];

export interface SeedCheck { name: string; ok: boolean }

/** The seed's exact expectations (issue 4). */
export function seedChecks(doc: GoldDoc, an: Anatomy[]): SeedCheck[] {
  const flag = (i: number, name: string) => !!an[i]?.flags.some((f) => f.name === name);
  const g = doc.stories as (GoldStory & GoldAnatomy)[];
  return [
    { name: '5 stories', ok: an.length === 5 },
    { name: 'story 1 whole', ok: !an[0]?.truncated_end && !an[0]?.truncated_start && an[0]?.flags.length === 0 },
    { name: 'story 1 photo credit removed', ok: !!an[0] && !an[0].clean_text.includes('Photo: EPA') && an[0].removed.some((r) => r.text.startsWith('Photo: EPA')) },
    { name: 'stories 2, 4, 5 cut mid-sentence', ok: [1, 3, 4].every((i) => flag(i, 'cut_mid_sentence')) },
    { name: 'story 3 likely teaser (and not cut mid-sentence)', ok: flag(2, 'likely_teaser') && !flag(2, 'cut_mid_sentence') },
    { name: 'stories 4, 5 kicker and deck as gold', ok: [3, 4].every((i) => an[i]?.kicker === g[i].kicker && an[i]?.deck === g[i].deck) },
  ];
}
