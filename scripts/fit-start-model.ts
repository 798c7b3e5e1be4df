// `npx tsx scripts/fit-start-model.ts`: fits the "starts mid-sentence" decision (src/core/anatomy/start-decision.ts)
// on the gold spans of ../shared/eval/train.jsonl, a logistic regression over the sign truncation.ts found and the
// story's place in its document, and writes its weights to src/core/anatomy/start-model.json. It then prints the F1
// of the plain rule (flag whenever a sign shows) and of the model on train and on devwide (publishers never fitted on).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describeWithSigns } from '../src/core/anatomy/describe';
import { decideStart, signFamily, startFeatures, type StartContext, type StartModel } from '../src/core/anatomy/start-decision';
import type { CutReason } from '../src/core/anatomy/truncation';
import { langOf } from './lib/anatomy-metrics';
import type { GoldDoc } from './lib/metrics';

const repoRoot = path.resolve(import.meta.dirname, '..');
const shared = process.env.STORYSPLIT_SHARED ?? path.resolve(repoRoot, '../shared');
const MODEL_PATH = path.join(repoRoot, 'src/core/anatomy/start-model.json');
/** L2 penalty on the summed log-loss: keeps a feature never seen with a positive (or a negative) at a finite weight. */
const L2 = 1;
/** Newton steps: the log-loss is convex and smooth, so a few steps reach the optimum. */
const NEWTON_STEPS = 25;
/** A flag costs a false alarm as much as a miss costs: the cut-off that maximises accuracy. */
const THRESHOLD = 0.5;

interface Sample { sign: CutReason | null; at: StartContext; gold: boolean }

function samples(set: string): Sample[] {
  const docs = readFileSync(path.join(shared, `eval/${set}.jsonl`), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as GoldDoc);
  const out: Sample[] = [];
  for (const d of docs) {
    const { startSigns } = describeWithSigns({ text: d.text, spans: d.stories, lang: langOf(d) });
    d.stories.forEach((g, i) => out.push({ sign: startSigns[i], at: { first: i === 0 }, gold: !!(g as { truncated_start?: boolean }).truncated_start }));
  }
  return out;
}

/** Solves a x = b by Gaussian elimination with partial pivoting (a is small: one row a feature). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((r, i) => [...r, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
    [m[c], m[p]] = [m[p], m[c]];
    for (let r = 0; r < n; r++) {
      if (r === c || !m[c][c]) continue;
      const k = m[r][c] / m[c][c];
      for (let j = c; j <= n; j++) m[r][j] -= k * m[c][j];
    }
  }
  return m.map((r, i) => r[n] / r[i]);
}

/** L2-penalised logistic regression by Newton's method; index 0 is the bias (not penalised). */
function fit(data: Sample[]): { bias: number; weights: Record<string, number> } {
  const names = [...new Set(data.flatMap((s) => startFeatures(s.sign, s.at)))].sort();
  const index = new Map(names.map((n, i) => [n, i + 1]));
  const rows = data.map((s) => ({ x: [0, ...startFeatures(s.sign, s.at).map((f) => index.get(f)!)], y: s.gold ? 1 : 0 }));
  const k = names.length + 1;
  const w = new Array<number>(k).fill(0);
  for (let step = 0; step < NEWTON_STEPS; step++) {
    const grad = w.map((v, i) => (i ? L2 * v : 0));
    const hess = w.map((_, i) => w.map((__, j) => (i === j && i ? L2 : 0)));
    for (const r of rows) {
      const z = r.x.reduce((a, i) => a + w[i], 0);
      const p = 1 / (1 + Math.exp(-z));
      for (const i of r.x) {
        grad[i] += p - r.y;
        for (const j of r.x) hess[i][j] += p * (1 - p);
      }
    }
    const delta = solve(hess, grad);
    for (let i = 0; i < k; i++) w[i] -= delta[i];
  }
  return { bias: round(w[0]), weights: Object.fromEntries(names.map((n, i) => [n, round(w[i + 1])])) };
}

/** How many first stories of the training set showed each sign family: the decision trusts the model only with support. */
function firstSupport(data: Sample[]): Record<string, number> {
  const n: Record<string, number> = {};
  for (const s of data) if (s.at.first && s.sign) n[signFamily(s.sign.code)] = (n[signFamily(s.sign.code)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(n).sort());
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function f1(data: Sample[], decide: (s: Sample) => boolean): string {
  let tp = 0, fp = 0, fn = 0;
  for (const s of data) {
    const p = decide(s);
    if (p && s.gold) tp++; else if (p) fp++; else if (s.gold) fn++;
  }
  return `F1 ${((2 * tp) / (2 * tp + fp + fn || 1)).toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})`;
}

function main(): void {
  const train = samples('train');
  const model: StartModel = { ...fit(train), threshold: THRESHOLD, firstSupport: firstSupport(train) };
  writeFileSync(MODEL_PATH, JSON.stringify({
    '//': 'Written by scripts/fit-start-model.ts from the gold spans of train.jsonl: a logistic regression over the start sign and the story\'s place in its document. Regenerate, do not edit.',
    ...model,
  }, null, 2) + '\n');
  const byModel = (s: Sample) => !!decideStart(s.sign, s.at, model);
  const byRule = (s: Sample) => !!s.sign;
  const devwide = samples('devwide');
  console.log(`train    rule ${f1(train, byRule)}   model ${f1(train, byModel)}`);
  console.log(`devwide  rule ${f1(devwide, byRule)}   model ${f1(devwide, byModel)}`);
  console.log(`weights written to ${path.relative(repoRoot, MODEL_PATH)}`);
}

main();
