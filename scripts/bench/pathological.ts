// Issue 16: the inputs that once took time growing with the square of their size, each timed next to news text of
// the same size at three sizes a doubling apart. What the bench gates on is what a loaded machine can't fake: the
// growth per doubling (linear doubles, quadratic quadruples). Times and the ratio to news are reported, never gated.
import { segment } from '@core/index';
import { segmentHtml } from '../../src/cli/page';
import { median } from './stats';

/** Sizes in characters of input, each twice the one before. */
export const PATHOLOGICAL_SIZES = [32_000, 64_000, 128_000];
/** Shown as met (✓) at or under this growth per doubling: linear with some slack. */
export const TARGET_GROWTH_PER_DOUBLING = 2.2;
/** Fails the bench above this: half way (geometrically) between linear (2×) and quadratic (4×), so load can't reach it. */
export const MAX_GROWTH_PER_DOUBLING = 2.83;
/** Timed runs per size (median), interleaved across sizes so a change of load touches every size alike. */
const RUNS = 3;

const fill = (unit: string, n: number) => unit.repeat(Math.max(1, Math.ceil(n / unit.length))).slice(0, n);

interface Family {
  name: string;
  /** 'text' goes to segment(); 'page' to the CLI's page path (markup pass, linkedom, extraction, segment). */
  kind: 'text' | 'page';
  make: (n: number) => string;
  /** Figure from the issue, before the fix. */
  before: string;
}

export const FAMILIES: Family[] = [
  { name: "'A' + spaces + 'b.'", kind: 'text', make: (n) => 'A' + ' '.repeat(n) + 'b.', before: '23 s at 16K' },
  { name: 'headline, city, spaces', kind: 'text', make: (n) => 'Big headline here\nLONDON' + ' '.repeat(n) + 'x', before: 'as above' },
  { name: "'a\\r\\n\\t' repeated", kind: 'text', make: (n) => fill('a\r\n\t', n), before: '24 s for 1 MB' },
  { name: "'a\\n' repeated", kind: 'text', make: (n) => fill('a\n', n), before: '20 s at 250K' },
  { name: "' …' repeated", kind: 'text', make: (n) => 'Headline\nLONDON' + fill(' …', n), before: '9.9 s at 32K, ×3.7 per doubling' },
  { name: "'. ' repeated", kind: 'text', make: (n) => 'Headline\nLONDON ' + fill('. ', n), before: '9 s at 128K, ×3.8 per doubling' },
  { name: 'Thai, no space', kind: 'text', make: (n) => fill('รัฐบาลไทยประกาศมาตรการใหม่เพื่อช่วยเหลือเกษตรกรในภาคเหนือ', n), before: 'cut into windows' },
  { name: '<li>a</li> page', kind: 'page', make: (n) => '<ul>' + fill('<li>a</li>', n) + '</ul>', before: '36 s at 160K items' },
  { name: 'nested <div>', kind: 'page', make: (n) => fill('<div>', n) + 'Text at the bottom.', before: '8-11 s at 100K' },
  { name: '<p><b><i><a> unclosed', kind: 'page', make: (n) => fill('<p><b><i><a>', n) + 'Text at the bottom.', before: '55 s at 100K' },
  { name: 'word<br> in one <p>', kind: 'page', make: (n) => '<p>' + fill('word<br>', n) + '</p>', before: 'minutes at 200K <br>' },
  { name: 'class of many tokens', kind: 'page', make: (n) => `<p class="${fill('c1234 ', n)}">A story.</p>`, before: 'stack overflow at 150K tokens' },
];

export interface PathologicalRow {
  name: string;
  before: string;
  /** ms per run (each sample repeats the run `reps` times, so it lasts long enough to time). */
  sizes: { chars: number; ms: number; newsMs: number; ratio: number }[];
  reps: number;
  /** Growth per doubling of the time, over the whole span. */
  growth: number;
  /** Growth per doubling of the ratio to news: above 1 when the family grows faster than news text does. */
  ratioGrowth: number;
}

/** A run this short at the largest size says nothing about growth. */
const NOISE_MS = 5;
/** A sample lasts at least this long: shorter ones are mostly timer noise and GC luck. */
const MIN_SAMPLE_MS = 60;
/** Growth of the ratio to news per doubling that, with time growth past MAX_GROWTH_PER_DOUBLING, marks a quadratic
 * path (it gives 2: the family doubles its share); load slows family and news alike, so the ratio holds at 1. */
