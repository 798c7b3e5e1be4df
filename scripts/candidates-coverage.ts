// How many gold story starts have a candidate boundary at exactly that offset: a boundary with no candidate can never
// be found, whatever the scoring. usage: tsx scripts/candidates-coverage.ts [GOLD.jsonl ...] [--every N] [--show K]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findCandidates } from '../src/core/boundaries/candidates';
import { stopwordsFor } from '../src/core/text/lang/stopwords';
import { resolveLanguage } from '../src/core/text/langdetect';
import { SHARED_DIR } from './lib/shared-data';

const args = process.argv.slice(2);
const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const files = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--')));
const sets = files.length ? files : ['train.jsonl', 'devwide.jsonl'].map((f) => path.join(SHARED_DIR, 'eval', f));
const every = Number(opt('--every') ?? 1);
const show = Number(opt('--show') ?? 0);
/** Show misses of this joiner only. */
const showJoiner = opt('--joiner');
/** The issue's target: a candidate at this share of gold boundaries or more. */
const TARGET = 0.995;

for (const file of sets) {
  const tally = new Map<string, { gold: number; covered: number; cands: number }>();
  const misses: string[] = [];
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  for (let n = 0; n < lines.length; n += every) {
    const d = JSON.parse(lines[n]) as { text: string; lang?: string; joiner?: string; stories: { start: number }[] };
    const lang = resolveLanguage(d.text, typeof d.lang === 'string' ? d.lang : undefined);
    const cands = findCandidates(d.text, stopwordsFor(lang));
    const starts = new Set(cands.map((c) => c.start));
    for (const key of ['ALL', `joiner=${d.joiner}`]) {
      const t = tally.get(key) ?? { gold: 0, covered: 0, cands: 0 };
      t.cands += cands.length;
      for (const s of d.stories.slice(1)) {
        t.gold++;
        if (starts.has(s.start)) t.covered++;
        else if (key === 'ALL' && misses.length < show && (!showJoiner || d.joiner === showJoiner)) misses.push(`${JSON.stringify(d.text.slice(Math.max(0, s.start - 40), s.start))} | ${JSON.stringify(d.text.slice(s.start, s.start + 30))}`);
      }
      tally.set(key, t);
    }
  }
  console.log(`\n${path.basename(file)}${every > 1 ? ` (every ${every}th document)` : ''}: candidates at gold boundaries (target ≥ ${(TARGET * 100).toFixed(1)}%)`);
  for (const [key, t] of [...tally].sort()) {
    console.log(`  ${key.padEnd(14)} ${(100 * t.covered / t.gold).toFixed(2).padStart(6)}%  of ${String(t.gold).padStart(6)} gold boundaries   ${(t.cands / Math.max(1, t.gold)).toFixed(1)} candidates per gold boundary`);
  }
  for (const m of misses) console.log('    missed: ' + m);
}
