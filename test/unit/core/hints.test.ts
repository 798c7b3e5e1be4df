import { describe, expect, it } from 'vitest';
import { blockPriors } from '../../../src/core/text/hints';
import type { Block } from '../../../src/core/types';

const p = (text: string, path: string, extra: Partial<Block> = {}): Block => ({ text, tag: 'p', path, region: 'main', ...extra });
const h = (text: string, path: string, level = 3, extra: Partial<Block> = {}): Block => ({ text, tag: `h${level}`, headingLevel: level, path, region: 'main', ...extra });

describe('blockPriors', () => {
  it('has one prior per block and says nothing before the first', () => {
    expect(blockPriors([])).toEqual([]);
    const pr = blockPriors([p('a', 'main[1]')]);
    expect(pr).toEqual([{ startLogOdds: 0, attach: false }]);
  });

  it('a heading opening a new sibling card is a strong start; its summary and byline are not', () => {
    const blocks = [
      h('One', 'main[1]/section[1]/article.card[1]'), p('Summary one.', 'main[1]/section[1]/article.card[1]'), p('By A', 'main[1]/section[1]/article.card[1]'),
      h('Two', 'main[1]/section[1]/article.card[2]'), p('Summary two.', 'main[1]/section[1]/article.card[2]'),
    ];
    const pr = blockPriors(blocks).map((x) => x.startLogOdds);
    expect(pr[3]).toBeGreaterThanOrEqual(3);
    expect(pr[1]).toBeLessThan(-2);
    expect(pr[2]).toBeLessThan(0);
    expect(pr[4]).toBeLessThan(-2);
  });

  it('a link headline opening a list item suggests a start', () => {
    const blocks = [
      p('Headline one', 'ul[1]/li[1]', { isLink: true, linkDensity: 1 }), p('Teaser one is here.', 'ul[1]/li[1]'),
      p('Headline two', 'ul[1]/li[2]', { isLink: true, linkDensity: 1 }), p('Teaser two is here.', 'ul[1]/li[2]'),
    ];
    const pr = blockPriors(blocks).map((x) => x.startLogOdds);
    expect(pr[2]).toBeGreaterThan(2);
    expect(pr[3]).toBeLessThan(0);
  });

  it('paragraphs of one container lean together; subheads inside an article lean together too', () => {
    const blocks = [
      h('Title', 'main[1]/article[1]', 1, { region: 'article' }),
      p('One.', 'main[1]/article[1]', { region: 'article' }), p('Two.', 'main[1]/article[1]', { region: 'article' }),
      h('Section', 'main[1]/article[1]', 2, { region: 'article' }), p('Three.', 'main[1]/article[1]', { region: 'article' }),
    ];
    const pr = blockPriors(blocks).map((x) => x.startLogOdds);
    expect(pr[2]).toBeLessThan(0);
    expect(pr[3]).toBeLessThanOrEqual(0);
    expect(pr[4]).toBeLessThan(0);
  });

  it('one-paragraph wrappers (div.para[n]) are not cards', () => {
    const blocks = [p('One.', 'article[1]/div.para[1]'), p('Two.', 'article[1]/div.para[2]'), p('Three.', 'article[1]/div.para[3]')];
    for (const x of blockPriors(blocks).slice(1)) expect(x.startLogOdds).toBeLessThan(1);
  });

  it('captions attach to the story around them', () => {
    const blocks = [p('Before.', 'article[1]'), { text: 'Photo: Jo', tag: 'figcaption', isCaption: true, path: 'article[1]/figure[2]' }, p('After.', 'article[1]')];
    const pr = blockPriors(blocks);
    expect(pr[1].attach).toBe(true);
    expect(pr[1].startLogOdds).toBeLessThan(0);
    expect(pr[2].startLogOdds).toBeLessThan(1);
  });

  it('is deterministic', () => {
    const blocks = [h('A', 'x[1]'), p('b.', 'x[1]'), h('C', 'x[2]'), p('d.', 'x[2]')];
    expect(blockPriors(blocks)).toEqual(blockPriors(blocks));
  });

  it('keeps the main article whole: every gap between blocks of one Block.article is strongly negative', () => {
    const a = { article: 1, region: 'article' as const };
    const blocks = [h('Title', 'div.story[1]/div.head[1]', 1, a), p('Lede.', 'div.story[1]/div.body[2]', a), h('Subhead', 'div.story[1]/div.more[3]', 2, a),
      p('More.', 'div.story[1]/div.more[3]', a), h('Teaser', 'div.related[2]/div[1]', 3), p('Summary.', 'div.related[2]/div[1]')];
    const pr = blockPriors(blocks);
    for (const i of [1, 2, 3]) expect(pr[i].startLogOdds).toBeLessThanOrEqual(-20);
    expect(pr[4].startLogOdds).toBeGreaterThan(0);
  });
});

describe('a card the page marks (startsStory on its first block, its blocks sharing an article id)', () => {
  it('starts more surely than a start the page marks after a card: its own text may repeat a neighbour\'s word for word', () => {
    const path = 'main[1]/div[1]';
    const blocks = [
      p('Teaser one text.', path, { article: 1, startsStory: true }), p('Shared summary.', path, { article: 1 }),
      p('Teaser two text.', path, { article: 2, startsStory: true }), p('Shared summary.', path, { article: 2 }),
      p('A line after the cards.', path, { startsStory: true }),
    ];
    const pr = blockPriors(blocks).map((x) => x.startLogOdds);
    expect(pr[2]).toBeGreaterThan(pr[4]);
    expect(pr[4]).toBeGreaterThanOrEqual(20);
  });
});
