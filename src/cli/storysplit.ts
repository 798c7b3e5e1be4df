// The `storysplit` command line: batch segmentation over core, for users and the evaluation.
import { segment } from '@core/index';
import { formatLeftOut, formatStories, storyToJson } from './format';
import { answerJsonl, CliError, readInput, takeOption } from './io';

const USAGE = `usage:
  storysplit segment [FILE|-]            list the stories of a text file, with flags
  storysplit segment --jsonl [FILE|-]    batch: {"id","text"} lines in, {"id","stories"} lines out
  storysplit page FILE.html              list the stories found on a saved HTML page
  storysplit page --jsonl [FILE|-]       batch: {"id","html"} lines in, {"id","stories"} lines out
  storysplit explain FILE --at OFFSET    each log-odds term at the candidate boundary nearest OFFSET (--json too)
options:
  --lang CODE                            language hint (BCP 47), detected when absent
`;

async function segmentCommand(args: string[]): Promise<number> {
  const jsonl = args.includes('--jsonl');
  const rest = args.filter((a) => a !== '--jsonl');
  const lang = takeOption(rest, '--lang');
  const file = rest[0];
  if (!jsonl) {
    const result = segment(readInput(file), lang ? { lang } : {});
    process.stdout.write(formatStories(result.stories, result.reason));
    process.stdout.write(formatLeftOut(result.leftOut));
    return 0;
  }
  return answerJsonl(file, 'text', 'segmentation failed', lang, (text, docLang) => {
    const result = segment(text, docLang ? { lang: docLang } : {});
    return { stories: result.stories.map(storyToJson), ...(result.reason ? { reason: result.reason } : {}), ...(result.leftOut?.length ? { leftOut: result.leftOut } : {}) };
  });
}

// A reader that stops early (`| head -1`) closes the pipe: that is the reader's choice, not an error to report.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  process.stderr.write(`storysplit: cannot write the output: ${e.message}\n`);
  process.exit(1);
});

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (!command || command === '-h' || command === '--help' || command === 'help') {
    process.stdout.write(USAGE);
    return command ? 0 : 2;
  }
  if (command === 'segment') return segmentCommand(args);
  if (command === 'explain') return (await import('./explain')).explainCommand(args);
  // Loaded only for pages: the DOM implementation costs ~0.1 s of start-up that text batches don't need.
  if (command === 'page') return (await import('./page')).pageCommand(args);
  throw new CliError(`storysplit: unknown command "${command}"\n${USAGE}`);
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => {
    // A bug of ours still gets one line, not a stack trace; STORYSPLIT_DEBUG=1 shows the trace.
    const detail = process.env.STORYSPLIT_DEBUG ? ((e as Error)?.stack ?? String(e)) : ((e as Error)?.message ?? String(e));
    process.stderr.write(e instanceof CliError ? `${e.message}\n` : `storysplit: internal error: ${detail}\n`);
    process.exitCode = e instanceof CliError ? 2 : 1;
  },
);
