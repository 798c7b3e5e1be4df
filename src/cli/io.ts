// Input helpers for the command line: read a file or stdin, and stream JSONL line by line.
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

export class CliError extends Error {}

/** Removes `name VALUE` from args and returns VALUE (undefined when absent). */
export function takeOption(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
}

/** Reads a whole text file, or stdin for "-" or no name. Throws CliError with a clear message. */
export function readInput(file: string | undefined): string {
  if (!file || file === '-') return readFileSync(0, 'utf8');
  if (!existsSync(file)) throw new CliError(`storysplit: no such file: ${file}`);
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    // A directory or an unreadable file: the user's mistake, so a message rather than a stack trace.
    throw new CliError(`storysplit: cannot read ${file}: ${(e as Error).message}`);
  }
}

/** Yields the non-empty lines of a file or stdin, without holding the whole input in memory. */
export async function* readLines(file: string | undefined): AsyncGenerator<string> {
  if (file && file !== '-' && !existsSync(file)) throw new CliError(`storysplit: no such file: ${file}`);
  const stream = !file || file === '-' ? process.stdin : createReadStream(file, { encoding: 'utf8' });
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  for await (const line of rl) if (line.trim()) yield line;
}

/** Parses one JSONL line into an object with an id; answers the error line when it can't. */
export function parseJsonLine(line: string, field: string): { ok: true; value: Record<string, unknown> } | { ok: false; error: { id: unknown; error: string } } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    const m = /"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+)/.exec(line);
    let id: unknown = null;
    if (m) try { id = JSON.parse(m[1]); } catch { id = null; }
    return { ok: false, error: { id, error: `invalid JSON: ${(e as Error).message}` } };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, error: { id: null, error: 'each line must be a JSON object' } };
  const obj = value as Record<string, unknown>;
  if (typeof obj[field] !== 'string') return { ok: false, error: { id: obj.id ?? null, error: `missing string field "${field}"` } };
  return { ok: true, value: obj };
}

/** Writes a line to stdout, waiting when the pipe is full so huge batches don't pile up in memory. */
export function writeLine(s: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(s + '\n')) resolve();
    else process.stdout.once('drain', () => resolve());
  });
}

/**
 * Batch mode, shared by `segment --jsonl` and `page --jsonl`: each line's `field` goes through `answer`,
 * other fields pass through unharmed, and a bad line gets an error line while the run goes on.
 */
export async function answerJsonl(
  file: string | undefined,
  field: string,
  failure: string,
  lang: string | undefined,
  answer: (input: string, lang: string | undefined) => Record<string, unknown>,
): Promise<number> {
  for await (const line of readLines(file)) {
    const parsed = parseJsonLine(line, field);
    if (!parsed.ok) {
      await writeLine(JSON.stringify(parsed.error));
      continue;
    }
    const { [field]: input, ...extra } = parsed.value;
    try {
      const docLang = typeof extra.lang === 'string' ? extra.lang : lang;
      await writeLine(JSON.stringify({ ...extra, id: extra.id ?? null, ...answer(input as string, docLang) }));
    } catch (e) {
      await writeLine(JSON.stringify({ id: extra.id ?? null, error: `${failure}: ${(e as Error).message}` }));
    }
  }
  return 0;
}
