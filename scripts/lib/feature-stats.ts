// Tuning aid (not part of `npm run eval`): how often each boundary cue marks a real story start on a gold set.
// usage: tsx scripts/lib/feature-stats.ts GOLD.jsonl [joiner]
import { readFileSync } from 'node:fs';
import { explainBoundaries } from '../../src/core/boundaries/find';
import { resolveLanguage } from '../../src/core/text/langdetect';
import type { GoldDoc } from './metrics';

const [goldPath, joiner] = process.argv.slice(2);
const docs = readFileSync(goldPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as GoldDoc)
  .filter((d) => !joiner || d.joiner === joiner);
const tally = new Map<string, { pos: number; all: number; chosenPos: number; chosenAll: number }>();
const add = (key: string, pos: boolean, chosen: boolean) => {
  const t = tally.get(key) ?? { pos: 0, all: 0, chosenPos: 0, chosenAll: 0 };
  t.all++; if (pos) t.pos++; if (chosen) { t.chosenAll++; if (pos) t.chosenPos++; }
  tally.set(key, t);
};
let missedNoCand = 0, goldBoundaries = 0;
const examples: string[] = [];
for (const d of docs) {
  const lang = resolveLanguage(d.text, typeof d.lang === 'string' ? d.lang : undefined);
  const { cands, features, scores, chosen } = explainBoundaries(d.text, lang);
  const goldStarts = new Set(d.stories.slice(1).map((s) => s.start));
  goldBoundaries += goldStarts.size;
  const candStarts = new Set(cands.map((c) => c.start));
  for (const g of goldStarts) if (!candStarts.has(g)) { missedNoCand++; if (examples.length < 8) examples.push(JSON.stringify(d.text.slice(g - 40, g)) + ' | ' + JSON.stringify(d.text.slice(g, g + 30))); }
  const picked = new Set(chosen);
  cands.forEach((c, i) => {
    const f = features[i];
    const pos = goldStarts.has(c.start);
    const ch = picked.has(i);
    add(`kind=${c.kind}`, pos, ch);
    for (const k of ['prevTerminal', 'prevTeaserEnd', 'prevDangling', 'prevHeadline', 'prevCaption', 'nextHeadline', 'nextCaption', 'nextKicker', 'nextDateline', 'nextLower', 'nextContinues', 'nextStopCap'] as const) if (f[k]) add(`${c.kind}:${k}`, pos, ch);
    if (!f.prevTerminal && f.prevWords >= 12) add(`${c.kind}:cut12`, pos, ch);
    const plain = !(f.prevTeaserEnd || f.prevHeadline || f.nextHeadline || f.nextKicker || f.prevCaption || f.nextCaption || (!f.prevTerminal && f.prevWords >= 12));
    if (plain) add(`${c.kind}:plain:cos<${[0.01, 0.02, 0.03, 0.05, 0.08, 0.15, 1].find((b) => f.cosine < b)}`, pos, ch);
    if (plain) add(`${c.kind}:plain:minWords>=${[0, 20, 40, 60, 80, 100].filter((b) => Math.min(f.prevWords, f.nextWords) >= b).pop()}`, pos, ch);
    if (plain) add(`${c.kind}:plain:names=${Math.min(3, f.sharedNames)}`, pos, ch);
    if (plain && f.cosine < 0.03) add(`${c.kind}:plain:cos<.03:names=${Math.min(3, f.sharedNames)}`, pos, ch);
    if (f.topicCut === 1) add(`${c.kind}:topicGain>=${[0, 2, 5, 10, 20, 40, 80].filter((b) => f.topicGain >= b).pop()}`, pos, ch);
    add(`${c.kind}:cos<${[0.02, 0.05, 0.1, 0.15, 0.25, 1].find((b) => f.cosine < b)}`, pos, ch);
    add(`${c.kind}:names=${Math.min(3, f.sharedNames)}`, pos, ch);
    add(`${c.kind}:score>${[-8, -4, -2, 0, 2, 4].filter((b) => scores[i] > b).pop() ?? -99}`, pos, ch);
  });
}
console.log(`gold boundaries ${goldBoundaries}, with no candidate at the exact start: ${missedNoCand}`);
for (const e of examples) console.log('  no cand: ' + e);
console.log('feature'.padEnd(34) + 'all'.padStart(8) + 'pos'.padStart(7) + ' P(pos)' + '  chosen' + '  ch.pos');
for (const [k, t] of [...tally].sort()) console.log(k.padEnd(34) + String(t.all).padStart(8) + String(t.pos).padStart(7) + (t.pos / t.all).toFixed(3).padStart(7) + String(t.chosenAll).padStart(8) + String(t.chosenPos).padStart(8));
