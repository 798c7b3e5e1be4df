// `npx tsx scripts/fit-headline-model.ts`: fits where a headline run into its body ends in flat text
// (src/core/anatomy/flat-headline.ts) on the flat and glued stories of ../shared/eval/train.jsonl: a choice model
// (conditional logit) that scores every candidate body start, the gold one against the rest of its line, each source
// weighing the same; then a logistic presence model over every story's best place (stories with no headline give
// only negatives). Writes src/core/anatomy/headline-model.json and prints how often the
// choice is right (the gold headline, or none when there is none) on train, devwide and dev.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DeckCandidate, DeckModel } from '../src/core/anatomy/deck-end';
import { bestFlatHeadline, flatHeadlineCandidates, placeFlatHeadline, presenceFeatures, spaceGlue, type HeadlineModel } from '../src/core/anatomy/flat-headline';
import { langData } from '../src/core/text/lang/anatomy/index';
import { KICKER } from '../src/core/text/shapes';
import { langOf } from './lib/anatomy-metrics';
import { fitLogistic, NEWTON_STEPS, solve, type Row } from './lib/logistic';
import { readEvalSet } from './lib/shared-data';

const repoRoot = path.resolve(import.meta.dirname, '..');
const MODEL_PATH = path.join(repoRoot, 'src/core/anatomy/headline-model.json');
/** L2 penalty on the summed log-loss: a feature seen a few times keeps a modest weight. */
const L2 = 1;

/** gold: the headline's word count, or 0 when the story has none. */
interface Case { cands: DeckCandidate[]; gold: number; source: string }

function cases(set: string): Case[] {
  const docs = readEvalSet(set);
  const out: Case[] = [];
  for (const doc of docs) {
    if (doc.joiner !== 'flat' && doc.joiner !== 'glued') continue;
    const d = langData(langOf(doc));
    for (const s of doc.stories as { start: number; end: number; headline?: string; kicker?: string }[]) {
      if (s.kicker) continue;
      const t = doc.text.slice(s.start, s.end).trimStart();
      if (KICKER.exec(t)) continue;
      const nl = t.indexOf('\n');
      const line = nl < 0 ? t : t.slice(0, nl);
      const h = s.headline?.replace(/\s+/g, ' ').trim();
      if (h && !line.replace(/\s+/g, ' ').startsWith(h)) continue;
      const { spaced, points } = spaceGlue(line);
      const hs = h ? spaceGlue(h).spaced : '';
      if (hs && !spaced.replace(/\s+/g, ' ').startsWith(`${hs} `)) continue;
      out.push({ cands: flatHeadlineCandidates(spaced, d, points), gold: hs ? hs.split(' ').length : 0, source: String(doc.source) });
    }
  }
  return out;
}

/** Fits the position weights as a choice among a line's candidates (a conditional logit): the gold place against
 * the other places of the same line, each line one choice, so a feature that marks every place of a line (a long
 * line, a Title Case page) weighs nothing and what tells the places apart weighs all. `w`: each line's weight. Then a
 * bias read with those weights over every candidate, so a score stays the log-odds that a headline ends there. */
