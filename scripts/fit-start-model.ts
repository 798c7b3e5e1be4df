// `npx tsx scripts/fit-start-model.ts`: fits the "starts mid-sentence" decision (src/core/anatomy/start-decision.ts)
// on the gold spans of ../shared/eval/train.jsonl, a logistic regression over the sign truncation.ts found and the
// story's place in its document, and writes its weights to src/core/anatomy/start-model.json. It then prints the F1
// of the plain rule (flag whenever a sign shows) and of the model on train and on devwide (publishers never fitted on).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describeWithSigns } from '../src/core/anatomy/describe';
import { decideStart, signFamily, startFeatures, type StartContext, type StartModel } from '../src/core/anatomy/start-decision';
import type { CutReason } from '../src/core/anatomy/truncation';
import { langOf } from './lib/anatomy-metrics';
import { fitLogistic, type Row } from './lib/logistic';
import { readEvalSet } from './lib/shared-data';

const repoRoot = path.resolve(import.meta.dirname, '..');
const MODEL_PATH = path.join(repoRoot, 'src/core/anatomy/start-model.json');
/** L2 penalty on the summed log-loss: keeps a feature never seen with a positive (or a negative) at a finite weight. */
const L2 = 1;
/** A flag costs a false alarm as much as a miss costs: the cut-off that maximises accuracy. */
const THRESHOLD = 0.5;

interface Sample { sign: CutReason | null; at: StartContext; gold: boolean }

function samples(set: string): Sample[] {
  const docs = readEvalSet(set);
  const out: Sample[] = [];
  for (const d of docs) {
    const { startSigns } = describeWithSigns({ text: d.text, spans: d.stories, lang: langOf(d) });
    d.stories.forEach((g, i) => out.push({ sign: startSigns[i], at: { first: i === 0 }, gold: !!(g as { truncated_start?: boolean }).truncated_start }));
  }
  return out;
}

/** How many first stories of the training set showed each sign family: the decision trusts the model only with support. */
function firstSupport(data: Sample[]): Record<string, number> {
  const n: Record<string, number> = {};
  for (const s of data) if (s.at.first && s.sign) n[signFamily(s.sign)] = (n[signFamily(s.sign)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(n).sort());
}

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
  const rows: Row[] = train.map((s) => ({ features: startFeatures(s.sign, s.at), y: s.gold ? 1 : 0 }));
  const model: StartModel = { ...fitLogistic(rows, L2), threshold: THRESHOLD, firstSupport: firstSupport(train) };
  writeFileSync(MODEL_PATH, JSON.stringify({
    '//': 'Written by scripts/fit-start-model.ts from the gold spans of train.jsonl: a logistic regression over the start sign and the story\'s place among the stories of its text. Regenerate, do not edit.',
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
