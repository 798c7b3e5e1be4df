// Input helpers for the command line: read a file or stdin (decoded as a browser would), and stream JSONL line by line.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { decodeBytes, looksBinary } from './encoding';
import { isJsonValue, rawId } from './raw-id';

export class CliError extends Error {}

/** Removes `name VALUE` from args and returns VALUE (undefined when absent). */
export function takeOption(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
}

/** Writes a note for the user on stderr (never into the output a script reads). */
export function note(message: string): void {
  process.stderr.write(`storysplit: ${message}\n`);
}

/** A clear message for a file we can't read: missing, a directory, unreadable. */
function checkFile(file: string): void {
  let st;
  try {
    st = statSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new CliError(`storysplit: no such file: ${file}`);
    throw new CliError(`storysplit: cannot read ${file}: ${(e as Error).message}`);
  }
  if (st.isDirectory()) throw new CliError(`storysplit: ${file} is a directory, not a file`);
}

/** Reads a whole file, or stdin for "-" or no name, as bytes. Throws CliError with a clear message. */
export function readBytes(file: string | undefined): Buffer {
  if (!file || file === '-') return readFileSync(0);
  checkFile(file);
  try {
    return readFileSync(file);
  } catch (e) {
    throw new CliError(`storysplit: cannot read ${file}: ${(e as Error).message}`);
  }
}

/** Reads a text (or, with html, a page) and decodes it: BOM, meta charset, UTF-8, else Windows-1252 with a note. */
export function readInput(file: string | undefined, opts: { html?: boolean } = {}): string {
  const bytes = readBytes(file);
  const name = file && file !== '-' ? file : 'stdin';
  if (looksBinary(bytes)) throw new CliError(`storysplit: ${name} looks like binary data (an image, an archive, a program), not ${opts.html ? 'HTML' : 'text'}`);
  const d = decodeBytes(bytes, { html: opts.html, name });
  if (d.note) note(d.note);
  return d.text;
}

/** Yields every line of a file or stdin, blank ones too (each gets an answer), without holding the input in memory. */
export async function* readLines(file: string | undefined): AsyncGenerator<string> {
  if (file && file !== '-') checkFile(file);
  const stream = !file || file === '-' ? process.stdin : createReadStream(file, { encoding: 'utf8' });
  let failed: Error | null = null;
  stream.on('error', (e: Error) => { failed = e; });
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let first = true;
  for await (const line of rl) {
    // A byte-order mark opens many files written on Windows: it belongs to the file, not to the first line's JSON.
    yield first && line.charCodeAt(0) === 0xfeff ? line.slice(1) : line;
    first = false;
  }
  if (failed) throw new CliError(`storysplit: cannot read ${file ?? 'stdin'}: ${(failed as Error).message}`);
}

/** The id of an answer line: the exact JSON text the input gave it, or null. */
export type RawId = string;
const NULL_ID: RawId = 'null';

/** Parses one JSONL line into an object, with the raw text of its id; answers the error line when it can't. */
export function parseJsonLine(line: string, field: string): { ok: true; value: Record<string, unknown>; id: RawId } | { ok: false; id: RawId; error: string } {
  if (!line.trim()) return { ok: false, id: NULL_ID, error: 'empty line' };
  const raw = rawId(line);
  const id = raw !== null && isJsonValue(raw) ? raw : NULL_ID;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { ok: false, id, error: `invalid JSON: ${(e as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, id: NULL_ID, error: 'each line must be a JSON object' };
  const obj = value as Record<string, unknown>;
  if (typeof obj[field] !== 'string') return { ok: false, id, error: `missing string field "${field}"` };
  return { ok: true, value: obj, id };
}

/** One answer line: `{"id": <the input's id text>, ...fields}`. */
export function answerLine(id: RawId, fields: Record<string, unknown>): string {
  const rest = JSON.stringify(fields);
  return `{"id":${id}${rest === '{}' ? '}' : `,${rest.slice(1)}`}`;
}

/** Writes a line to stdout, waiting when the pipe is full so huge batches don't pile up in memory. */
export function writeLine(s: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(s + '\n')) resolve();
    else process.stdout.once('drain', () => resolve());
  });
}
