// One JSONL line in, one answer line out: the batch contract, the same whether a line runs here or in a worker.
import { answerLine, parseJsonLine } from './io';

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

/** The answer line to one input line: other fields pass through unharmed; a bad or blank line gets an error line. */
export function answerOne(line: string, spec: BatchSpec, answer: Answer): string {
  const { field, failure } = BATCH_COMMANDS[spec.command];
  const parsed = parseJsonLine(line, field);
  if (!parsed.ok) return answerLine(parsed.id, { error: parsed.error });
  const extra: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(parsed.value)) if (k !== field && !OUR_FIELDS.has(k)) extra[k] = v;
  if (nestsDeeper(extra, MAX_FIELD_DEPTH)) return answerLine(parsed.id, { error: `a field nests deeper than ${MAX_FIELD_DEPTH} levels` });
  try {
    const docLang = typeof extra.lang === 'string' ? extra.lang : spec.lang;
    return answerLine(parsed.id, { ...extra, ...answer(parsed.value[field] as string, docLang) });
  } catch (e) {
    return answerLine(parsed.id, { error: `${failure}: ${(e as Error).message}` });
  }
}
