// Engine speed: throughput over the dev set (or the bundled fixtures), and time against input size.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { segment } from '@core/index';
import { median, timeRuns } from './stats';

/** Warm-up runs before any timing, so the JIT has settled. */
const WARMUP_RUNS = 2;
/** Timed runs per size; the median is reported. */
export const TIMED_RUNS = 7;
/** The whole dev set is one run's worth of work, so fewer runs settle it: warm-ups, then timed runs. */
const THROUGHPUT_WARMUP_RUNS = 1;
const THROUGHPUT_TIMED_RUNS = 3;
/**
 * Each timed sample segments about this many copies of the listing page (small inputs are repeated), so a
 * 1× sample lasts as long as a 256× one: a millisecond-long run alone is mostly timer noise and GC luck.
 */
export const COPIES_PER_SAMPLE = 256;
export const SCALE_STEPS = [1, 4, 16, 64, 256];
/**
 * Each 4× step of input fails the bench above this much more time: half way (geometrically) between linear (4×)
 * and quadratic (16×). 4.6 failed once on a busy machine (4.69×) with nothing quadratic; load can't reach 8.
 */
export const MAX_GROWTH_PER_4X = 8;

export function devTexts(shared: string | null, fixtures: string): { texts: string[]; source: string } {
  const dev = shared ? resolve(shared, 'eval/dev.jsonl') : null;
  if (dev && existsSync(dev)) {
    const texts = readFileSync(dev, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text as string);
    return { texts, source: 'shared/eval/dev.jsonl' };
  }
  const texts: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = resolve(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.txt')) texts.push(readFileSync(p, 'utf8'));
    }
  };
  walk(fixtures);
  return { texts, source: 'test/fixtures (*.txt)' };
}

export function throughput(texts: string[]) {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const run = () => { for (const t of texts) segment(t); };
  const ms = timeRuns(run, THROUGHPUT_WARMUP_RUNS, THROUGHPUT_TIMED_RUNS);
  const med = median(ms);
  return { docs: texts.length, mb: bytes / 1e6, medianMs: med, mbPerS: bytes / 1e6 / (med / 1000), runs: ms.length };
}

/**
 * Time per input size. The sizes are timed in turns (round 1 of every size, then round 2 …), so a change in
 * the machine's load during the bench touches every size alike and the growth ratios stay honest.
 */
export function scaling(listingText: string) {
  const sizes = SCALE_STEPS.map((factor) => {
    const text = Array.from({ length: factor }, () => listingText).join('\n');
    const reps = Math.max(1, Math.round(COPIES_PER_SAMPLE / factor));
    return { factor, text, reps, sample: () => { for (let i = 0; i < reps; i++) segment(text); }, times: [] as number[] };
  });
  for (const s of sizes) timeRuns(s.sample, WARMUP_RUNS, 0);
  for (let round = 0; round < TIMED_RUNS; round++) for (const s of sizes) s.times.push(...timeRuns(s.sample, 0, 1));
  const rows: { factor: number; chars: number; medianMs: number; growth: number | null; reps: number }[] = [];
  for (const s of sizes) {
    const med = median(s.times) / s.reps;
    const prev = rows.at(-1);
    rows.push({ factor: s.factor, chars: s.text.length, medianMs: med, growth: prev ? med / Math.max(prev.medianMs, 0.001) : null, reps: s.reps });
  }
  return rows;
}
