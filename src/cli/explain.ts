// `storysplit explain FILE --at OFFSET`: every log-odds term at the candidate boundary nearest to OFFSET.
import { explainAt } from '@core/index';
import { INLINE_WINDOW } from '@core/boundaries/features';
import { CliError, readInput, takeOption } from './io';

export function explainCommand(args: string[]): number {
  const rest = [...args];
  const at = takeOption(rest, '--at');
  const lang = takeOption(rest, '--lang');
  const json = rest.includes('--json');
  const file = rest.filter((a) => a !== '--json')[0];
  const offset = Number(at);
  if (at === undefined || !Number.isInteger(offset) || offset < 0) throw new CliError('storysplit explain: give --at OFFSET (a character offset into the text)');
  const text = readInput(file);
  const e = explainAt(text, offset, lang);
  if (!e) { process.stdout.write('No candidate boundary in this text.\n'); return 0; }
  if (json) { process.stdout.write(JSON.stringify(e) + '\n'); return 0; }
  const near = (from: number, to: number) => JSON.stringify(text.slice(from, to));
  // The whole text's reading, which some terms scale by: said once, above the candidate's own terms.
  const d = e.reading;
  const read = [d.runOn && 'its lines read as one (feed cuts run on inside them)', d.flat && 'flat', d.paragraphed && 'in paragraphs',
    d.itemList && 'a list of short items', d.lineList && 'short items one a line', d.brief && 'a brief, one sentence a line', d.glued > 0 && `glued ${d.glued}`, d.headlineList && 'a list of headlines',
    d.inlineWindow !== INLINE_WINDOW && `short stories: cohesion read ${d.inlineWindow} words either side`].filter(Boolean);
  const lines = [
    ...(read.length ? [`the text: ${read.join(', ')}`] : []),
    `candidate ${e.kind} at ${e.start}${e.start !== offset ? ` (nearest to ${offset})` : ''}: ${near(Math.max(0, e.prevEnd - 50), e.prevEnd)} | ${near(e.start, e.start + 50)}`,
    `log-odds ${e.logOdds.toFixed(2)} (p ${(1 / (1 + Math.exp(-e.logOdds))).toFixed(3)}), ${e.chosen ? 'chosen: a story starts here' : 'not chosen'}; stories under ${e.minStoryWords} words cost extra`,
    ...(e.lexicalShare < 1 ? [`word statistics count ${Math.round(e.lexicalShare * 100)}% here (a headline of a list of headlines): their values are shown so`] : []),
    '',
    `  ${'term'.padEnd(44)}${'value'.padStart(8)}${'weight'.padStart(8)}${'log-odds'.padStart(10)}`,
    ...[...e.terms].sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution)).map((t) =>
      `  ${t.name.padEnd(44)}${(t.weight === null ? '' : t.activation.toFixed(2)).padStart(8)}${(t.weight === null ? '' : t.weight.toFixed(2)).padStart(8)}${t.contribution.toFixed(2).padStart(10)}`),
  ];
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}
