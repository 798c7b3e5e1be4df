// `npm run bench`: speed and size in one run, printed as a table and written to bench/results.json.
// The bench fails only on what a busy or slow machine can't fake: bundle sizes, ratios to a peer measured in the
// same run, and growth far past linear. Absolute times are reported, never gated.
// `npm run bench -- --pathological` runs only the table of inputs that were quadratic (issue 16).
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { bundleSizes } from './bench/bundles';
import { cliBatch } from './bench/cli-batch';
import { peakMemory } from './bench/memory';
import { COPIES_PER_SAMPLE, devTexts, MAX_GROWTH_PER_4X, scaling, SCALE_STEPS, throughput, TIMED_RUNS } from './bench/segmentation';
import { browserBench } from './bench/browser';
import { PAGE_BYTES } from './bench/huge';
import { pathological, printPathological } from './bench/pathological';
import { SHARED_DIR } from './lib/shared-data';

const ROOT = resolve(import.meta.dirname, '..');
const shared = existsSync(resolve(SHARED_DIR, 'eval')) ? SHARED_DIR : null;
const failures: string[] = [];
const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version };

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

const listingText = readFileSync(resolve(ROOT, 'test/fixtures/seed/concatenated-news.txt'), 'utf8');
if (process.argv.includes('--pathological')) {
  const rows = pathological(listingText, failures);
  printPathological(rows);
  if (failures.length) { console.error(`\nBENCH FAILED:\n${failures.map((f) => `  ✗ ${f}`).join('\n')}`); process.exitCode = 1; }
  process.exit();
}

// 1. The engine.
const { texts, source } = devTexts(shared, resolve(ROOT, 'test/fixtures'));
const tp = throughput(texts);
results.throughput = { source, ...tp };
console.log(`\nSegmentation throughput over ${source}: ${tp.docs} docs, ${tp.mb.toFixed(2)} MB in ${tp.medianMs.toFixed(0)} ms (median of ${tp.runs}) = ${tp.mbPerS.toFixed(2)} MB/s`);

const listing = readFileSync(resolve(ROOT, 'test/fixtures/seed/concatenated-news.txt'), 'utf8');
const scale = scaling(listing);
results.scaling = scale;
console.log(`\nTime against input size (1× = the seed listing page, ${listing.length} chars):`);
console.log(`  size   chars        median ms   growth per 4×   (median of ${TIMED_RUNS} samples, each repeating the input to ${COPIES_PER_SAMPLE}× the page)`);
for (const r of scale) {
  const bad = r.growth != null && r.growth > MAX_GROWTH_PER_4X;
  if (bad) failures.push(`scaling: ${r.factor}× grew ${r.growth!.toFixed(2)}× over the previous step (limit ${MAX_GROWTH_PER_4X})`);
  console.log(`  ${String(r.factor).padStart(4)}×  ${String(r.chars).padStart(10)}  ${r.medianMs.toFixed(1).padStart(11)}   ${r.growth == null ? '—' : r.growth.toFixed(2) + '×'}${bad ? '  ✗ over budget' : ''}`);
}
const patho = pathological(listing, failures);
results.pathological = patho;
printPathological(patho);

const largest = Array.from({ length: SCALE_STEPS.at(-1)! }, () => listing).join('\n');
const mem = peakMemory(largest, ROOT);
results.memory = { chars: largest.length, ...mem };
console.log(`  peak memory at ${SCALE_STEPS.at(-1)}× (${(largest.length / 1e6).toFixed(2)} MB): max RSS ${mem.maxRssMB.toFixed(0)} MB, heap ${mem.heapUsedMB.toFixed(0)} MB`);

const huge = Array.from({ length: Math.ceil(PAGE_BYTES / listing.length) }, () => listing).join('\n');
const hugeRun = peakMemory(huge, ROOT);
results.hugeText = { chars: huge.length, ...hugeRun };
console.log(`  a ${(PAGE_BYTES / 2 ** 20).toFixed(0)} MB text: ${(hugeRun.ms / 1000).toFixed(1)} s (${(huge.length / 1e6 / (hugeRun.ms / 1000)).toFixed(2)} MB/s), max RSS ${hugeRun.maxRssMB.toFixed(0)} MB`);

// 2. Bundle sizes.
execSync('npm run build', { cwd: ROOT, stdio: 'ignore' });
const bundles = bundleSizes(resolve(ROOT, 'dist'));
results.bundles = bundles;
console.log('\nBundle sizes (minified / gzipped, with every chunk each part loads):');
for (const b of bundles) {
  if (!b.ok) failures.push(`bundle ${b.name}: ${kb(b.minBytes)} minified is over its ${kb(b.budget!)} budget`);
  console.log(`  ${b.name.padEnd(8)} ${kb(b.minBytes).padStart(9)} / ${kb(b.gzipBytes).padStart(8)}   budget ${b.budget ? kb(b.budget) : '—'}${b.ok ? '' : '  ✗ OVER BUDGET'}`);
}

// 3. The command line, batch: the same texts, whole process, on one thread and on every core.
const batch = cliBatch(texts, ROOT, failures);
results.cliBatch = batch;
console.log(`\nCommand line batch (${batch.docs} docs of ${source}, whole process, median of ${batch.runs}): one thread ${(batch.oneThreadMs / 1000).toFixed(2)} s, ${batch.cores} cores ${(batch.allCoresMs / 1000).toFixed(2)} s (${(batch.allCoresMs / batch.oneThreadMs).toFixed(2)}×)${batch.sameOutput ? ', same answers' : '  ✗ answers differ'}`);

// 4. In the browser: cost in the page against Readability, popup latency, idle cost.
results.browser = await browserBench({ root: ROOT, shared, failures });

mkdirSync(resolve(ROOT, 'bench'), { recursive: true });
writeFileSync(resolve(ROOT, 'bench/results.json'), JSON.stringify({ ...results, failures }, null, 2) + '\n');
console.log(`\nwrote bench/results.json`);
if (failures.length) {
  console.error(`\nBENCH FAILED:\n${failures.map((f) => `  ✗ ${f}`).join('\n')}`);
  process.exitCode = 1;
}
