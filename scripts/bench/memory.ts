// Peak memory of one segmentation of a large input, measured in a child process of its own so
// the numbers are not mixed with the rest of the bench.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';

export function peakMemory(text: string, root: string): { maxRssMB: number; heapUsedMB: number; ms: number } {
  const file = resolve(tmpdir(), `storysplit-bench-${process.pid}.txt`);
  writeFileSync(file, text);
  const code = `
    import { readFileSync } from 'node:fs';
    const { segment } = await import(${JSON.stringify(resolve(root, 'src/core/index.ts'))});
    const text = readFileSync(${JSON.stringify(file)}, 'utf8');
    const t0 = performance.now();
    const r = segment(text);
    const ms = performance.now() - t0;
    const heapUsedMB = process.memoryUsage().heapUsed / 2 ** 20;
    console.log(JSON.stringify({ maxRssMB: process.resourceUsage().maxRSS / 1024, heapUsedMB, ms, stories: r.stories.length }));
  `;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`memory probe failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!);
}
