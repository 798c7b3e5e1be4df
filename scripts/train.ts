// `npm run train`: fits the boundary scorer's term weights (terms.ts) on train.jsonl by logistic regression, and
// compares them with the hand weights (evidence.ts) on what each fit was not trained on: leave one source out, leave
// one joiner out, and devwide.jsonl (publishers train never uses). Sources weigh equally, whatever their size, and
// documents written in lines are re-joined with the other joiners, so no format is tied to one source.
// With --write, the learned weights go to src/core/boundaries/weights.json, used only if they win held out.
// usage: tsx scripts/train.ts [--per-source N] [--devwide-every N] [--write]
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { WEIGHTS } from '../src/core/boundaries/evidence';
import { extract, JOINERS, readDocs, rejoin, rng, TERM_NAMES, type DocData, type Sample } from './train/data';
import { evaluate } from './train/evaluate';
import { fitTermWeights, type FitOptions } from './train/fit';
import { SHARED_DIR } from './lib/shared-data';

const args = process.argv.slice(2);
const opt = (name: string, fallback: number) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : fallback; };
/** Documents per source: enough for every source's formats, small enough for a 2-core machine (about a minute). */
const PER_SOURCE = opt('--per-source', 120);
const DEVWIDE_EVERY = opt('--devwide-every', 2);
/** Pull toward the hand weights: the data moves a weight only where it has a clear say. */
const FIT: FitOptions = { l2: opt('--l2', 0.02), epochs: opt('--epochs', 300), rate: 0.05 };
/** Learned weights ship only if they beat the hand weights on this share of held-out folds, and pooled. */
const MIN_FOLDS_WON = 0.75;

/** With --free a,b,c only those terms are fitted; the others keep their hand weight (a learned part ships alone). */
const freeArg = (() => { const i = args.indexOf('--free'); return i >= 0 ? args[i + 1].split(',') : null; })();
const FREE = freeArg ? new Set(freeArg.map((n) => { const i = TERM_NAMES.indexOf(n as never); if (i < 0) throw new Error(`unknown term ${n}`); return i; })) : undefined;
if (FREE) FIT.free = FREE;

const random = rng(14);
const hand = Float64Array.from(TERM_NAMES.map((n) => WEIGHTS[n]));

function load(): { train: DocData[]; devwide: DocData[] } {
  const t0 = performance.now();
  const docs = readDocs(path.join(SHARED_DIR, 'eval/train.jsonl'), PER_SOURCE, random);
  const augmented = docs.flatMap((d) => {
    const others = JOINERS.filter((j) => j !== d.joiner);
    const alt = rejoin(d, others[Math.floor(random() * others.length)]);
    return alt ? [d, alt] : [d];
  });
  const train = augmented.map(extract);
  const dw = readDocs(path.join(SHARED_DIR, 'eval/devwide.jsonl'), Infinity, () => 0).filter((_, i) => i % DEVWIDE_EVERY === 0).map(extract);
  console.log(`read ${docs.length} train documents (≤ ${PER_SOURCE} per source) + ${augmented.length - docs.length} re-joined, ${dw.length} devwide, in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return { train, devwide: dw };
}

/** Each source (or group) weighs the same in the fit, however many candidates it has. */
function groupWeights(docs: readonly DocData[], key: (d: DocData) => string): { samples: Sample[]; weight: Float64Array } {
  const count = new Map<string, number>();
  for (const d of docs) count.set(key(d), (count.get(key(d)) ?? 0) + d.samples.length);
  const samples: Sample[] = [], weights: number[] = [];
  for (const d of docs) for (const s of d.samples) { samples.push(s); weights.push(1 / count.get(key(d))!); }
  return { samples, weight: Float64Array.from(weights) };
}

function fit(docs: readonly DocData[]): Float64Array {
  const { samples, weight } = groupWeights(docs, (d) => String(d.gold.source));
  return fitTermWeights(samples, weight, hand, FIT);
}

function heldOut(name: string, train: readonly DocData[], key: (d: DocData) => string): { won: number; folds: number } {
  console.log(`\n${name}: Pk of the fold held out (hand | learned), boundary F1 (hand | learned)`);
  let won = 0, folds = 0;
  for (const k of [...new Set(train.map(key))].sort()) {
    const test = train.filter((d) => key(d) === k);
    const w = fit(train.filter((d) => key(d) !== k));
    const h = evaluate(test, hand).get('ALL')!, l = evaluate(test, w).get('ALL')!;
    folds++;
    if (l.pk < h.pk) won++;
    console.log(`  ${k.padEnd(12)} n=${String(test.length).padStart(4)}  Pk ${h.pk.toFixed(3)} | ${l.pk.toFixed(3)}   F1 ${h.boundary_f1.toFixed(3)} | ${l.boundary_f1.toFixed(3)}   ${l.pk < h.pk ? 'learned' : 'hand'}`);
  }
  return { won, folds };
}

function main(): void {
  const { train, devwide } = load();
  const bySource = heldOut('LEAVE ONE SOURCE OUT', train, (d) => String(d.gold.source));
  const byJoiner = heldOut('LEAVE ONE JOINER OUT', train, (d) => String(d.gold.joiner));
  const w = fit(train);
  const dh = evaluate(devwide, hand, ['joiner', 'layout']), dl = evaluate(devwide, w, ['joiner', 'layout']);
  console.log('\nDEVWIDE (publishers never in train), first pass only: Pk hand | learned');
  for (const k of [...dh.keys()].sort()) console.log(`  ${k.padEnd(26)} ${dh.get(k)!.pk.toFixed(3)} | ${dl.get(k)!.pk.toFixed(3)}`);
  console.log('\nweights (hand -> learned), largest changes first:');
  const order = TERM_NAMES.map((n, i) => i).sort((a, b) => Math.abs(w[b] - hand[b]) - Math.abs(w[a] - hand[a]));
  for (const i of order.slice(0, 25)) console.log(`  ${TERM_NAMES[i].padEnd(26)} ${hand[i].toFixed(2).padStart(7)} -> ${w[i].toFixed(2).padStart(7)}`);
  const wins = bySource.won + byJoiner.won, folds = bySource.folds + byJoiner.folds;
  const ship = wins >= MIN_FOLDS_WON * folds && dl.get('ALL')!.pk < dh.get('ALL')!.pk;
  console.log(`\nlearned beats hand on ${wins} of ${folds} held-out folds; devwide Pk ${dh.get('ALL')!.pk.toFixed(4)} -> ${dl.get('ALL')!.pk.toFixed(4)}: ${ship ? 'SHIP the learned weights' : 'keep the hand weights'}`);
  if (args.includes('--write')) {
    const out = {
      '//': 'Written by `npm run train` (scripts/train.ts). `use` lists the terms whose learned weight the engine uses; all other terms keep their hand weight (evidence.ts).',
      use: ship ? (freeArg ?? TERM_NAMES) : [],
      heldOut: { foldsWon: wins, folds, devwidePkHand: +dh.get('ALL')!.pk.toFixed(4), devwidePkLearned: +dl.get('ALL')!.pk.toFixed(4) },
      weights: Object.fromEntries(TERM_NAMES.map((n, i) => [n, +w[i].toFixed(3)])),
    };
    writeFileSync(path.resolve(import.meta.dirname, '../src/core/boundaries/weights.json'), JSON.stringify(out, null, 2) + '\n');
    console.log('wrote src/core/boundaries/weights.json');
  }
}

main();
