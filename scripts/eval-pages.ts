// `npx tsx scripts/eval-pages.ts [--no-build]`: the page side measured on real and synthetic pages.
// 1. pages-dev.jsonl through the reference page scorer (story F1 by layout, truncation accuracy);
// 2. the 94 Readability article pages: is the article kept as one story, token F1 of its clean_text;
// 3. the 56 listing pages: story count, share flagged cut, three sample titles;
// plus engine-free diagnostics of the extraction itself (all kept text vs the expected article).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { extractHtmlPage } from '../src/cli/html';
import { blockPriors } from '../src/core/text/hints';
import { SHARED_DIR } from './lib/shared-data';

const repoRoot = path.resolve(import.meta.dirname, '..');
const shared = SHARED_DIR;
const cli = path.join(repoRoot, 'dist/storysplit.mjs');
/** Readability's own test set mixes real captures with tiny synthetic cases; real pages are ≥ 8 KB. */
const REAL_PAGE_MIN_BYTES = 8 * 1024;
/** The article counts as not split when one story holds this share of the article words found. */
const NOT_SPLIT_SHARE = 0.9;

type Json = Record<string, any>;
const toks = (s: string) => s.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const bag = (a: string[]) => a.reduce((m, w) => m.set(w, (m.get(w) ?? 0) + 1), new Map<string, number>());
const inter = (A: Map<string, number>, B: Map<string, number>) => { let n = 0; for (const [w, c] of A) n += Math.min(c, B.get(w) ?? 0); return n; };
const size = (A: Map<string, number>) => { let n = 0; for (const c of A.values()) n += c; return n; };
const f1 = (tp: number, pred: number, gold: number) => (tp ? (2 * tp) / (pred + gold) : 0);
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function runCli(lines: Json[]): Map<string, Json> {
  const r = spawnSync('node', [cli, 'page', '--jsonl'], { input: lines.map((l) => JSON.stringify(l)).join('\n') + '\n', encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) process.stderr.write(r.stderr);
  const out = new Map<string, Json>();
  for (const l of r.stdout.split('\n').filter(Boolean)) { const d = JSON.parse(l); out.set(String(d.id), d); }
  return out;
}

function pagesDev(): void {
  const r = spawnSync('node', [path.join(shared, 'eval/score-pages.mjs'), cli, path.join(shared, 'eval/pages-dev.jsonl')], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const res = JSON.parse(r.stdout) as Json;
  console.log(`\n## pages-dev.jsonl (${res.pages} pages, ${res.ms} ms)\nlayout                  recall  prec    F1      trunc_acc  gold/pred`);
  for (const [k, v] of Object.entries(res)) if (typeof v === 'object') console.log(`${k.padEnd(24)}${String(v.recall).padEnd(8)}${String(v.precision).padEnd(8)}${String(v.f1).padEnd(8)}${String(v.trunc_acc).padEnd(11)}${v.gold}/${v.pred}`);
}

function readability(): void {
  const dir = path.join(shared, 'pages/readability');
  const names = readdirSync(dir).filter((n) => existsSync(path.join(dir, n, 'source.html')) && statSync(path.join(dir, n, 'source.html')).size >= REAL_PAGE_MIN_BYTES);
  const pages = names.map((n) => ({ id: n, html: readFileSync(path.join(dir, n, 'source.html'), 'utf8') }));
  const out = runCli(pages);
  const rows: { id: string; kept: number; f1: number; stories: number; extractF1: number; priorSplits: number }[] = [];
  for (const p of pages) {
    const { document } = parseHTML(readFileSync(path.join(dir, p.id, 'expected.html'), 'utf8'));
    const G = bag(toks(document.documentElement?.textContent ?? ''));
    const stories = ((out.get(p.id)?.stories ?? []) as Json[]).map((s) => bag(toks(s.clean_text ?? '')));
    const hits = stories.map((S) => inter(G, S));
    const best = hits.indexOf(Math.max(0, ...hits));
    const found = hits.reduce((a, b) => a + b, 0);
    const S = stories[best] ?? new Map();
    // engine-free: all kept blocks as one text, and where page structure alone would cut (prior > 0)
    const ex = extractHtmlPage(p.html).extraction;
    const all = bag(toks(ex.blocks.map((b) => b.text).join(' ')));
    const priorSplits = blockPriors(ex.blocks).filter((q, i) => i > 0 && q.startLogOdds > 0).length;
    rows.push({ id: p.id, kept: found ? (hits[best] ?? 0) / found : 0, f1: f1(inter(G, S), size(S), size(G)), stories: stories.length, extractF1: f1(inter(G, all), size(all), size(G)), priorSplits });
  }
  console.log(`\n## Readability article pages (${rows.length})`);
  console.log(`not split (one story holds ≥ ${NOT_SPLIT_SHARE * 100}% of the article words found): ${pct(mean(rows.map((r) => (r.kept >= NOT_SPLIT_SHARE ? 1 : 0))))}`);
  console.log(`token F1 of the main story's clean_text vs expected: mean ${mean(rows.map((r) => r.f1)).toFixed(3)}, median ${[...rows.map((r) => r.f1)].sort((a, b) => a - b)[rows.length >> 1].toFixed(3)}`);
  console.log(`engine-free: token F1 of all extracted text vs expected: mean ${mean(rows.map((r) => r.extractF1)).toFixed(3)}; pages where page structure alone suggests no cut: ${pct(mean(rows.map((r) => (r.priorSplits === 0 ? 1 : 0))))}`);
  console.log('worst pages (id, stories, kept share, F1, extraction F1, prior cuts):');
  for (const r of [...rows].sort((a, b) => a.f1 - b.f1).slice(0, 15)) console.log(`  ${r.id.padEnd(28)} ${String(r.stories).padStart(3)}  ${r.kept.toFixed(2)}  ${r.f1.toFixed(3)}  ${r.extractF1.toFixed(3)}  ${r.priorSplits}`);
}

function listing(): void {
  const dir = path.join(shared, 'pages/listing');
  const index = JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8')) as Json[];
  const out = runCli(index.map((e) => ({ id: e.file, html: readFileSync(path.join(dir, e.file), 'utf8') })));
  console.log(`\n## Listing pages (${index.length}): stories, share flagged cut, sample titles`);
  for (const e of index) {
    const st = (out.get(e.file)?.stories ?? []) as Json[];
    const cut = st.length ? st.filter((s) => s.truncated_end).length / st.length : 0;
    const pick = st.length <= 3 ? st : [st[0], st[st.length >> 1], st[st.length - 1]];
    console.log(`${String(st.length).padStart(4)}  ${pct(cut).padStart(6)}  ${e.file}\n        ${pick.map((s) => JSON.stringify(String(s.title).slice(0, 60))).join(' | ')}`);
  }
}

if (!process.argv.includes('--no-build') || !existsSync(cli)) execFileSync('npx', ['vite', 'build', '-c', 'vite.cli.config.ts', '--logLevel', 'warn'], { cwd: repoRoot, stdio: 'inherit' });
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
if (!only || only === 'dev') pagesDev();
if (!only || only === 'readability') readability();
if (!only || only === 'listing') listing();
