// On a page set in paragraphs, a story starts inside a paragraph only on evidence of the text's shape, never on
// topic drift alone; block starts keep their word evidence, so paragraphs that are separate stories still split.
import { describe, expect, it } from 'vitest';
import { pagePriors } from '../../../src/core/boundaries/page-priors';
import type { Candidate } from '../../../src/core/boundaries/candidates';
import { segment } from '../../../src/core/index';
import { blocksToText } from '../../../src/core/text/blocks';
import type { Block } from '../../../src/core/types';

const p = (text: string): Block => ({ text, tag: 'p', path: 'body[1]/div.text[1]', region: 'other' });

/** The ledger pagePriors writes for each candidate, with the word evidence `lexical` gives every candidate. */
function ledger(blocks: Block[], cands: Candidate[], paragraphed: boolean, lexical: number): Map<number, [string, number][]> {
  const out = new Map<number, [string, number][]>();
  const { starts } = blocksToText(blocks);
  pagePriors(cands, (i, name, value) => out.set(i, [...(out.get(i) ?? []), [name, value]]), { blocks, starts }, { paragraphed, lexical: () => lexical });
  return out;
}

describe('a page set in paragraphs', () => {
  const blocks = [p('The clerk copied the deeds. Months earlier a schooner had sailed south.'), p('Sailors hauled the ropes.')];
  const { text, starts } = blocksToText(blocks);
  const inside = text.indexOf('Months');
  const cands: Candidate[] = [
    { kind: 'sentence', prevEnd: inside - 1, start: inside },
    { kind: 'blank', prevEnd: starts[1] - 2, start: starts[1] },
  ];

  it('takes back the topic evidence at a sentence end inside a paragraph', () => {
    const l = ledger(blocks, cands, true, 4.5);
    expect(l.get(0)).toContainEqual(['page: topic alone inside a paragraph', -4.5]);
  });

  it('leaves the topic evidence at a block start, and adds nothing where the text says no boundary', () => {
    expect((ledger(blocks, cands, true, 4.5).get(1) ?? []).some(([n]) => n.includes('topic alone'))).toBe(false);
    expect(ledger(blocks, cands, true, -2).get(0)).toBeUndefined();
  });

  it('leaves run-on text alone: one block of several stories, with no paragraph breaks to go by', () => {
    expect(ledger(blocks, cands, false, 4.5).get(0)).toBeUndefined();
  });

  it('still finds stories that sit in paragraphs of their own', () => {
    const stories = segment({
      blocks: [
        p('LISBON (Reuters) - The port authority opened a new container terminal on Monday, doubling the capacity of the harbour for cargo ships arriving from Asia and the Americas.'),
        p('Officials said the terminal would create four hundred jobs and handle two million containers a year once the second crane line is finished next spring.'),
        p('NAIROBI (AP) - Kenya\'s marathon champion retired from racing on Sunday after winning the city race for the fifth time, ending a career that spanned two decades.'),
        p('She told reporters she would coach young athletes at the training camp in the highlands where she herself began running as a schoolgirl.'),
      ],
      lang: 'en',
    }).stories;
    expect(stories.map((s) => s.text.slice(0, 7))).toEqual(['LISBON ', 'NAIROBI']);
  });
});
