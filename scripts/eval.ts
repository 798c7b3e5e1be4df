// `npm run eval`: scores the engine on the shared dev set, on devwide (publishers never tuned on), the Choi
// benchmark and the seed, beside two trivial baselines, and checks that our metrics agree with the reference
// scorer (../shared/eval/score.mjs). `npm run eval -- --check` then holds every group to the committed baseline
// (bench/eval-baseline.json, see lib/gate.ts); `-- --update-baseline` rewrites it after a change you mean to keep.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { segment } from '../src/core/index';
import { score, type GoldDoc, type PredDoc, type Scores } from './lib/metrics';
import { printAnatomyReport } from './lib/anatomy-report';
import { anatomyMetrics } from './lib/anatomy-metrics';
import { checkGate, gateEntries, type GateEntries } from './lib/gate';
import { readJsonl, SHARED_DIR } from './lib/shared-data';

const repoRoot = path.resolve(import.meta.dirname, '..');
const shared = SHARED_DIR;
const COLUMNS: (keyof Scores)[] = ['docs', 'pk', 'windowdiff', 'boundary_f1', 'boundary_f1_tol3', 'story_count_exact', 'trunc_mid_f1', 'trunc_any_f1', 'trunc_start_f1'];
const SHORT: Record<string, string> = { docs: 'docs', pk: 'Pk', windowdiff: 'WD', boundary_f1: 'F1', boundary_f1_tol3: 'F1@3', story_count_exact: 'count=', trunc_mid_f1: 'tMid', trunc_any_f1: 'tAny', trunc_start_f1: 'tStart' };


function predict(docs: readonly GoldDoc[]): { preds: Map<string, PredDoc>; seconds: number; bytes: number } {
  const preds = new Map<string, PredDoc>();
  let bytes = 0;
  const t0 = performance.now();
  for (const d of docs) {
    bytes += Buffer.byteLength(d.text);
    // As the CLI does: the line's "lang" goes in as a hint (fundus gives country codes; the engine checks hints).
    const lang = typeof d.lang === 'string' ? d.lang : undefined;
    const r = segment(d.text, lang ? { lang } : {});
    preds.set(String(d.id), { id: d.id, stories: r.stories.map((s) => ({ start: s.start, end: s.end, truncated_end: s.truncated_end, truncated_start: s.truncated_start })) });
  }
  return { preds, seconds: (performance.now() - t0) / 1000, bytes };
}

function wholeDoc(docs: readonly GoldDoc[]): Map<string, PredDoc> {
  return new Map(docs.map((d) => [String(d.id), { id: d.id, stories: [{ start: 0, end: d.text.length }] }]));
}

/** Baseline: every line break starts a story; a line ending without . ! ? is flagged as cut. */
function everyLine(docs: readonly GoldDoc[]): Map<string, PredDoc> {
  return new Map(docs.map((d) => {
    const stories = [...d.text.matchAll(/[^\n]+/g)].filter((m) => m[0].trim()).map((m) => ({
      start: m.index, end: m.index + m[0].length, truncated_end: !/[.!?]\s*$/.test(m[0]), truncated_start: false,
    }));
    return [String(d.id), { id: d.id, stories }];
  }));
}

function table(title: string, rows: [string, Scores | undefined][]): void {
  console.log(`\n${title}`);
  console.log('  ' + ''.padEnd(26) + COLUMNS.map((c) => SHORT[c].padStart(7)).join(''));
  for (const [name, s] of rows) {
    if (!s) continue;
    console.log('  ' + name.padEnd(26) + COLUMNS.map((c) => (c === 'docs' ? String(s[c]) : s[c].toFixed(3)).padStart(7)).join(''));
  }
}

function groupRows(scores: Map<string, Scores>, field: string): [string, Scores | undefined][] {
  return [...scores.keys()].filter((k) => k.startsWith(`${field}=`)).sort().map((k) => [k, scores.get(k)]);
}

