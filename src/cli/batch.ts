// Batch mode, shared by `segment --jsonl` and `page --jsonl`. Documents are independent, so this thread and
// worker threads answer lines at once, one core each; answers are written in input order, one line per line.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { answerLine, CliError, note, parseJsonLine, readLines, writeLine } from './io';
import { BATCH_COMMANDS, lineAnswerer, type BatchSpec } from './batch-answer';

/** Lines a worker holds at once: one to work on and one queued, so it never waits for the next while others share. */
const LINES_PER_WORKER = 2;
/** Answers that may wait behind an earlier, slower line before reading pauses: bounds memory when one line is huge. */
const MAX_WAITING = 256;
/** More threads than this gain little: the reading and writing here become the limit. */
const MAX_JOBS = 8;

/** Threads a batch uses unless told: one a core, up to MAX_JOBS. */
export function defaultJobs(): number {
  return Math.min(availableParallelism(), MAX_JOBS);
}

/** Reads `--jobs N` out of args (N ≥ 1), else the default. */
export function takeJobs(args: string[]): number {
  const i = args.indexOf('--jobs');
  if (i < 0) return defaultJobs();
  const n = Number(args[i + 1]);
  if (!Number.isInteger(n) || n < 1) throw new CliError(`storysplit: --jobs wants a whole number of threads, 1 or more (got "${args[i + 1] ?? ''}")`);
  args.splice(i, 2);
  return n;
}

interface Helper {
  worker: Worker;
  /** The lines it holds, by their place in the input. */
  held: Map<number, string>;
  /** Its engine has loaded: until then this thread answers the lines, so a short batch never waits for a start-up. */
  ready: boolean;
  gone: boolean;
}

/**
 * Answers every line of a JSONL file or stdin. `entry` is the command line's own module, which serves as the
 * workers' script; with `jobs` 1 (or no entry) everything runs here, as before.
 */
export async function answerJsonl(file: string | undefined, spec: BatchSpec, jobs: number, entry?: URL): Promise<number> {
  const answerHere = await lineAnswerer(spec);
  const answers = new Map<number, string>();
  let written = 0;
  let read = 0;
  let byWorkers = 0;
  let wake: (() => void) | null = null;
  const arrived = (): void => { const w = wake; wake = null; w?.(); };

  const helpers: Helper[] = [];
  const start = (): Helper => {
    const h: Helper = { worker: newWorker(entry!, spec), held: new Map(), ready: false, gone: false };
    h.worker.on('message', (m: { seq: number; out: string } | 'ready') => {
      if (m === 'ready') { h.ready = true; return; }
      h.held.delete(m.seq);
      answers.set(m.seq, m.out);
      byWorkers++;
      arrived();
    });
    h.worker.on('error', (e: Error & { code?: string }) => {
      // A worker that runs out of memory leaves an error line for what it held (this thread would fail the same way);
      // any other failure of a worker (it could not start, say) costs only speed: this thread answers its lines.
      h.gone = true;
      for (const [seq, line] of h.held) answers.set(seq, e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? outOfMemory(line, spec) : answerHere(line));
      h.held.clear();
      arrived();
    });
    return h;
  };
  if (entry) for (let i = 1; i < jobs; i++) helpers.push(start());

  const flush = async (): Promise<void> => {
    for (let a = answers.get(written); a !== undefined; a = answers.get(written)) {
      answers.delete(written++);
      await writeLine(a);
    }
  };
  const nextArrival = (): Promise<void> => new Promise((resolve) => { wake = resolve; });
  // One turn of the event loop, so that answers the workers sent are taken before the next line is placed.
  const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

  try {
    for await (const line of readLines(file)) {
      const seq = read++;
      const free = helpers.find((h) => h.ready && !h.gone && h.held.size < LINES_PER_WORKER);
      if (free) {
        free.held.set(seq, line);
        free.worker.postMessage({ seq, line });
      } else answers.set(seq, answerHere(line));
      await flush();
      if (helpers.length) await turn();
      while (answers.size > MAX_WAITING) { await nextArrival(); await flush(); }
    }
    while (written < read) {
      await flush();
      if (written < read && !answers.has(written)) await nextArrival();
    }
  } finally {
    // Not awaited: a worker stopped while its engine still loads can take long to go, and it holds no answer.
    for (const h of helpers) { h.worker.unref(); void h.worker.terminate(); }
  }
  if (process.env.STORYSPLIT_DEBUG) note(`batch: ${read} lines, ${byWorkers} answered by ${helpers.length} worker threads`);
  return 0;
}

/**
 * A worker that runs the command line's module. Run from the TypeScript sources (tests, scripts under tsx), a
 * worker does not inherit tsx's loader on Node 20, so it registers it itself before loading the entry.
 */
function newWorker(entry: URL, spec: BatchSpec): Worker {
  const workerData = { storysplitBatch: spec };
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { workerData });
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(boot, { eval: true, workerData });
}

function outOfMemory(line: string, spec: BatchSpec): string {
  return answerLine(parseJsonLine(line, BATCH_COMMANDS[spec.command].field).id, { error: `${BATCH_COMMANDS[spec.command].failure}: out of memory` });
}
