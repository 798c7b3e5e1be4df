import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/core/types';
import { pageTopLines } from '../../../src/shared/page-top';

const b = (text: string, more: Partial<Block> = {}): Block => ({ text, ...more });

describe('pageTopLines: the short lines above the first story the page marked', () => {
  it('counts a stamp and a label above the first card, in any script', () => {
    expect(pageTopLines([b('Τελευταία ενημέρωση: Πέμπτη, 09:41 GMT'), b('Holiday Baking Contest:'), b('Harbour bridge to close', { headingLevel: 2, article: 2 })])).toBe(2);
  });

  it('stops at a heading, a link line or a sentence, and counts nothing on a page with no marked story', () => {
    expect(pageTopLines([b('Front page', { headingLevel: 1 }), b('Harbour bridge to close', { article: 2 })])).toBe(0);
    expect(pageTopLines([b('Home World Sport', { isLink: true, linkDensity: 1 }), b('Harbour bridge to close', { article: 2 })])).toBe(0);
    expect(pageTopLines([b('The bridge closed.'), b('Harbour bridge to close', { article: 2 })])).toBe(0);
    expect(pageTopLines([b('Last updated 09:41'), b('Harbour bridge to close')])).toBe(0);
  });
});
