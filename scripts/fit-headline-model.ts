// `npx tsx scripts/fit-headline-model.ts`: fits where a headline run into its body ends in flat text
// (src/core/anatomy/flat-headline.ts) on the flat and glued stories of ../shared/eval/train.jsonl: a logistic regression
// that scores every candidate body start, the gold one against the rest (stories with no headline give only
// negatives). Writes src/core/anatomy/headline-model.json and prints how often the
// choice is right (the gold headline, or none when there is none) on train, devwide and dev.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DeckCandidate } from '../src/core/anatomy/deck-end';
import { bestFlatHeadline, flatHeadlineCandidates, placeFlatHeadline, presenceFeatures, spaceGlue, type HeadlineModel } from '../src/core/anatomy/flat-headline';
import { langData } from '../src/core/text/lang/anatomy/index';
import { KICKER } from '../src/core/text/shapes';
import { langOf } from './lib/anatomy-metrics';
import { fitLogistic, type Row } from './lib/logistic';
import { readEvalSet } from './lib/shared-data';

const repoRoot = path.resolve(import.meta.dirname, '..');
const MODEL_PATH = path.join(repoRoot, 'src/core/anatomy/headline-model.json');
/** L2 penalty on the summed log-loss: a feature seen a few times keeps a modest weight. */
const L2 = 1;

/** gold: the headline's word count, or 0 when the story has none. */
interface Case { cands: DeckCandidate[]; gold: number }

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
      out.push({ cands: flatHeadlineCandidates(spaced, d, points), gold: hs ? hs.split(' ').length : 0 });
    }
  }
  return out;
}

const right = (cs: Case[], m: HeadlineModel) =>
  cs.filter((c) => (bestFlatHeadline(c.cands, m)?.words ?? 0) === c.gold).length;

function main(): void {
  const train = cases('train');
  // Where: fitted on the stories with a headline, the gold place against the other places of the same line.
  const rows: Row[] = train.filter((c) => c.gold > 0).flatMap((c) => c.cands.map((x) => ({ features: x.features, y: x.words === c.gold ? 1 : 0 })));
  const position = fitLogistic(rows, L2);
  // Whether: every story's best place, right (a headline ends there) or not (none, or it ends elsewhere).
  const presenceRows: Row[] = train.flatMap((c) => {
    const p = placeFlatHeadline(c.cands, position);
    return p ? [{ features: presenceFeatures(p.best, p.z), y: p.best.words === c.gold ? 1 : 0 }] : [];
  });
  const model: HeadlineModel = { position, presence: fitLogistic(presenceRows, L2) };
  writeFileSync(MODEL_PATH, JSON.stringify({
    '//': 'Written by scripts/fit-headline-model.ts from the flat and glued stories of train.jsonl: a logistic score of each candidate body start after a headline run into its body; the best place (position) ends the headline when the presence model says one ends there. Regenerate, do not edit.',
    ...model,
  }, null, 2) + '\n');
  for (const set of ['train', 'devwide', 'dev']) {
    const cs = cases(set);
    const withH = cs.filter((c) => c.gold > 0);
    const found = withH.filter((c) => bestFlatHeadline(c.cands, model)?.words === c.gold).length;
    const falseH = cs.filter((c) => c.gold === 0 && bestFlatHeadline(c.cands, model)).length;
    console.log(`${set.padEnd(8)} right ${right(cs, model)} of ${cs.length}; headlines found ${found} of ${withH.length}; false headlines ${falseH} of ${cs.length - withH.length}`);
  }
  console.log(`weights written to ${path.relative(repoRoot, MODEL_PATH)}`);
}

main();
