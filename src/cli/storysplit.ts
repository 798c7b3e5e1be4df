// The `storysplit` command line: batch segmentation over core, for users and the evaluation.
// (The compiler settings first: they must stand before any engine code runs.)
import './jit';
import { isMainThread, workerData } from 'node:worker_threads';
import { CliError } from './io';
import { segmentCommand } from './segment';
import { serveBatch } from './batch-worker';
import { version } from '../../package.json';

const USAGE = `usage:
  storysplit segment [FILE|-]            list the stories of a text file, with flags
  storysplit segment --jsonl [FILE|-]    batch: {"id","text"} lines in, {"id","stories"} lines out
  storysplit page FILE.html              list the stories found on a saved HTML page
  storysplit page --jsonl [FILE|-]       batch: {"id","html"} lines in, {"id","stories"} lines out
  storysplit explain FILE --at OFFSET    each log-odds term at the candidate boundary nearest OFFSET (--json too)
  storysplit --version                   the version
options:
  --lang CODE                            language hint (BCP 47), detected when absent
  --jobs N                               batch threads (default: one a core, up to 8); answers keep the input's order
`;

const HELP = new Set(['-h', '--help', 'help']);
/** Each command's options: anything else that starts with '--' is a mistake to name, not a file to look for. */
const OPTIONS: Record<string, readonly string[]> = {
  segment: ['--jsonl', '--lang', '--jobs'],
  page: ['--jsonl', '--lang', '--jobs'],
  explain: ['--at', '--json', '--lang'],
};

// A reader that stops early (`| head -1`) closes the pipe: that is the reader's choice, not an error to report.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  process.stderr.write(`storysplit: cannot write the output: ${e.message}\n`);
  process.exit(1);
});

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  // After "--" every argument is a file's name, even one that starts with "-".
  const dashes = rest.indexOf('--');
  const options = dashes < 0 ? rest : rest.slice(0, dashes);
  const args = dashes < 0 ? rest : [...options, ...rest.slice(dashes + 1)];
  if (!command || HELP.has(command) || (OPTIONS[command] && options.some((a) => a === '-h' || a === '--help'))) {
    process.stdout.write(USAGE);
    return command ? 0 : 2;
  }
  if (command === '--version' || command === '-V' || (OPTIONS[command] && options.includes('--version'))) {
    process.stdout.write(`storysplit ${version}\n`);
    return 0;
  }
  const unknown = OPTIONS[command] && options.find((a) => a.startsWith('--') && !OPTIONS[command].includes(a));
  if (unknown) throw new CliError(`storysplit ${command}: unknown option "${unknown}"\n${USAGE}`);
  if (command === 'segment') return segmentCommand(args, ENTRY);
  if (command === 'explain') return (await import('./explain')).explainCommand(args);
  // Loaded only for pages: the DOM implementation costs ~0.1 s of start-up that text batches don't need.
  if (command === 'page') return (await import('./page')).pageCommand(args, ENTRY);
  throw new CliError(`storysplit: unknown command "${command}"\n${USAGE}`);
}

/** This module's own file: batch workers run it too, and serve lines instead of reading arguments. */
const ENTRY = new URL(import.meta.url);

// (Asked by name: a test runner's worker thread that imports this file must not become a batch worker.)
if (!isMainThread && workerData?.storysplitBatch) void serveBatch(workerData.storysplitBatch);
else main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => {
    // A bug of ours still gets one line, not a stack trace; STORYSPLIT_DEBUG=1 shows the trace.
    const detail = process.env.STORYSPLIT_DEBUG ? ((e as Error)?.stack ?? String(e)) : ((e as Error)?.message ?? String(e));
    process.stderr.write(e instanceof CliError ? `${e.message}\n` : `storysplit: internal error: ${detail}\n`);
    process.exitCode = e instanceof CliError ? 2 : 1;
  },
);