const MAX_RATIO_GROWTH = Math.SQRT2;

/** News text of about `n` characters: the seed listing repeated. */
const newsOf = (listing: string, n: number) => fill(listing + '\n', n);
/** News as a page: the same text, a <p> per line. */
const newsPageOf = (listing: string, n: number) => '<main>' + newsOf(listing, n).split('\n').map((l) => `<p>${l.replace(/</g, '&lt;')}</p>`).join('') + '</main>';

function timeReps(f: () => unknown, reps: number): number {
  const t0 = performance.now();
  for (let i = 0; i < reps; i++) f();
  return (performance.now() - t0) / reps;
}

export function pathological(listing: string, failures: string[]): PathologicalRow[] {
  const rows: PathologicalRow[] = [];
  for (const fam of FAMILIES) {
    const run = (input: string) => (fam.kind === 'text' ? segment(input) : segmentHtml(input));
    const inputs = PATHOLOGICAL_SIZES.map((n) => ({ n, fam: fam.make(n), news: fam.kind === 'text' ? newsOf(listing, n) : newsPageOf(listing, n), t: [] as number[], tn: [] as number[] }));
    // Warm-up, which also sets how many runs make one sample of the smallest (and fastest) input long enough.
    const warm = Math.min(timeReps(() => run(inputs[0].fam), 1), timeReps(() => run(inputs[0].news), 1));
    const reps = Math.min(50, Math.max(1, Math.ceil(MIN_SAMPLE_MS / Math.max(0.05, warm))));
    for (let r = 0; r < RUNS; r++) for (const i of inputs) { i.t.push(timeReps(() => run(i.fam), reps)); i.tn.push(timeReps(() => run(i.news), reps)); }
    const sizes = inputs.map((i) => ({ chars: i.fam.length, ms: median(i.t), newsMs: median(i.tn), ratio: median(i.t) / Math.max(0.001, median(i.tn)) }));
    // Per doubling over the whole span (the geometric mean of the steps), so one noisy step can't decide alone;
    // a run under NOISE_MS at the largest size is timer noise, not growth.
    const first = sizes[0], last = sizes[sizes.length - 1], doublings = sizes.length - 1;
    const quiet = last.ms < NOISE_MS;
    const growth = quiet ? 1 : (last.ms / Math.max(0.001, first.ms)) ** (1 / doublings);
    const ratioGrowth = quiet ? 1 : (last.ratio / Math.max(0.001, first.ratio)) ** (1 / doublings);
    rows.push({ name: fam.name, before: fam.before, sizes, reps, growth, ratioGrowth });
    if (growth > MAX_GROWTH_PER_DOUBLING && ratioGrowth > MAX_RATIO_GROWTH) failures.push(`pathological "${fam.name}": ${growth.toFixed(2)}× per doubling, ${ratioGrowth.toFixed(2)}× faster than news text (limits ${MAX_GROWTH_PER_DOUBLING}, ${MAX_RATIO_GROWTH.toFixed(2)}: not linear)`);
  }
  return rows;
}

export function printPathological(rows: PathologicalRow[]): void {
  console.log(`\nInputs that were quadratic (issue 16), next to news text of the same size (ms per run, median of ${RUNS} samples):`);
  console.log(`  ${'family'.padEnd(26)}${PATHOLOGICAL_SIZES.map((n) => `${n / 1000}K: ms (×news)`.padStart(19)).join('')}   per doubling: time, ×news   before the fix`);
  for (const r of rows) {
    const cells = r.sizes.map((s) => `${s.ms < 10 ? s.ms.toFixed(1) : s.ms.toFixed(0)} (×${s.ratio.toFixed(1)})`.padStart(19)).join('');
    const mark = r.growth <= TARGET_GROWTH_PER_DOUBLING || r.ratioGrowth <= 1.1 ? '✓' : r.growth <= MAX_GROWTH_PER_DOUBLING || r.ratioGrowth <= MAX_RATIO_GROWTH ? '~' : '✗';
    console.log(`  ${r.name.padEnd(26)}${cells}   ${r.growth.toFixed(2)}×, ${r.ratioGrowth.toFixed(2)}× ${mark}          ${r.before}`);
  }
  console.log(`  (✓: ≤ ${TARGET_GROWTH_PER_DOUBLING}× per doubling, or no faster than news; fails only past ${MAX_GROWTH_PER_DOUBLING}× AND ${MAX_RATIO_GROWTH.toFixed(2)}× faster than news, which load can't fake)`);
}
