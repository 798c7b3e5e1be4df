// A source's name set under every teaser of a stream ("Harbour Daily" under each) is a label: the cut flag reads the
// story's own last line above it.
import { describe, expect, it } from 'vitest';
import { describeStories } from '@core/anatomy/describe';
import { labelsToTheirStories, sourceLabels, withoutSourceLabel } from '@core/anatomy/source-labels';
import { segment } from '@core/segment';

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

  it('gives a label back to the story it closes when a cut fell just above it', () => {
    const text = STORIES.join('\n');
    const second = text.indexOf('Library opens late');
    const label = text.lastIndexOf('Harbour Daily', second);
    // The decoder cut above the first label: the second story opens on it, the first ends without it.
    const spans = [{ start: 0, end: label - 1 }, { start: label, end: text.indexOf('Bridge') - 1 }, { start: text.indexOf('Bridge'), end: text.length }];
    const fixed = labelsToTheirStories(text, spans);
    expect(fixed.map((s) => text.slice(s.start, s.end))).toEqual(STORIES);
  });

  it('leaves labels set on top of every story where they are, and spans of a text with no label', () => {
    const onTop = ['Harbour Daily\nFerry fares rise again\nThe company will charge more.', 'Harbour Daily\nLibrary opens late\nIt stays open until ten.'];
    const text = onTop.join('\n');
    const spans = [{ start: 0, end: onTop[0].length }, { start: onTop[0].length + 1, end: text.length }];
    expect(labelsToTheirStories(text, spans)).toEqual(spans);
    // Labels on top that the decoder put under the story above in two places: the label opens the first story, and
    // opens as many as it ends, so no span moves.
    const parts = ['Harbour Daily\nFerry fares rise\nFares go up.\nHarbour Daily', 'Library opens late\nIt stays open.\nHarbour Daily', 'Bridge repairs drag on\nWorks go on.', 'Harbour Daily\nBakery wins a prize\nIts rye loaf won.'];
    const t2 = parts.join('\n');
    let at = 0;
    const s2 = parts.map((p) => { const span = { start: at, end: at + p.length }; at += p.length + 1; return span; });
    expect(labelsToTheirStories(t2, s2)).toEqual(s2);
  });

  it('ends every story of a labelled stream on its label, end to end: the label holds no story to the next', () => {
    const stream = [
      ...STORIES.slice(0, 2).map((s) => s.replace(/\.\n/, ' on the winter routes.\n')),
      STORIES[2],
      'Bakery wins national prize\nA family bakery on the quay won the national bread award for its rye loaf, beating two hundred entries from across the\nHarbour Daily',
    ];
    const text = stream.map((s) => s.replace(/\n/g, '\n\n')).join('\n\n');
    const { stories } = segment(text, { lang: 'en' });
    expect(stories.map((s) => s.headline)).toEqual(['Ferry fares rise again', 'Library opens late', 'Bridge repairs drag on', 'Bakery wins national prize']);
    for (const s of stories) expect(s.text.trimEnd().endsWith('Harbour Daily')).toBe(true);
  });
});