function fitChoice(lines: readonly { cands: readonly string[][]; gold: number; w: number }[], l2: number): DeckModel {
  const names = [...new Set(lines.flatMap((l) => l.cands.flat()))].sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const xs = lines.map((l) => l.cands.map((f) => [...new Set(f.map((n) => index.get(n)!))]));
  const k = names.length;
  const w = new Array<number>(k).fill(0);
  const loss = (v: readonly number[]) => lines.reduce((a, l, li) => {
    const zs = xs[li].map((x) => x.reduce((s, i) => s + v[i], 0));
    const top = Math.max(...zs);
    return a + l.w * (top + Math.log(zs.reduce((s, z) => s + Math.exp(z - top), 0)) - zs[l.gold]);
  }, v.reduce((a, x) => a + (l2 / 2) * x * x, 0));
  for (let step = 0; step < NEWTON_STEPS; step++) {
    const grad = w.map((v) => l2 * v);
    const hess = w.map((_, i) => w.map((__, j) => (i === j ? l2 : 0)));
    lines.forEach((l, li) => {
      const zs = xs[li].map((x) => x.reduce((a, i) => a + w[i], 0));
      const top = Math.max(...zs);
      const es = zs.map((z) => Math.exp(z - top));
      const sum = es.reduce((a, b) => a + b, 0);
      const mean = new Array<number>(k).fill(0);
      xs[li].forEach((x, c) => { for (const i of x) mean[i] += es[c] / sum; });
      for (const i of xs[li][l.gold]) grad[i] -= l.w;
      const touched = [...new Set(xs[li].flat())];
      for (const i of touched) grad[i] += l.w * mean[i];
      xs[li].forEach((x, c) => { const p = (l.w * es[c]) / sum; for (const i of x) for (const j of x) hess[i][j] += p; });
      for (const i of touched) for (const j of touched) hess[i][j] -= l.w * mean[i] * mean[j];
    });
    const delta = solve(hess, grad);
    // Halved until the loss falls: a full Newton step can overshoot where a line's places differ by a few features.
    const before = loss(w);
    let t = 1;
    while (t > 1e-4 && loss(w.map((v, i) => v - t * delta[i])) > before) t /= 2;
    for (let i = 0; i < k; i++) w[i] -= t * delta[i];
  }
  const weights = Object.fromEntries(names.map((n, i) => [n, round(w[i])]));
  // The bias alone, by Newton on the weighted log-loss of every candidate with the weights fixed.
  let bias = 0;
  for (let step = 0; step < NEWTON_STEPS; step++) {
    let g = 0, h = 0;
    lines.forEach((l, li) => xs[li].forEach((x, c) => {
      const p = 1 / (1 + Math.exp(-(bias + x.reduce((a, i) => a + w[i], 0))));
      g += l.w * (p - (c === l.gold ? 1 : 0)); h += l.w * p * (1 - p);
    }));
    bias -= g / h;
  }
  return { bias: round(bias), weights };
}

const round = (x: number) => Number(x.toFixed(3));

/** Each source weighs as much as any other in a fit: a line's weight is the mean count over the sources' counts. */
function sourceWeights(cs: readonly Case[]): (c: Case) => number {
  const n = new Map<string, number>();
  for (const c of cs) n.set(c.source, (n.get(c.source) ?? 0) + 1);
  const mean = cs.length / n.size;
  return (c) => mean / (n.get(c.source) ?? mean);
}

const right = (cs: Case[], m: HeadlineModel) =>
  cs.filter((c) => (bestFlatHeadline(c.cands, m)?.words ?? 0) === c.gold).length;

function main(): void {
  const train = cases('train');
  // Where: fitted on the stories with a headline, the gold place against the other places of the same line.
  const weight = sourceWeights(train.filter((c) => c.gold > 0));
  const position = fitChoice(train.flatMap((c) => {
    const gold = c.cands.findIndex((x) => x.words === c.gold);
    return c.gold > 0 && gold >= 0 ? [{ cands: c.cands.map((x) => x.features), gold, w: weight(c) }] : [];
  }), L2);
  // Whether: every story's best place, right (a headline ends there) or not (none, or it ends elsewhere).
  const presenceRows: Row[] = train.flatMap((c) => {
    const p = placeFlatHeadline(c.cands, position);
    return p ? [{ features: presenceFeatures(p.best, p.z, p.gap), y: p.best.words === c.gold ? 1 : 0 }] : [];
  });
  const model: HeadlineModel = { position, presence: fitLogistic(presenceRows, L2) };
  writeFileSync(MODEL_PATH, JSON.stringify({
    '//': 'Written by scripts/fit-headline-model.ts from the flat and glued stories of train.jsonl: a score of each candidate body start after a headline run into its body (a choice among the places of a line, sources weighing the same); the best place (position) ends the headline when the presence model says one ends there. Regenerate, do not edit.',
    ...model,
  }, null, 2) + '\n');
  for (const set of ['train', 'devwide', 'dev']) {
    const cs = cases(set);
    const withH = cs.filter((c) => c.gold > 0);
    const found = withH.filter((c) => bestFlatHeadline(c.cands, model)?.words === c.gold).length;
    const falseH = cs.filter((c) => c.gold === 0 && bestFlatHeadline(c.cands, model)).length;
    const placed = withH.filter((c) => placeFlatHeadline(c.cands, model.position)?.best.words === c.gold).length;
    console.log(`${set.padEnd(8)} placed ${placed} of ${withH.length}`);
    console.log(`${set.padEnd(8)} right ${right(cs, model)} of ${cs.length}; headlines found ${found} of ${withH.length}; false headlines ${falseH} of ${cs.length - withH.length}`);
  }
  console.log(`weights written to ${path.relative(repoRoot, MODEL_PATH)}`);
}

main();
