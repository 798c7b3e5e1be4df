// `npx tsx scripts/fit-deck-model.ts`: fits where the deck after a kicker ends (src/core/anatomy/deck-end.ts) on the
// gold kicker stories of ../shared/eval/train.jsonl: a logistic regression that scores every candidate body start,
// the true one against the rest. Writes src/core/anatomy/deck-model.json, then prints how often the best candidate
// is the gold deck end on train and on devwide (publishers never fitted on).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { bestDeckEnd, deckCandidates, type DeckCandidate, type DeckModel } from '../src/core/anatomy/deck-end';
import { langData } from '../src/core/text/lang/anatomy/index';
import { KICKER } from '../src/core/text/shapes';
import { langOf } from './lib/anatomy-metrics';
import { fitLogistic, type Row } from './lib/logistic';
import { readEvalSet } from './lib/shared-data';

const repoRoot = path.resolve(import.meta.dirname, '..');
const MODEL_PATH = path.join(repoRoot, 'src/core/anatomy/deck-model.json');
/** L2 penalty on the summed log-loss: a feature seen a few times keeps a modest weight. */
const L2 = 1;

interface Case { cands: DeckCandidate[]; gold: number }

/** Every gold kicker story whose deck starts right after its kicker: its candidates and the gold deck's word count. */
function cases(set: string): Case[] {
  const docs = readEvalSet(set);
  const out: Case[] = [];
  for (const doc of docs) {
    const d = langData(langOf(doc));
    for (const s of doc.stories as { start: number; end: number; kicker?: string; deck?: string }[]) {
      if (!s.kicker || !s.deck) continue;
      const t = doc.text.slice(s.start, s.end).trimStart();
      const k = KICKER.exec(t);
      if (!k || k[1].trim() !== s.kicker) continue;
      const rest = t.slice(k[0].length);
      const nl = rest.indexOf('\n');
      const line = nl < 0 ? rest : rest.slice(0, nl);
      const deck = s.deck.replace(/\s+/g, ' ').trim();
      if (!line.replace(/\s+/g, ' ').startsWith(deck)) continue;
      out.push({ cands: deckCandidates(line, nl >= 0 && !!rest.slice(nl).trim(), d, s.kicker), gold: deck.split(' ').length });
    }
  }
  return out;
}

const exact = (cs: Case[], m: DeckModel) => cs.filter((c) => bestDeckEnd(c.cands, m)?.words === c.gold).length;

function main(): void {
  const train = cases('train');
  const rows: Row[] = train.flatMap((c) => c.cands.map((x) => ({ features: x.features, y: x.words === c.gold ? 1 : 0 })));
  const model = fitLogistic(rows, L2);
  writeFileSync(MODEL_PATH, JSON.stringify({
    '//': 'Written by scripts/fit-deck-model.ts from the gold kicker stories of train.jsonl: a logistic score of each candidate body start after a kicker; the best one ends the deck. Regenerate, do not edit.',
    ...model,
  }, null, 2) + '\n');
  const devwide = cases('devwide');
  const dev = cases('dev');
  for (const [name, cs] of [['train', train], ['devwide', devwide], ['dev', dev]] as const) console.log(`${name.padEnd(8)} deck end exact ${exact(cs, model)} of ${cs.length}`);
  console.log(`weights written to ${path.relative(repoRoot, MODEL_PATH)}`);
  if (process.env.SHOW) showMisses(process.env.SHOW, model);
}

/** `SHOW=devwide`: prints the decks of that set the model ends at the wrong word, with the features of its choice. */
function showMisses(set: string, m: DeckModel, limit = 25): void {
  let shown = 0;
  for (const c of cases(set)) {
    const best = bestDeckEnd(c.cands, m);
    if (!best || best.words === c.gold || shown++ >= limit) continue;
    console.log(`gold ${c.gold} words, chose ${best.words}: ${best.features.join(',')}`);
  }
}

main();
