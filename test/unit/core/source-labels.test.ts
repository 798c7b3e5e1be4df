// A source's name set under every teaser of a stream ("Harbour Daily" under each) is a label: the cut flag reads the
// story's own last line above it.
import { describe, expect, it } from 'vitest';
import { describeStories } from '@core/anatomy/describe';
import { sourceLabels, withoutSourceLabel } from '@core/anatomy/source-labels';

const STORIES = [
  'Ferry fares rise again\nThe ferry company will charge commuters more from March, blaming fuel costs.\nHarbour Daily',
  'Library opens late\nThe city library will stay open until ten at night from April, the council said.\nHarbour Daily',
  'Bridge repairs drag on\nEngineers found more rust under the deck of the north bridge and said the works would take until\nHarbour Daily',
];

function describeAll(stories: readonly string[]) {
  const text = stories.join('\n');
  let at = 0;
  const spans = stories.map((s) => { const span = { start: at, end: at + s.length }; at += s.length + 1; return span; });
  return describeStories({ text, spans, lang: 'en' });
}

describe('source labels under the stories of a stream', () => {
  it('takes a short last line that ends two or more stories as a label, and no line that ends one', () => {
    expect([...sourceLabels(STORIES)]).toEqual(['Harbour Daily']);
    expect(sourceLabels([STORIES[0], 'Another story\nIt ends on its own words.']).size).toBe(0);
    expect(sourceLabels(['Harbour Daily', 'Harbour Daily']).size).toBe(0); // a story of one line is never a label
  });

  it('reads a story past its label, and leaves a text without one as it is', () => {
    const labels = sourceLabels(STORIES);
    expect(withoutSourceLabel(STORIES[0], labels)).toBe('Ferry fares rise again\nThe ferry company will charge commuters more from March, blaming fuel costs.');
    expect(withoutSourceLabel('A line\nAnother line', labels)).toBe('A line\nAnother line');
  });

  it('flags only the teaser whose own text is cut, and names its last words, not the label', () => {
    const an = describeAll(STORIES);
    expect(an.map((a) => a.flags.some((f) => f.name === 'cut_mid_sentence'))).toEqual([false, false, true]);
    expect(an[2].flags.find((f) => f.name === 'cut_mid_sentence')?.params).toEqual(['take until']);
  });
});
