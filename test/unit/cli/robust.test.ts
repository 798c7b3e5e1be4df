// Issue 16 on the command line: a clear answer for every input, no stack trace, every JSONL line answered,
// ids echoed exactly, text accounted for. Fixtures are written to a temp dir by the tests themselves.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const DIR = mkdtempSync(join(tmpdir(), 'storysplit-cli-'));

function cli(args: string[], input?: string | Buffer, shell?: string) {
  if (shell) return spawnSync('sh', ['-c', shell], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return spawnSync(process.execPath, ['--import', 'tsx', resolve(ROOT, 'src/cli/storysplit.ts'), ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });
}
const file = (name: string, data: string | Buffer) => { const p = join(DIR, name); writeFileSync(p, data); return p; };
const noTrace = (s: string) => expect(s).not.toMatch(/\n\s+at /);

describe('storysplit page on awkward files', () => {
  it('reads every paragraph of a fragment (the second <p> was dropped, omittedChars 0)', () => {
    const p = file('two.html', '<p>The council voted on Monday to build a new bridge over the river.</p>\n<p>Heavy rain flooded the coastal town of Eastport overnight.</p>');
    const r = cli(['page', p]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Eastport');
  });

  it('reads a plain-text file as text, with a note (was a linkedom stack trace)', () => {
    const r = cli(['page', file('plain.txt', 'Just a plain text file about the weather.\nWith two lines.\n')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('weather');
    expect(r.stderr).toMatch(/no HTML markup/);
    noTrace(r.stderr);
  });

  it('refuses a binary file clearly', () => {
    const bytes = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256));
    const r = cli(['page', file('bin.dat', bytes)]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/binary data/);
    noTrace(r.stderr);
  });

  it('survives a class of 150K tokens (was "Maximum call stack size exceeded")', () => {
    const cls = Array.from({ length: 150_000 }, (_, i) => `c${i}`).join(' ');
    const r = cli(['page', file('cls.html', `<p class="${cls}">The text of a story about the harbour goes here.</p>`)]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('harbour');
  });

  it('reads 100K nested <div> in linear time, the text at the bottom kept', () => {
    const r = cli(['page', file('deep.html', '<div>'.repeat(100_000) + 'Deep text at the bottom of the page.')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Deep text at the bottom');
    expect(r.stderr).toMatch(/nested deeper/);
  });

  it('says where the text went when it lies past the caps (was "The text is empty")', () => {
    const r = cli(['page', file('pbia.html', '<p><b><i><a>'.repeat(100_000) + 'The text at the bottom.')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/left out/);
    expect(r.stdout).not.toMatch(/The text is empty/);
  });

  it('reads a meta charset', () => {
    const html = Buffer.concat([Buffer.from('<meta charset="iso-8859-1"><p>Caf'), Buffer.from([0xe9]), Buffer.from(' au lait is served here every day.</p>')]);
    const r = cli(['page', file('meta.html', html)]);
    expect(r.stdout).toContain('Café');
    expect(r.stderr).toBe('');
  });
});

describe('storysplit segment on awkward files', () => {
  it('reads a Latin-1 file as Windows-1252, with a note (was "Caf�")', () => {
    const r = cli(['segment', file('latin1.txt', Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' au lait is served here every day.\n')]))]);
    expect(r.stdout).toContain('Café');
    expect(r.stderr).toMatch(/Windows-1252/);
  });

  it('reads a UTF-16 file with its BOM', () => {
    const r = cli(['segment', file('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Über die Brücke fuhr der Zug am Montag.', 'utf16le')]))]);
    expect(r.stdout).toContain('Brücke');
  });

  it('leaves furniture out and says so: no untitled story ("Read more", "Photo: EPA")', () => {
    for (const text of ['Read more', 'Photo: EPA', 'Advertisement']) {
      const r = cli(['segment', '--jsonl'], JSON.stringify({ id: 1, text }) + '\n');
      const out = JSON.parse(r.stdout);
      expect(out.stories).toEqual([]);
      expect(out.reason).toMatch(/furniture/);
      expect(out.leftOut[0]).toMatchObject({ start: 0, end: text.length });
    }
  });
});

describe('storysplit --jsonl answers every line', () => {
  it('takes a BOM, answers blank lines, echoes ids exactly and drops input "error" and "reason"', () => {
    const lines = [
      '\ufeff' + '{"id": 12345678901234567890, "text": "A story. It ends.", "error": "x", "reason": "y", "keep": 1}',
      '',
      '   ',
      '{"id": 1.50, "text": "Another story ends here."}',
      '{"id": "\\u00e9", "text": "A third story ends."}',
    ];
    const r = cli(['segment', '--jsonl'], lines.join('\n') + '\n');
    expect(r.status).toBe(0);
    const out = r.stdout.trim().split('\n');
    expect(out).toHaveLength(lines.length);
    expect(out[0].startsWith('{"id":12345678901234567890,')).toBe(true);
    const first = JSON.parse(out[0]);
    expect(first.error).toBeUndefined();
    expect(first.reason).toBeUndefined();
    expect(first.keep).toBe(1);
    expect(JSON.parse(out[1])).toEqual({ id: null, error: 'empty line' });
    expect(out[3].startsWith('{"id":1.50,')).toBe(true);
    expect(out[4].startsWith('{"id":"\\u00e9",')).toBe(true);
  });

  it('gives a clear error for a directory (was a raw EISDIR)', () => {
    const dir = join(DIR, 'adir');
    mkdirSync(dir, { recursive: true });
    const r = cli(['segment', '--jsonl', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/is a directory/);
    noTrace(r.stderr);
  });

  it('stops quietly when the reader does (| head -1 printed an EPIPE stack trace)', () => {
    const p = file('many.jsonl', Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: i, text: 'A story about the port. It ends here.' })).join('\n'));
    const r = cli([], undefined, `node --import tsx src/cli/storysplit.ts segment --jsonl ${p} | head -1`);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toBe('');
  });
});

describe('batch input size', () => {
  it('reads a pipe as of unknown size (its size reads 0), a file by its size', async () => {
    const { inputChars } = await import('../../../src/cli/batch');
    const dir = mkdtempSync(join(tmpdir(), 'storysplit-size-'));
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, '{"id":1,"text":"x"}\n');
    expect(inputChars(file)).toBe(20);
    expect(inputChars(dir)).toBe(Infinity);
    expect(inputChars(undefined)).toBe(Infinity);
    if (process.platform === 'linux') expect(inputChars('/dev/null')).toBe(Infinity);
  });
});
