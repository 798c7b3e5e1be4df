// The command line: the JSONL contract, bad lines, missing files. Runs the TypeScript entry through tsx,
// so the unit tests don't depend on a build.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const SEED = resolve(ROOT, 'test/fixtures/seed/concatenated-news.txt');

function cli(args: string[], input?: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', resolve(ROOT, 'src/cli/storysplit.ts'), ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });
}

describe('storysplit segment --jsonl', () => {
  it('answers each line with its id and stories whose offsets index the input; extra fields pass through', () => {
    const text = 'First story ends here.\nSecond story is cut at the';
    const r = cli(['segment', '--jsonl'], JSON.stringify({ id: 'a', text, source: 'x', n: 3 }) + '\n');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout.trim());
    expect(out).toMatchObject({ id: 'a', source: 'x', n: 3 });
    for (const s of out.stories) {
      expect(text.slice(s.start, s.end).length).toBe(s.end - s.start);
      for (const k of ['start', 'end', 'title', 'truncated_end', 'truncated_start', 'flags', 'clean_text']) expect(s).toHaveProperty(k);
    }
  });

  it('gives an error line for a malformed line, keeps its id when it can, and goes on', () => {
    const input = ['{"id": "bad", "text": ', '{"id": 7}', 'not json at all', JSON.stringify({ id: 'ok', text: 'A story. It ends.' })].join('\n') + '\n';
    const r = cli(['segment', '--jsonl'], input);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ id: 'bad' });
    expect(lines[0].error).toMatch(/JSON/);
    expect(lines[1]).toMatchObject({ id: 7 });
    expect(lines[1].error).toMatch(/text/);
    expect(lines[2]).toMatchObject({ id: null });
    expect(lines[3].id).toBe('ok');
    expect(lines[3].stories.length).toBeGreaterThan(0);
  });
});

describe('storysplit segment --jsonl --jobs', () => {
  // The built command line: workers started from the TypeScript sources load too slowly to be sure of any line.
  const built = resolve(ROOT, 'node_modules/.cache/storysplit-test-cli');
  beforeAll(() => {
    execFileSync(process.execPath, [resolve(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '-c', 'vite.cli.config.ts', '--outDir', built, '--logLevel', 'error'], { cwd: ROOT });
  }, 120_000);
  const run = (args: string[], input: string) =>
    spawnSync(process.execPath, [resolve(built, 'storysplit.mjs'), 'segment', '--jsonl', ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000, env: { ...process.env, STORYSPLIT_DEBUG: '1' } });

  const stories = ['The council voted on the budget on Monday. It passed by two votes.', 'Storms closed the coast road. Crews worked through the night to clear it and', 'A new library opened in the town. Readers queued from dawn.'];
  const lines = Array.from({ length: 500 }, (_, i) => (i === 7 ? '{"id": "broken", ' : i === 8 ? '' : JSON.stringify({ id: i, text: stories.slice(i % 3).concat(stories.slice(0, i % 3)).join('\n\n').repeat(2 + (i % 4)) })));
  const input = lines.join('\n') + '\n';

  it('answers with worker threads in the input\'s order, the same lines as one thread gives', () => {
    const one = run(['--jobs', '1'], input);
    const many = run(['--jobs', '3'], input);
    expect(one.status).toBe(0);
    expect(many.status).toBe(0);
    expect(many.stdout).toBe(one.stdout);
    const out = many.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(lines.map((_, i) => (i === 7 ? 'broken' : i === 8 ? null : i)));
    expect(out[7].error).toMatch(/JSON/);
    const used = /(\d+) answered by 2 worker threads/.exec(many.stderr);
    expect(Number(used?.[1])).toBeGreaterThan(0);
  }, 60_000);

  it('splits each answer between two threads (one finds the stories, this one describes them): the same lines again', () => {
    const two = run(['--jobs', '2'], input);
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(run(['--jobs', '1'], input).stdout);
    const found = /(\d+) found by 1 worker threads/.exec(two.stderr);
    expect(Number(found?.[1])).toBeGreaterThan(0);
  }, 60_000);

  it('answers a line while the input stays open, so a program can send a line and wait for its answer', async () => {
    const child = spawn(process.execPath, [resolve(built, 'storysplit.mjs'), 'segment', '--jsonl', '--jobs', '2'], { cwd: ROOT });
    const answers = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
    try {
      for (let i = 0; i < 12; i++) {
        child.stdin.write(JSON.stringify({ id: i, text: stories.join('\n\n') }) + '\n');
        const next = await Promise.race([answers.next(), new Promise<null>((r) => setTimeout(() => r(null), 10_000))]);
        expect(next && !next.done ? JSON.parse(next.value).id : 'no answer').toBe(i);
      }
    } finally {
      child.kill();
    }
  }, 60_000);

  it('refuses a field nested too deep in every thread alike (a worker\'s larger stack would write it back)', () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    const batch = [0, 1, 2].map((i) => `{"id":${i},"text":"A storm hit. Roads shut.","x":${i === 1 ? deep : '[1]'}}`).join('\n').repeat(40) + '\n';
    const one = run(['--jobs', '1'], batch);
    expect(run(['--jobs', '2'], batch).stdout).toBe(one.stdout);
    expect(JSON.parse(one.stdout.split('\n')[1]).error).toMatch(/nests deeper than/);
  }, 60_000);

  it('refuses a thread count that is not a whole number from 1 to 64, with a clear message', () => {
    for (const n of ['0', '65', 'two']) {
      const r = cli(['segment', '--jsonl', '--jobs', n], '{"id":1,"text":"A."}\n');
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/--jobs wants a whole number/);
    }
  });
});

