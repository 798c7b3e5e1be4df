// Story anatomy on the seed (the product's own example), on synthetic cases, on block input, and under stress.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeStories, type Anatomy } from '@core/anatomy/describe';
import { wordFlag } from '@core/anatomy/flag-wording';
import { blocksToText } from '@core/text/blocks';
import type { Block } from '@core/types';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
const names = (a: Anatomy) => a.flags.map((f) => f.name);
const one = (text: string, lang = 'en') => describeStories({ text, spans: [{ start: 0, end: text.length }], lang })[0];

describe('the seed', () => {
  const seedText = readFileSync(resolve(FIXTURES, 'seed/concatenated-news.txt'), 'utf8');
  const gold = JSON.parse(readFileSync(resolve(FIXTURES, 'seed/concatenated-news.gold.jsonl'), 'utf8').split('\n')[0]);
  const an = describeStories({ text: seedText, spans: gold.stories, lang: 'en' });

  it('story 1 is whole, with the photo credit removed', () => {
    expect(an[0].flags).toEqual([]);
    expect(an[0].clean_text).not.toContain('Photo: EPA');
    expect(an[0].removed).toEqual([{ text: 'Photo: EPA, Korean Central News Agency', reason: 'photo_credit' }]);
  });
  it('stories 2, 4 and 5 are cut mid-sentence', () => {
    for (const i of [1, 3, 4]) expect(names(an[i])).toContain('cut_mid_sentence');
    expect(wordFlag(an[1].flags[0].code!, an[1].flags[0].params!)).toBe('ends on “or even” with no full stop');
  });
  it('story 3 is a likely teaser, and only that', () => {
    expect(names(an[2])).toEqual(['likely_teaser']);
    expect(an[2].truncated_end).toBe(true);
  });
  it('a cut line too short to judge (a headline link) is no evidence that a whole story was cut', () => {
    const whole = 'The council approved the new tram line on Tuesday after a decade of debate over its route.';
    const text = `${whole}\nMore news from the city council on the tram line and the`;
    const spans = [{ start: 0, end: whole.length }, { start: whole.length + 1, end: text.length }];
    const [story, link] = describeStories({ text, spans, lang: 'en' });
    expect(names(link)).toContain('cut_mid_sentence');
    expect(names(story)).toEqual([]);
  });

  it('stories 4 and 5 have kicker and deck as in the gold file', () => {
    for (const i of [3, 4]) {
      expect(an[i].kicker).toBe(gold.stories[i].kicker);
      expect(an[i].deck).toBe(gold.stories[i].deck);
      expect(an[i].title.startsWith(`${gold.stories[i].kicker}: `)).toBe(true);
    }
  });
  it('no story starts mid-sentence', () => {
    for (const a of an) expect(a.truncated_start).toBe(false);
  });
});

describe('synthetic cases', () => {
  const { cases } = JSON.parse(readFileSync(resolve(FIXTURES, 'anatomy/cases.json'), 'utf8')) as { cases: { name: string; text: string; lang?: string; skip?: boolean; expect: Record<string, unknown> }[] };
  for (const c of cases) {
    // Known failures stay in the table, marked skip, so they are counted.
    (c.skip ? it.skip : it)(c.name, () => {
      const a = one(c.text, c.lang);
      for (const [k, v] of Object.entries(c.expect)) {
        if (k === 'flags') expect(names(a)).toEqual(v);
        else if (k === 'removed') expect(a.removed.map((r) => r.reason)).toEqual(v);
        else expect(a[k as keyof Anatomy]).toEqual(v);
      }
      expect(one(a.clean_text, c.lang).clean_text).toBe(a.clean_text);
    });
  }
});

