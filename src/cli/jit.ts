// V8's optimizing compiler, set for the command line. Every batch thread compiles the engine for itself, and on
// dev.jsonl that compiling, more than the segmenting, is what a second thread adds (about 1.3 s of CPU a thread, against
// 2.4 s for the whole file's work once optimized). Inlining less makes each compile smaller: the whole run costs less
// though optimized code runs a little slower. It changes no answer. Set before any engine function is optimized, and
// process-wide, so worker threads share it. Measured through the command line, 2 threads, paired runs: dev.jsonl CPU
// 0.93x, devwide.jsonl (7.4 MB) CPU 0.89x. (A larger interrupt budget, optimizing later: CPU 1.09x, left out.)
import { setFlagsFromString } from 'node:v8';

/** Bytecode inlined into one optimized function at most (V8's default 920). */
const INLINED_BYTECODE_CUMULATIVE = 200;

setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINED_BYTECODE_CUMULATIVE}`);
