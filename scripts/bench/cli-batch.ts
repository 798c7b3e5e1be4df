// The command line as a batch user runs it: the dev texts through `storysplit segment --jsonl`, whole process,
// on one thread and on every core. Wall times are reported, never gated (a busy machine can't be told from a slow
// one); the two outputs must be the same bytes, which no load can fake.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { median } from './stats';

/** Runs of each, in turns (one thread, all cores, one thread, …), so load during the bench touches both alike. */
const RUNS = 3;

export function cliBatch(texts: string[], root: string, failures: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'storysplit-bench-'));
  const input = join(dir, 'batch.jsonl');
  writeFileSync(input, texts.map((text, i) => JSON.stringify({ id: i, text })).join('\n') + '\n');
  const cli = resolve(root, 'dist/storysplit.mjs');
  const run = (jobs: string[]) => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [cli, 'segment', '--jsonl', ...jobs, input], { encoding: 'utf8', maxBuffer: 1 << 30 });
    if (r.status !== 0) failures.push(`cli batch ${jobs.join(' ') || '(default jobs)'}: exit ${r.status}: ${r.stderr.trim()}`);
    return { ms: performance.now() - t0, out: r.stdout };
  };
  const one: number[] = [], all: number[] = [];
  let same = true;
  try {
    for (let i = 0; i < RUNS; i++) {
      const a = run(['--jobs', '1']);
      const b = run([]);
      one.push(a.ms);
      all.push(b.ms);
      same &&= a.out === b.out;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (!same) failures.push('cli batch: the answers on every core differ from the answers on one thread');
  return { docs: texts.length, cores: availableParallelism(), oneThreadMs: median(one), allCoresMs: median(all), sameOutput: same, runs: RUNS };
}