describe('block input', () => {
  it('takes a heading block as the headline and drops a caption block', () => {
    const blocks = [
      { text: 'Ferry line opens', tag: 'h2', headingLevel: 2 },
      { text: 'The city opened a new ferry line on Monday.', tag: 'p' },
      { text: 'Passengers board the first ferry.', tag: 'figcaption', isCaption: true },
      { text: 'It will run every hour.', tag: 'p' },
    ];
    const bt = blocksToText(blocks);
    const [a] = describeStories({ text: bt.text, spans: [{ start: 0, end: bt.text.length }], blocks, blockStarts: bt.starts, lang: 'en' });
    expect(a.headline).toBe('Ferry line opens');
    expect(a.title).toBe('Ferry line opens');
    expect(a.clean_text).toBe('Ferry line opens\n\nThe city opened a new ferry line on Monday.\n\nIt will run every hour.');
    expect(a.removed).toEqual([{ text: 'Passengers board the first ferry.', reason: 'caption' }]);
  });

  const describeBlocks = (blocks: Block[]) => {
    const bt = blocksToText(blocks);
    return describeStories({ text: bt.text, spans: [{ start: 0, end: bt.text.length }], blocks, blockStarts: bt.starts, lang: 'en' })[0];
  };

  it("reads a section's heading over a teaser's linked title as the kicker, the linked title as the headline", () => {
    const a = describeBlocks([
      { text: 'Picked for you', tag: 'h2', headingLevel: 2 },
      { text: 'Ferry line opens', tag: 'h3', headingLevel: 3, isLink: true },
      { text: 'The city opened a new ferry line on Monday. It will run every hour from the old quay to the', tag: 'p' },
    ]);
    expect([a.kicker, a.headline, a.title]).toEqual(['Picked for you', 'Ferry line opens', 'Ferry line opens']);
    expect(a.clean_text.startsWith('Ferry line opens\n\nThe city')).toBe(true);
  });

  it('keeps the heading over a story that holds more linked titles of that rank, and a title over a deck that links nowhere', () => {
    const edition = describeBlocks([
      { text: 'The weekly edition', tag: 'h1', headingLevel: 1 },
      { text: 'Ferry line opens', tag: 'h2', headingLevel: 2, isLink: true },
      { text: 'The city opened a new ferry line on Monday.', tag: 'p' },
      { text: 'Library stays open late', tag: 'h2', headingLevel: 2, isLink: true },
      { text: 'The library will stay open until ten.', tag: 'p' },
    ]);
    expect([edition.kicker, edition.headline]).toEqual([null, 'The weekly edition']);
    const article = describeBlocks([
      { text: 'Ferry line opens', tag: 'h1', headingLevel: 1 },
      { text: 'A new route from the old quay', tag: 'h2', headingLevel: 2 },
      { text: 'The city opened a new ferry line on Monday.', tag: 'p' },
    ]);
    expect([article.kicker, article.headline]).toEqual([null, 'Ferry line opens']);
    // A page's h1 is its title, even over a linked subtitle.
    const live = describeBlocks([
      { text: 'Council approves the new harbour plan', tag: 'h1', headingLevel: 1 },
      { text: 'Live: follow the harbour debate as it happens', tag: 'h2', headingLevel: 2, isLink: true },
      { text: 'The council approved the plan on Monday after a long debate.', tag: 'p' },
    ]);
    expect([live.kicker, live.headline]).toEqual([null, 'Council approves the new harbour plan']);
  });
});

describe('titles', () => {
  it('shortens the first sentence at a word', () => {
    const a = one('The regional council of the northern province approved an extraordinary budget for the repair of roads and bridges damaged in the storm. It was late.');
    expect(a.title.length).toBeLessThanOrEqual(91);
    expect(a.title.endsWith('…')).toBe(true);
    expect(a.title).toMatch(/^The regional council of the northern province approved an extraordinary budget for the\b/);
  });
});

/** A thousand generated stories take about a second alone, several on a busy shared machine. */
const PROPERTY_TIMEOUT_MS = 30_000;

describe('stress', () => {
  const odd = ['', ' ', '\n\n\n', '\ud800\udc00\ud800', '…', 'RISING:', 'RISING: ', 'Photo:', '東京で会議が開かれた。', 'مرحبا بالعالم. كيف حالك؟', '🙂 🙂. 🙂', 'A'.repeat(5000)];
  it('never throws on odd strings', () => {
    for (const t of odd) expect(() => one(t)).not.toThrow();
  });
  it.each(['Read more … Read more said'])('clean_text is stable on a found case: %j (a furniture title line split off a flat line)', (t) => {
    const a = one(t);
    expect(one(a.clean_text).clean_text).toBe(a.clean_text);
  });
  it('never throws, and clean_text is stable, on generated text', () => {
    const word = fc.constantFrom('The', 'minister', 'said', 'RISING RACISM:', 'Photo: AFP', 'Read more', '…', 'or', 'even', '“Quoted', 'words,”', 'U.S.', '\n', 'LONDON (Reuters) -', 'By', 'Jane', 'Doe');
    const text = fc.oneof(fc.array(word, { maxLength: 60 }).map((w) => w.join(' ')), fc.string({ unit: 'binary', maxLength: 300 }));
    fc.assert(fc.property(text, (t) => {
      const a = one(t);
      expect(one(a.clean_text).clean_text).toBe(a.clean_text);
    }), { numRuns: 1000 });
  }, PROPERTY_TIMEOUT_MS);
  it('runs in about linear time', () => {
    const story = readFileSync(resolve(FIXTURES, 'seed/concatenated-news.txt'), 'utf8');
    const time = (n: number) => { const t = story.repeat(n); const t0 = performance.now(); one(t); return performance.now() - t0; };
    time(2);
    const small = time(5);
    const big = time(40);
    expect(big).toBeLessThan(small * 8 * 4 + 100);
  });
});

