// One JSONL line in, one answer line out: the batch contract, the same whether a line runs here or in a worker.
import { answerLine, parseJsonLine, type RawId } from './io';

/** The batch commands, and what each reads from a line and says when it fails. */
export const BATCH_COMMANDS = {
  segment: { field: 'text', failure: 'segmentation failed' },
  page: { field: 'html', failure: 'page extraction failed' },
} as const;
export type BatchCommand = keyof typeof BATCH_COMMANDS;

/** What a batch needs to answer a line anywhere: the command and the language hint. Plain data, sent to workers. */
export interface BatchSpec {
  command: BatchCommand;
  lang?: string;
}

export type Answer = (input: string, lang: string | undefined) => Record<string, unknown>;

/** An answer in two halves that run on different threads: `find(input, lang(input, hint))` gives plain data (sent
 * between threads), and `finish(input, found)` the answer `Answer` gives. (The language is read on the thread that
 * finishes: the other has the longer half.) */
export interface HalvedAnswer {
  lang: (input: string, hint: string | undefined) => string;
  find: (input: string, lang: string) => unknown;
  finish: (input: string, found: unknown) => Record<string, unknown>;
}

/** A message to a worker: a whole line to answer, or an input (and its language) whose first half to run. */
export type WorkerTask = { seq: number; line: string } | { seq: number; find: { input: string; lang: string } };
/** A worker's reply: a line's answer, a first half's result, or the message of the error that half threw. */
export type WorkerReply = { seq: number; out: string } | { seq: number; found: unknown } | { seq: number; failed: string };

/** Input fields that would read as our own answer ("error", "reason") or be overwritten by it: never passed through. */
const OUR_FIELDS = new Set(['id', 'error', 'reason', 'stories', 'omittedChars', 'proseScore', 'notes', 'leftOut']);

/** Levels of nesting an input field may have to pass through. Deeper ones would overflow the stack when written
 * back, at a depth that differs between threads (a worker's stack is larger): refused alike everywhere. */
const MAX_FIELD_DEPTH = 100;

/** Whether a parsed JSON value nests deeper than `limit` levels (counted without recursion: the input sets the depth). */
function nestsDeeper(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (depth > limit) return true;
    for (const x of Array.isArray(v) ? v : Object.values(v)) stack.push([x, depth + 1]);
  }
  return false;
}

/** An input line read and checked, ready to answer: its id, its input field, its language and the fields passed through. */
export interface ReadLine {
  id: RawId;
  input: string;
  lang: string | undefined;
  extra: Record<string, unknown>;
}

/** Reads one input line, or gives the error line a bad or blank line gets. */
export function readOne(line: string, spec: BatchSpec): ReadLine | string {
  const { field } = BATCH_COMMANDS[spec.command];
  const parsed = parseJsonLine(line, field);
  if (!parsed.ok) return answerLine(parsed.id, { error: parsed.error });
  const extra: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(parsed.value)) if (k !== field && !OUR_FIELDS.has(k)) extra[k] = v;
  if (nestsDeeper(extra, MAX_FIELD_DEPTH)) return answerLine(parsed.id, { error: `a field nests deeper than ${MAX_FIELD_DEPTH} levels` });
  const lang = typeof extra.lang === 'string' ? extra.lang : spec.lang;
  return { id: parsed.id, input: parsed.value[field] as string, lang, extra };
}

/** The answer line to a line read: other fields pass through unharmed; a failure gets an error line. */
export function answerRead(read: ReadLine, spec: BatchSpec, answer: Answer): string {
  try {
    return answerLine(read.id, { ...read.extra, ...answer(read.input, read.lang) });
  } catch (e) {
    return failedLine(read, spec, (e as Error).message);
  }
}

/** The error line of a line whose answer failed with `message`. */
export const failedLine = (read: ReadLine, spec: BatchSpec, message: string): string => answerLine(read.id, { error: `${BATCH_COMMANDS[spec.command].failure}: ${message}` });

/** The answer line to one input line. */
export function answerOne(line: string, spec: BatchSpec, answer: Answer): string {
  const read = readOne(line, spec);
  return typeof read === 'string' ? read : answerRead(read, spec, answer);
}
