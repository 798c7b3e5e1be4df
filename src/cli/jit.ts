// V8's optimizing compiler, set for the command line. Every batch thread compiles the engine for itself, and on
// dev.jsonl that compiling, more than the segmenting, is what a second thread adds (about 1.3 s of CPU a thread, against
// 2.4 s for the whole file's work once optimized). Smaller compiles make the whole run cost less, though optimized code
// runs a little slower: less inlining, and loops not peeled (their first turn copied out of the loop). Neither changes an
// answer. Set before any engine function is optimized, and process-wide, so worker threads share them. Measured through
// the command line, 2 threads, paired whole-process runs, CPU: inlining 0.93x on dev.jsonl, 0.89x on devwide.jsonl
// (7.4 MB); no peeling on top of it 0.92x and 0.95x. (A larger interrupt budget, optimizing later: 1.09x, left out.)
// Each thread compiles on itself, not on a background compiler thread of its own: with a thread a core, those compiler
// threads only take cores from the other batch threads (2 cores, dev.jsonl: wall 0.97x, CPU 0.97x over 8 pairs;
// devwide.jsonl 0.97x; one thread the same). V8's --single-threaded measured 0.94x but can only be set at launch.
import { setFlagsFromString } from 'node:v8';

/** Bytecode inlined into one optimized function at most (V8's default 920; 100 measured the same as 200). */
const INLINED_BYTECODE_CUMULATIVE = 200;

setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINED_BYTECODE_CUMULATIVE}`);
setFlagsFromString('--no-turbo-loop-peeling');
setFlagsFromString('--no-concurrent-recompilation');
