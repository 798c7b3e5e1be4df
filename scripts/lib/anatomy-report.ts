// The story-anatomy report (issue 4): flags, cleaning, kicker and deck on the gold spans of dev and devwide, the seed's
// checks, and the Golden Rules. Printed by `npm run eval` and by scripts/eval-anatomy.ts.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describeStories } from '../../src/core/anatomy/describe';
import { splitSentences } from '../../src/core/text/sentences';
import { anatomyMetrics, seedChecks } from './anatomy-metrics';
import { readJsonl } from './shared-data';

const pct = (a: number, b: number) => (b ? (100 * a) / b : 0).toFixed(2) + '%';

/** The sets the anatomy figures are printed for: dev (mostly one publisher) and devwide (publishers never tuned on). */
const GOLD_SETS = ['dev', 'devwide'];

function printGoldSet(shared: string, name: string): void {
  const docs = readJsonl(path.join(shared, `eval/${name}.jsonl`));
  const t0 = performance.now();
  const m = anatomyMetrics(docs);
  const seconds = (performance.now() - t0) / 1000;
  console.log(`${name} (gold spans): ${docs.length} documents, ${m.stories} stories, ${seconds.toFixed(1)} s`);
  console.log(`  trunc_mid_f1        ${m.trunc_mid_f1.toFixed(4)}   (flags alone; the end-to-end target is ≥ 0.97)`);
  console.log(`  trunc_any_f1        ${m.trunc_any_f1.toFixed(4)}`);
  console.log(`  trunc_start_f1      ${m.trunc_start_f1.toFixed(4)}`);
  console.log(`  noise removed       ${pct(m.noise_removed, m.noise_lines)} of ${m.noise_lines}   (target ≥ 95%)`);
  console.log(`  body words kept     ${pct(m.body_words_kept, m.body_words)} of ${m.body_words}   (target ≥ 99.5%)`);
  console.log(`  kicker+deck found   ${pct(m.kicker_and_deck_found, m.kicker_stories)} of ${m.kicker_stories}   (target ≥ 90%; kicker exact ${pct(m.kicker_found, m.kicker_stories)}, deck exact ${pct(m.deck_exact, m.kicker_stories)})`);
  console.log(`  headline exact      ${pct(m.headline_exact, m.headline_stories)} of ${m.headline_stories}`);
}

export function printAnatomyReport(shared: string, repoRoot: string): void {
  for (const name of GOLD_SETS) if (existsSync(path.join(shared, `eval/${name}.jsonl`))) printGoldSet(shared, name);

  const seedText = readFileSync(path.join(shared, 'seed/concatenated-news.txt'), 'utf8');
  const seed = readJsonl(path.join(shared, 'seed/concatenated-news.gold.jsonl'))[0];
  const an = describeStories({ text: seedText, spans: seed.stories, lang: 'en' });
  console.log('seed:');
  for (const c of seedChecks(seed, an)) console.log(`  ${c.ok ? 'ok  ' : 'FAIL'} ${c.name}`);

  const rules = JSON.parse(readFileSync(path.join(repoRoot, 'test/fixtures/golden-rules/en.json'), 'utf8')) as { cases: { id: number; text: string; expected: string[]; options?: object }[] };
  const failing = rules.cases.filter((c) => {
    const got = splitSentences(c.text, { lang: 'en', ...c.options }).map((s) => c.text.slice(s.start, s.end).replace(/\s+/g, ' '));
    return JSON.stringify(got) !== JSON.stringify(c.expected);
  });
  console.log(`golden rules: ${rules.cases.length - failing.length}/${rules.cases.length}${failing.length ? ` (failing: ${failing.map((c) => `#${c.id}`).join(', ')})` : ''}`);
}