describe('helpers the engine can reuse', () => {
  it('looksLikeHeadline and kickerAt', async () => {
    const { looksLikeHeadline } = await import('@core/anatomy/headline');
    const { kickerAt } = await import('@core/text/shapes');
    const { langData } = await import('@core/text/lang/anatomy/index');
    expect(looksLikeHeadline('Jaguar sees strong growth in new model sales')).toBe(true);
    expect(looksLikeHeadline('The company said it would cut 300 jobs next year.')).toBe(false);
    expect(kickerAt('RISING RACISM: A Japanese group called on China', langData('en'))).toBe('RISING RACISM');
    expect(kickerAt('Photo: AFP', langData('en'))).toBeNull();
  });
});

describe('a kicker on a line of its own', () => {
  const body = 'The old quay was cleared on Tuesday after the tide brought in a boat nobody had seen before. Fishermen called it a mystery. The harbour master said he would find its owner.';
  it('a short label ending on a colon over a headline is the kicker, and the headline under it names the story', () => {
    const a = one(`Harbour life:\n\nStray boat drifts into the old quay overnight\n\n${body}`);
    expect(a.kicker).toBe('Harbour life');
    expect(a.headline).toBe('Stray boat drifts into the old quay overnight');
    expect(a.title).toBe('Stray boat drifts into the old quay overnight');
    expect(a.clean_text.startsWith('Harbour life: Stray boat drifts')).toBe(true);
  });
  it('a caption label, a speaker, a date line, a quotation and a colon before a paragraph are no kicker', () => {
    expect(one(`Photo:\n\nStray boat drifts into the old quay\n\n${body}`).kicker).toBeNull();
    expect(one(`The council said three things on Monday about the harbour:\n\n${body}`).kicker).toBeNull();
    expect(one(`Harbour life:\n\n${body}`).kicker).toBeNull();
    expect(one(`The harbour master said:\n“We will find the owner this week”\n${body}`).kicker).toBeNull();
    expect(one(`Updated:\n6 December 2026\n${body}`).kicker).toBeNull();
  });
});

describe('a sentence wrapped across lines is no headline', () => {
  it('a line ending on a function word, going on in small letters, opens the body', () => {
    const a = one('The council will vote on a plan for the\nharbour on Monday. Residents are divided.');
    expect(a.headline).toBeNull();
    expect(a.truncated_start).toBe(false);
  });
  it('a real headline over a body cut at its start keeps its flag', () => {
    const a = one('Harbour plan divides residents\nand the council will vote on Monday. Residents are divided.');
    expect(a.headline).toBe('Harbour plan divides residents');
    expect(a.truncated_start).toBe(true);
  });
});

describe('the end of a story longer than two teasers', () => {
  // Invented: 22 sentences of 20 words (440 words), then a link to more or an ellipsis.
  const sentence = 'The harbour board met on Tuesday to weigh a plan for the old ferry pier and its two crumbling sheds. ';
  it('a caption as its last line cuts nothing; a teaser ending so is cut', () => {
    const caption = 'Ferry crews wave from the deck as the first boat of the season leaves the bay';
    expect(one(`${sentence.repeat(22)}${caption}`).truncated_end).toBe(false);
    expect(one(`${sentence.repeat(3)}${caption}`).truncated_end).toBe(true);
  });
  it('an ellipsis, a feed\'s "[+N chars]" or a "Read more" after a sentence cut off is a cut at any length (a paywall, a feed)', () => {
    for (const tail of ['The board said the pier would …', 'The board said the pier would… [+3412 chars]', 'The board said the pier would Read more']) {
      expect(one(`${sentence.repeat(22)}${tail}`).truncated_end).toBe(true);
      expect(one(`${sentence.repeat(3)}${tail}`).truncated_end).toBe(true);
    }
  });
});

describe('a headline standing alone', () => {
  it('has no text that could be cut short; a fragment that stops on a function word, or a marked cut, still is', () => {
    expect(one('Harbour bridge to close for repairs').truncated_end).toBe(false);
    expect(one('Hafenbrücke wird wegen Reparaturen gesperrt', 'de').truncated_end).toBe(false);
    expect(one('The council said the bridge would close on').truncated_end).toBe(true);
    expect(one('Harbour bridge to close for repairs …').truncated_end).toBe(true);
    expect(one('The council said on Monday that the harbour bridge would close in May for repairs that').truncated_end).toBe(true);
    // Written without spaces, a long line is one "word": its length in characters says it is no headline.
    expect(one('市政府周一宣布港口大桥将在五月关闭进行维修工程预计持续两年时间期间渡轮将增加班次以方便居民出行而商店和餐馆的老板们担心生意会受到影响因为游客可能会选择其他的目的地度假', 'zh').truncated_end).toBe(true);
  });
});

describe('wordCount', () => {
  it('counts words with a letter or digit only, so an empty story shows 0', () => {
    expect(one('... !!! ??? --- ,,, ;;;').wordCount).toBe(0);
    expect(one('The minister said … no more …').wordCount).toBe(5);
  });
});