describe('storysplit segment FILE', () => {
  it('prints the stories of a text file readably', () => {
    const r = cli(['segment', SEED]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^\d+ stor(y|ies)/);
    expect(r.stdout).toContain('Russian');
  });

  it('takes --lang and --jobs before the file and still prints the readable listing', () => {
    const r = cli(['segment', '--lang', 'en', '--jobs', '2', SEED]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^\d+ stor(y|ies)/);
  });

  it('exits non-zero with a clear message for a missing file', () => {
    const r = cli(['segment', 'no/such/file.txt']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/no such file: no\/such\/file\.txt/);
  });

  it('exits non-zero for an unknown command, with the usage', () => {
    const r = cli(['frobnicate']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/usage/);
  });

  it('prints the usage for a command asked for help, and names an unknown option instead of looking for it as a file', () => {
    for (const args of [['segment', '--help'], ['page', '-h'], ['explain', '--help']]) {
      const r = cli(args);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^usage:/);
    }
    const r = cli(['segment', '--langg', 'de', SEED]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown option "--langg"/);
    expect(r.stderr).not.toMatch(/no such file/);
  });

  it('reads every argument after "--" as a file, and a file named "help" as a file', () => {
    expect(cli(['segment', '--', SEED]).status).toBe(0);
    const r = cli(['segment', 'help']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/no such file: help/);
  });

  it('prints its version', () => {
    expect(cli(['segment', '--version']).stdout).toMatch(/^storysplit \d/);
    const r = cli(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^storysplit \d+\.\d+\.\d+\n$/);
  });
});

describe('the JSONL flags contract', () => {
  it('is { name, reason } only: the popup reason codes stay out of it', async () => {
    const { storyToJson } = await import('../../../src/cli/format');
    const flags = [{ name: 'cut_mid_sentence' as const, reason: 'ends on “or even” with no full stop', code: 'end_no_stop', params: ['or even'] }];
    const story = { start: 0, end: 5, title: 't', truncated_end: true, truncated_start: false, flags, confidence: 1, kicker: null, deck: null, headline: null, byline: null, dateline: null, clean_text: 'x', removed: [] };
    expect(storyToJson(story as unknown as Parameters<typeof storyToJson>[0]).flags).toEqual([{ name: 'cut_mid_sentence', reason: 'ends on “or even” with no full stop' }]);
  });
});