function checkAgainstReference(gold: string, preds: Map<string, PredDoc>, ours: Map<string, Scores>): void {
  const scorer = path.join(shared, 'eval/score.mjs');
  const dir = mkdtempSync(path.join(tmpdir(), 'storysplit-eval-'));
  const predPath = path.join(dir, 'pred.jsonl');
  writeFileSync(predPath, [...preds.values()].map((p) => JSON.stringify(p)).join('\n') + '\n');
  const ref = JSON.parse(execFileSync('node', [scorer, gold, predPath, '--by', 'joiner', '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 })) as Record<string, Scores>;
  const diffs: string[] = [];
  for (const [key, r] of Object.entries(ref)) {
    const o = ours.get(key);
    for (const [m, v] of Object.entries(r)) if (!o || o[m as keyof Scores] !== v) diffs.push(`${key}.${m}: ours ${o?.[m as keyof Scores]} vs score.mjs ${v}`);
  }
  console.log(diffs.length ? `\nMISMATCH with score.mjs (${diffs.length}):\n  ${diffs.slice(0, 12).join('\n  ')}` : `\nscore.mjs agrees: all ${Object.keys(ref).length} groups (ALL and by joiner) match exactly (${predPath})`);
}

function main(): void {
  const gate: GateEntries = {};
  const devPath = path.join(shared, 'eval/dev.jsonl');
  if (!existsSync(devPath)) {
    console.log(`No evaluation data at ${shared}. Point STORYSPLIT_SHARED at the folder holding eval/dev.jsonl.`);
    return;
  }
  const dev = readJsonl(devPath);
  const { preds, seconds, bytes } = predict(dev);
  const ours = score(dev, preds, ['joiner', 'layout', 'source', 'lang', 'same_topic']);
  const base1 = score(dev, wholeDoc(dev), ['joiner']);
  const base2 = score(dev, everyLine(dev), ['joiner']);
  table('DEV: ours beside the baselines', [
    ['ours ALL', ours.get('ALL')], ['one story per doc', base1.get('ALL')], ['every line a story', base2.get('ALL')],
  ]);
  table('DEV by joiner (ours | one-story | every-line)', (['nl', 'blank', 'flat', 'glued'] as const).flatMap((j): [string, Scores | undefined][] => [
    [`joiner=${j}`, ours.get(`joiner=${j}`)], [`  one story`, base1.get(`joiner=${j}`)], [`  every line`, base2.get(`joiner=${j}`)],
  ]));
  table('DEV by layout', groupRows(ours, 'layout'));
  table('DEV by source', groupRows(ours, 'source'));
  table('DEV by same_topic', groupRows(ours, 'same_topic'));
  const langs = groupRows(ours, 'lang').filter(([, s]) => s && s.docs >= 5);
  console.log('\nDEV by lang field (>= 5 docs), Pk/F1: ' + langs.map(([k, s]) => `${k.slice(5)} ${s!.pk.toFixed(3)}/${s!.boundary_f1.toFixed(2)}`).join('  '));
  const single = ours.get('layout=single');
  console.log(`single-story docs left whole: ${single ? (single.story_count_exact * 100).toFixed(1) : '-'}%`);
  const nlBlank = dev.filter((d) => d.joiner === 'nl' || d.joiner === 'blank');
  const flatGlued = dev.filter((d) => d.joiner === 'flat' || d.joiner === 'glued');
  console.log(`nl+blank Pk ${score(nlBlank, preds).get('ALL')!.pk.toFixed(4)}   flat+glued Pk ${score(flatGlued, preds).get('ALL')!.pk.toFixed(4)}`);
  console.log(`throughput: ${(bytes / 1e6).toFixed(2)} MB in ${seconds.toFixed(2)} s = ${(bytes / 1e6 / seconds).toFixed(2)} MB/s (in-process)`);
  checkAgainstReference(devPath, preds, ours);
  Object.assign(gate, gateEntries('dev', ours));
  devwideReport(gate);
  const all = ours.get('ALL')!;
  console.log('\nISSUE 4 truncation targets, end to end (dev, counted as score.mjs counts them):');
  for (const [name, value, target] of [['trunc_mid_f1', all.trunc_mid_f1, 0.97], ['trunc_any_f1', all.trunc_any_f1, 0.85], ['trunc_start_f1', all.trunc_start_f1, 0.8]] as const) {
    console.log(`  ${name.padEnd(16)}${value.toFixed(4)}   (target ≥ ${target.toFixed(2)})   ${value >= target ? 'ok' : 'SHORT'}`);
  }

  const choiPath = path.join(shared, 'eval/choi.jsonl');
  if (existsSync(choiPath)) {
    const choi = readJsonl(choiPath);
    const cp = predict(choi);
    const cs = score(choi, cp.preds, ['set']);
    const cb = score(choi, wholeDoc(choi), ['set']);
    table('CHOI by set (C99 published Pk 0.13 on 3-11)', [['ours ALL', cs.get('ALL')], ['one story per doc', cb.get('ALL')], ...groupRows(cs, 'set')]);
    const all311 = choi.filter((d) => String(d.set).endsWith('/3-11'));
    const choi311 = score(all311, cp.preds).get('ALL')!;
    console.log(`Choi 3-11 (all ${all311.length} docs): Pk ${choi311.pk.toFixed(4)}`);
    Object.assign(gate, gateEntries('choi', new Map([['3-11', choi311]])));
  }
  const seedPath = path.join(shared, 'seed/concatenated-news.gold.jsonl');
  if (existsSync(seedPath)) {
    const seed = readJsonl(seedPath);
    const sp = predict(seed);
    const ss = score(seed, sp.preds);
    for (const d of seed) console.log(`\nSEED ${d.id}: ${sp.preds.get(String(d.id))!.stories.length} stories (gold ${d.stories.length})`);
    table('SEED', [['ours', ss.get('ALL')]]);
    Object.assign(gate, gateEntries('seed', ss));
  }
  console.log('\nANATOMY on the gold spans (issue 4: flags, cleaning and heads on the true story spans; the truncation targets are end to end, above)');
  printAnatomyReport(shared, repoRoot);
  for (const [name, docs] of [['dev', dev], ['devwide', readDevwide()]] as const) {
    if (!docs.length) continue;
    const m = anatomyMetrics(docs);
    gate[`${name}.anatomy.noise_removed`] = m.noise_lines ? m.noise_removed / m.noise_lines : 1;
    gate[`${name}.anatomy.body_words_kept`] = m.body_words ? m.body_words_kept / m.body_words : 1;
    gate[`${name}.anatomy.trunc_start_f1`] = m.trunc_start_f1;
  }
  if (!checkGate(gate, repoRoot, process.argv.slice(2))) process.exitCode = 1;
}

function readDevwide(): GoldDoc[] {
  const p = path.join(shared, 'eval/devwide.jsonl');
  return existsSync(p) ? readJsonl(p) : [];
}

/** devwide.jsonl: publishers the engine was never tuned on, the honest check. */
function devwideReport(gate: GateEntries): void {
  const docs = readDevwide();
  if (!docs.length) return;
  const { preds, seconds, bytes } = predict(docs);
  const s = score(docs, preds, ['joiner', 'layout', 'lang']);
  table('DEVWIDE (publishers never tuned on): ALL, by joiner and layout', [['ours ALL', s.get('ALL')], ...groupRows(s, 'joiner'), ...groupRows(s, 'layout')]);
  const langs = groupRows(s, 'lang').filter(([, x]) => x && x.docs >= 5);
  console.log('DEVWIDE by lang (>= 5 docs), Pk/F1: ' + langs.map(([k, x]) => `${k.slice(5)} ${x!.pk.toFixed(3)}/${x!.boundary_f1.toFixed(2)}`).join('  '));
  const flatGlued = docs.filter((d) => d.joiner === 'flat' || d.joiner === 'glued');
  console.log(`devwide single stories left whole: ${((s.get('layout=single')?.story_count_exact ?? 0) * 100).toFixed(1)}%   flat+glued Pk ${score(flatGlued, preds).get('ALL')!.pk.toFixed(4)}`);
  console.log(`devwide throughput: ${(bytes / 1e6).toFixed(2)} MB in ${seconds.toFixed(2)} s = ${(bytes / 1e6 / seconds).toFixed(2)} MB/s (in-process)`);
  Object.assign(gate, gateEntries('devwide', s));
}

main();
