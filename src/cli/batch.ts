// Batch mode, shared by `segment --jsonl` and `page --jsonl`. Documents are independent, so this thread and
// worker threads answer lines at once, one core each; answers are written in input order, one line per line.
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { answerLine, CliError, note, parseJsonLine, readLines, takeOption, writeLine } from './io';
import { answerOne, answerRead, BATCH_COMMANDS, failedLine, readOne, type Answer, type BatchSpec, type HalvedAnswer, type ReadLine, type WorkerReply, type WorkerTask } from './batch-answer';
import { workersCompileOnThemselves } from './jit';

/** Lines a worker holds at once: one to work on and the rest queued. This thread answers lines too, and while it works
 * on a long one it sends the workers nothing: with two held, a worker sat idle a quarter of the time on dev.jsonl
 * (800 news texts; 4 held: 5%, 8 held: 3%). */
const LINES_PER_WORKER = 8;
/** …and characters of them (page lines can be megabytes each); a worker that holds none takes a line of any size. */
const HELD_CHARS = 8 * 2 ** 20;
/** Answers that may wait behind an earlier, slower line before reading pauses (bounds memory when one line is slow)… */
const MAX_WAITING = 256;
/** …or characters of them (page answers can be large). */
const MAX_WAITING_CHARS = 64 * 2 ** 20;
/** Threads that split each answer in halves, one thread a half: a worker finds every line's stories and this thread
 * describes them. Each thread compiles only its half of the engine, once, where two threads answering whole lines both
 * compiled all of it, and that compiling was about half of each one's work (dev.jsonl, 800 texts: CPU 0.85x; devwide
 * 0.84x). The worker's half is the longer (dev.jsonl: 1.6 s of CPU against 1.15 s here), the more so on long flat texts
 * (choi.jsonl: 2.6 s against 1.45 s, CPU 0.90x, wall the same). With more threads each answers whole lines. */
const HALVED_JOBS = 2;
/** More threads than this gain little by default: the reading and writing here become the limit. */
const MAX_JOBS = 8;
/** A thread costs about 15 MB: more than this many is a typing error, not a plan. */
const MAX_JOBS_ASKED = 64;

/** Threads a batch uses unless told: one a core, up to MAX_JOBS. */
function defaultJobs(): number {
  return Math.min(availableParallelism(), MAX_JOBS);
}

/** Reads `--jobs N` out of args (N ≥ 1), else the default. */
export function takeJobs(args: string[]): number {
  const i = args.indexOf('--jobs');
  if (i < 0) return defaultJobs();
  const n = Number(args[i + 1]);
  if (!Number.isInteger(n) || n < 1 || n > MAX_JOBS_ASKED) throw new CliError(`storysplit: --jobs wants a whole number of threads from 1 to ${MAX_JOBS_ASKED} (got "${args[i + 1] ?? ''}")`);
  args.splice(i, 2);
  return n;
}

/** The arguments `segment` and `page` share: `--jsonl`, `--lang CODE`, `--jobs N` and the file. */
export function commandArgs(args: string[]): { jsonl: boolean; lang?: string; jobs: number; file?: string } {
  const jsonl = args.includes('--jsonl');
  const rest = args.filter((a) => a !== '--jsonl');
  const lang = takeOption(rest, '--lang');
  const jobs = takeJobs(rest);
  return { jsonl, ...(lang ? { lang } : {}), jobs, file: rest[0] };
}

interface Helper {
  worker: Worker;
  /** The lines it holds, by their place in the input: the first it works on, the others wait in its port. */
  held: Map<number, string>;
  /** Characters of the lines it holds. */
  heldChars: number;
  /** Its engine has loaded: until then this thread answers the lines, so a short batch never waits for a start-up. */
  ready: boolean;
  gone: boolean;
}

/** Whether a worker may take another line: one it holds none of, or within LINES_PER_WORKER and HELD_CHARS. */
const mayTake = (h: Helper, line: string): boolean => h.held.size === 0 || (h.held.size < LINES_PER_WORKER && h.heldChars + line.length <= HELD_CHARS);

/** Characters of a file's input (its size in bytes, at least as many), or Infinity for stdin or a pipe (whose size
 * reads 0): how much input is left is known as its lines are read. */
export function inputChars(file: string | undefined): number {
  if (!file || file === '-') return Infinity;
  try {
    const st = statSync(file);
    return st.isFile() ? st.size : Infinity;
  } catch {
    return Infinity;
  }
}

/** Near the input's end a worker holds no more than is left to read: this thread answers the last lines itself while the
 * workers finish theirs, instead of waiting for lines queued behind them (dev.jsonl, 2 threads, on a loaded machine: this
 * thread's wait for the worker's last lines 75-118 ms of a 6-9 s run, 42-62 ms so). A worker that holds none takes a
 * line of any size. */
const mayTakeNearEnd = (h: Helper, line: string, left: number): boolean => h.held.size === 0 || h.heldChars + line.length <= left;

/** The worker holding the fewest lines (so lines spread over the workers while they fill), or undefined. */
function leastHeld(helpers: readonly Helper[]): Helper | undefined {
  let best: Helper | undefined;
  for (const h of helpers) if (!best || h.held.size < best.held.size) best = h;
  return best;
}

/**
 * Answers every line of a JSONL file or stdin. `entry` is the command line's own module, which serves as the
 * workers' script; with `jobs` 1 (or no entry) everything runs here, as before. An answer given in `halves` as well
 * is split between two threads (see HALVED_JOBS).
 */
