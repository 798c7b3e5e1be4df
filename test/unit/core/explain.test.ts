// The scoring ledger: the terms explainAt lists at a candidate sum to the log-odds the decoder used there.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainAt } from '../../../src/core/boundaries/explain';
import { explainBoundaries } from '../../../src/core/boundaries/find';
import { segment } from '../../../src/core/segment';

const FIXTURE = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../fixtures/segment/stories.json'), 'utf8'));
const STORIES: string[][] = FIXTURE.stories;

describe('explainAt', () => {
  for (const joiner of ['\n', '\n\n', ' ', '']) {
    it(`its terms sum to the candidate's log-odds (joiner ${JSON.stringify(joiner)})`, () => {
      const text = STORIES.slice(0, 4).map((s) => s.join(joiner)).join(joiner);
      const { cands, scores } = explainBoundaries(text, 'en');
      for (let i = 0; i < cands.length; i += 3) {
        const e = explainAt(text, cands[i].start, 'en')!;
        expect(e.start).toBe(cands[i].start);
        expect(e.logOdds).toBeCloseTo(scores[i], 9);
        expect(e.terms.reduce((s, t) => s + t.contribution, 0)).toBeCloseTo(e.logOdds, 9);
      }
    });
  }

  it('names the story start it chose between two stories', () => {
    const text = STORIES.slice(0, 2).map((s) => s.join('\n')).join('\n');
    const second = STORIES[0].join('\n').length + 1;
    const e = explainAt(text, second + 2, 'en')!;
    expect(e.start).toBe(second);
    expect(e.chosen).toBe(true);
    expect(e.terms.map((t) => t.name)).toContain('priorLine');
  });

  it('says how the whole text was read: flat, in paragraphs, or its lines as one where feed cuts run on inside them', () => {
    const flat = STORIES.slice(0, 3).map((s) => s.join(' ')).join(' ');
    expect(explainAt(flat, 10, 'en')!.reading).toMatchObject({ flat: true, runOn: false });
    const items = ['Harbour ferry fares rise again The ferry company will charge commuters more from March, blaming fuel… [+1840 chars]', 'Orchard growers count frost damage Apple farmers across the valley lost half their blossom after three\nfreezing nights, the growers said… [+412 chars]', 'Striker signs four-year contract Midfield veteran Tomas Ardel joined the Rovers for an undisclosed fee… [+2210 chars]'].join(' ');
    expect(explainAt(items, 10, 'en')!.reading).toMatchObject({ flat: true, runOn: true });
  });

  it('reads a short text of prose lines sharing no word as items one a line, and a short story of related lines not', () => {
    const items = [
      'The veteran mayor bet on a new party of his own and lost his seat. Is his career over?',
      'Members of the press received an invitation on Monday to a special launch of a music player, slated for October, a trade site says.',
      'Games maker Nordplay has picked a chip firm to supply the graphics processors for its upcoming console, due out next winter.',
    ].join('\n');
    expect(explainAt(items, 10, 'en')!.reading).toMatchObject({ flat: false, lineList: true });
    expect(segment(items, { lang: 'en' }).stories).toHaveLength(3);
    const story = [
      'The harbour board voted on Monday to build a second ferry pier at the north quay, its chair said.',
      'The new pier will cost four million and open in two years, the board said in a statement.',
      'Ferry passengers have waited up to an hour at the old pier in summer, and the board expects the wait to halve.',
    ].join('\n');
    expect(explainAt(story, 10, 'en')!.reading).toMatchObject({ lineList: false });
    expect(segment(story, { lang: 'en' }).stories).toHaveLength(1);
  });

  it('reads a short brief of one-sentence lines that name no one new as a brief, and one-line teasers that each name their subject not', () => {
    const brief = [
      'A 42-year-old man from Leeds was sentenced to four years in prison on Tuesday for running a pension fraud.',
      'The court found him guilty of eleven counts of deception after a trial that lasted six weeks.',
      'His lawyer told reporters outside the building that he would appeal against the verdict.',
      'The judge called the scheme cynical and said the victims had lost money they could not earn back.',
      'Police said two other suspects are still being sought and asked anyone with information to come forward.',
    ].join('\n');
    const e = explainAt(brief, brief.indexOf('The court'), 'en')!;
    expect(e.reading).toMatchObject({ brief: true, lineList: false });
    expect(e.terms.map((t) => t.name)).toContain('briefGoesOn');
    expect(segment(brief, { lang: 'en' }).stories).toHaveLength(1);
    const teasers = [
      'Manchester United have signed Brazilian midfielder Paulo Henrique on a five-year contract worth 60 million pounds.',
      'Apple will open its first store in Lagos next spring, the company confirmed on Wednesday.',
      'Scientists at the University of Oslo say they have found a way to recycle wind turbine blades into building material.',
      'Former prime minister Margaret Ellison has been appointed chair of the National Gallery board of trustees.',
      'Flights at Gatwick were delayed for up to three hours after a power cut hit the baggage system.',
    ].join('\n');
    expect(explainAt(teasers, 10, 'en')!.reading).toMatchObject({ brief: false });
    expect(segment(teasers, { lang: 'en' }).stories).toHaveLength(5);
  });
});

