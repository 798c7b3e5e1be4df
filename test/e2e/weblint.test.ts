// The built dist passes Mozilla's add-on linter with no errors (the one manifest serves both browsers).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { DIST, ROOT } from './support/extension';

it('web-ext lint reports 0 errors on dist', () => {
  const bin = resolve(ROOT, 'node_modules/.bin/web-ext');
  const r = spawnSync(bin, ['lint', '--source-dir', DIST, '--output', 'json', '--no-config-discovery'], { encoding: 'utf8', timeout: 60_000 });
  const report = JSON.parse(r.stdout);
  const errors = report.errors.map((e: { code: string; message: string; file?: string }) => `${e.code} ${e.file ?? ''}: ${e.message}`);
  expect(errors).toEqual([]);
});