export async function answerJsonl(file: string | undefined, spec: BatchSpec, answer: Answer, jobs: number, entry?: URL, halves?: HalvedAnswer): Promise<number> {
  const answerHere = (line: string): string => answerOne(line, spec, answer);
  const halved = halves !== undefined && entry !== undefined && jobs === HALVED_JOBS;
  /** The lines whose first half a worker runs, read here: this thread finishes them. */
  const reads = new Map<number, ReadLine>();
  const answers = new Map<number, string>();
  let waitingChars = 0;
  let written = 0;
  let read = 0;
  let byWorkers = 0;
  let wake: (() => void) | null = null;
  const arrived = (): void => { const w = wake; wake = null; w?.(); };
  const answered = (seq: number, out: string): void => {
    answers.set(seq, out);
    waitingChars += out.length;
    void write();
    arrived();
  };

  // Answers go out as soon as the ones before them have, from whichever side gave them: a program that sends a line
  // and waits for its answer gets it without sending the next. One chain of writes keeps them in order.
  let writing = Promise.resolve();
  const flush = async (): Promise<void> => {
    for (let a = answers.get(written); a !== undefined; a = answers.get(written)) {
      answers.delete(written++);
      waitingChars -= a.length;
      await writeLine(a);
    }
  };
  const write = (): Promise<void> => (writing = writing.then(flush));

  const helpers: Helper[] = [];
  /** A worker that is gone hands its lines back: this thread answers them, but the one it was working on when it ran
   * out of memory gets an error line (this thread would fail the same way). */
  const handBack = (h: Helper, outOfMemoryAt = -1): void => {
    h.gone = true;
    for (const [seq, line] of h.held) { reads.delete(seq); answered(seq, seq === outOfMemoryAt ? outOfMemory(line, spec) : answerHere(line)); }
    h.held.clear();
    h.heldChars = 0;
  };
  const start = (): Helper => {
    const h: Helper = { worker: newWorker(entry!, spec), held: new Map(), heldChars: 0, ready: false, gone: false };
    h.worker.on('message', (m: WorkerReply | 'ready') => {
      if (m === 'ready') { h.ready = true; return; }
      h.heldChars -= h.held.get(m.seq)?.length ?? 0;
      h.held.delete(m.seq);
      byWorkers++;
      if ('out' in m) return answered(m.seq, m.out);
      const read = reads.get(m.seq)!;
      reads.delete(m.seq);
      answered(m.seq, 'failed' in m ? failedLine(read, spec, m.failed) : answerRead(read, spec, (input) => halves!.finish(input, m.found)));
    });
    h.worker.on('error', (e: Error & { code?: string }) => handBack(h, e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? Math.min(...h.held.keys()) : -1));
    // A worker that stops with no error (its own code ending it) hands back what it still holds as well.
    h.worker.on('exit', () => handBack(h));
    return h;
  };
  if (entry && !halved) workersCompileOnThemselves();
  if (entry) for (let i = 1; i < jobs; i++) helpers.push(start());

  /** A line's language for its first half, or the message of what reading it threw. */
  const languageHere = (read: ReadLine): { lang: string } | { failed: string } => {
    try {
      return { lang: halves!.lang(read.input, read.lang) };
    } catch (e) {
      return { failed: (e as Error).message };
    }
  };
  /** Gives a worker a task for `line`, which it holds until it replies. */
  const send = (h: Helper, seq: number, line: string, task: WorkerTask): void => {
    h.held.set(seq, line);
    h.heldChars += line.length;
    h.worker.postMessage(task);
  };
  const nextArrival = (): Promise<void> => new Promise((resolve) => { wake = resolve; });
  // One turn of the event loop, so that answers the workers sent are taken before the next line is placed.
  const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
  const lineAwaited = (): boolean => helpers.some((h) => h.held.has(written));

  let left = inputChars(file);
  try {
    for await (const line of readLines(file)) {
      const seq = read++;
      left -= line.length + 1;
      if (halved && helpers[0].ready) {
        // Every line's first half goes to the worker, waiting while it holds enough: one answered whole here would
        // compile that half here too. (Lines that come before the worker is ready are answered whole here, below.)
        const h = helpers[0];
        while (!h.gone && !mayTake(h, line)) await nextArrival();
        const read = readOne(line, spec);
        const lang = typeof read === 'string' || h.gone ? null : languageHere(read);
        if (typeof read === 'string') answered(seq, read);
        else if (h.gone) answered(seq, answerRead(read, spec, answer));
        else if (lang && 'failed' in lang) answered(seq, failedLine(read, spec, lang.failed));
        else {
          reads.set(seq, read);
          send(h, seq, line, { seq, find: { input: read.input, lang: lang!.lang } });
        }
      } else {
        const free = leastHeld(helpers.filter((h) => h.ready && !h.gone && mayTake(h, line) && mayTakeNearEnd(h, line, left)));
        if (free) send(free, seq, line, { seq, line });
        else answered(seq, answerHere(line));
      }
      await writing;
      if (helpers.length) await turn();
      while ((answers.size > MAX_WAITING || waitingChars > MAX_WAITING_CHARS) && lineAwaited()) await nextArrival();
      await writing;
    }
    while (written < read && lineAwaited()) { await nextArrival(); await writing; }
    await writing;
  } finally {
    // Not awaited: a worker stopped while its engine still loads can take long to go, and it holds no answer.
    for (const h of helpers) { h.worker.removeAllListeners('exit'); h.worker.unref(); void h.worker.terminate(); }
  }
  if (process.env.STORYSPLIT_DEBUG) note(`batch: ${read} lines, ${byWorkers} ${halved ? 'found' : 'answered'} by ${helpers.length} worker threads`);
  // Every line has its answer, or the run says it failed: never an exit of 0 with lines left out.
  if (written < read) throw new Error(`${read - written} of ${read} lines were left without an answer`);
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
