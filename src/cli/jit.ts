// V8's optimizing compiler, set for the command line. Every batch thread compiles the engine for itself (a two-thread
// batch splits each answer so that each thread compiles half of it: batch.ts), and on dev.jsonl that compiling, more
// than the segmenting, was what a second thread added. Smaller compiles make the whole run cost less, though optimized
// code runs a little slower: less inlining, and loops not peeled (their first turn copied out of the loop). Neither
// changes an answer. Set before any engine function is optimized, and process-wide, so worker threads share them.
// Measured through the command line, 2 threads each answering whole lines, paired whole-process runs, CPU: inlining
// 0.93x on dev.jsonl, 0.89x on devwide.jsonl (7.4 MB); no peeling on top of it 0.92x and 0.95x. (A larger interrupt
// budget, optimizing later: 1.09x, left out.) Two threads splitting their answers (batch.ts), with V8's default
// inlining: 1.10x.
// Where each thread compiles: see workersCompileOnThemselves.
import { setFlagsFromString } from 'node:v8';

/** Bytecode inlined into one optimized function at most (V8's default 920; 100 measured the same as 200). */
const INLINED_BYTECODE_CUMULATIVE = 200;

setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINED_BYTECODE_CUMULATIVE}`);
setFlagsFromString('--no-turbo-loop-peeling');

/**
 * Worker threads made after this compile on themselves, not on V8's background compiler threads: with a thread a core
 * answering whole lines, those compiler threads only took cores from the other batch threads (2 cores, dev.jsonl: wall
 * 0.97x, CPU 0.97x over 8 pairs; devwide.jsonl 0.97x). V8 reads the setting when an isolate is made, so it never reaches
 * this thread, whose isolate was made at launch (`--trace-opt` shows its compiles ConcurrencyMode::kConcurrent).
 * A two-thread batch that splits its answers leaves it unset: the worker finds every line's stories, the longer half,
 * and its compiles run beside it in time this thread leaves free (dev.jsonl: the worker thread's CPU 2.2 s -> 1.65 s,
 * the whole process the same).
 */
export function workersCompileOnThemselves(): void {
  setFlagsFromString('--no-concurrent-recompilation');
}
