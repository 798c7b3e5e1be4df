// A story is one address: a card whose live blog's entries, "more" and comment links go to its own page at a
// #fragment is one card, not headlines of their own; and a kicker the heading sets in nested boxes ("Live:", then
// its topic) is read whole, its boxes a space apart. Invented markup and text.
import { describe, expect, it } from 'vitest';
import { segmentHtml } from '../../../src/cli/page';
import { partOfStory } from '../../../src/extract/teasers';
import type { RawBlock } from '../../../src/extract/walk';

const BLOG = 'https://news.example.org/2031/harbour-storm-live';
const entry = (id: string, time: string, title: string) =>
  `<li><a href="${BLOG}#entry=${id}"><div class="date"><time>${time}</time></div><div class="entry-title">${title}</div></a></li>`;
const blogCard = () => `<article class="teaser"><div class="box">
  <a href="${BLOG}"><h3><span class="kicker"><span>Live:</span><span>Storm on the coast</span></span><span class="title">Ferries stay in port for a second night</span></h3></a>
  <p class="summary">The coast guard kept every ferry in port on Tuesday as gusts reached a hundred kilometres an hour. Our reporters follow the storm here.</p>
  <ul class="timeline">${entry('a1', 'Today, 21:40', 'Harbour wall damaged near the old pier')}${entry('b2', 'Today, 21:05', 'Power cut in three villages on the cape')}${entry('c3', 'Today, 20:30', 'Schools will stay shut on Wednesday morning')}</ul>
  <div class="actions"><a href="${BLOG}#comments">312</a> <a href="${BLOG}">More in the live blog</a></div>
</div></article>`;
const card = (i: number, head: string, text: string) =>
  `<article class="teaser"><a href="https://news.example.org/2031/story-${i}"><h3><span class="kicker">Region</span><span class="title">${head}</span></h3></a><p class="summary">${text}</p></article>`;
const page = `<html><body><main>
${card(1, 'Council votes to rebuild the northern jetty', 'The town council agreed on Monday to rebuild the jetty by next summer. Work starts in March.')}
${blogCard()}
${card(2, 'Fishermen ask for help after a lost season', 'Boats stayed ashore for six weeks this winter. The union wants a fund for the crews.')}
${card(3, 'New ferry timetable starts in the spring', 'Two more crossings a day will run from April. Tickets go on sale next week.')}
</main></body></html>`;

describe('a card holding its live blog (entries, "more" and comments linked to its page at a #fragment)', () => {
  const { stories } = segmentHtml(page);
  const blog = stories.filter((s) => s.url === BLOG);

  it('is one story with its link, its kicker read whole from the nested boxes, and its headline alone', () => {
    expect(blog).toHaveLength(1);
    expect(blog[0]).toMatchObject({ kicker: 'Live: Storm on the coast', title: 'Ferries stay in port for a second night' });
  });

  it('lists no entry of the blog as a story, and keeps the entries out of the card\'s text', () => {
    expect(stories.map((s) => s.title)).toEqual([
      'Council votes to rebuild the northern jetty',
      'Ferries stay in port for a second night',
      'Fishermen ask for help after a lost season',
      'New ferry timetable starts in the spring',
    ]);
    expect(blog[0].clean_text).not.toMatch(/Harbour wall|Power cut|Schools will|More in the live blog/);
  });

  it('reads only a link to the same page at a fragment as a part: not a hash route ("#!/…"), a heading or another page', () => {
    const rb = (href: string, heading = false) => ({ link: { getAttribute: () => href }, block: { isLink: true, ...(heading ? { headingLevel: 3 } : {}) } }) as unknown as RawBlock;
    const head = rb(BLOG, true);
    expect(partOfStory(head, rb(`${BLOG}#comments`))).toBe(true);
    expect(partOfStory(head, rb(`${BLOG}#entry=a1`))).toBe(true);
    expect(partOfStory(head, rb(`${BLOG}#!/photos`))).toBe(false);
    expect(partOfStory(head, rb(`${BLOG}#entry=a1`, true))).toBe(false);
    expect(partOfStory(head, rb(`${BLOG}-2#comments`))).toBe(false);
    expect(partOfStory(head, rb(BLOG))).toBe(false);
  });
});

describe('a kicker in boxes of its own inside the heading (a badge, then its topic)', () => {
  const head = (i: number, badge: string, topic: string, title: string) =>
    `<article><a href="/s/${i}"><h2><span class="kicker"><span class="badge">${badge}</span><span>${topic}</span></span><span class="title">${title}</span></h2></a><p>The regional office said on Friday that the plan for site ${i} would be ready by the end of the month.</p></article>`;
  const { stories } = segmentHtml(`<html><body><main>${head(1, 'Update', 'Harbour works', 'Cranes return to the east quay')}${head(2, 'Opinion', 'Town budget', 'The bridge can wait a year')}${head(3, 'Analysis', 'Ferries', 'Why the night crossing lost money')}</main></body></html>`);

  it('keeps the badge and the topic together as the kicker, a space between, and the title alone', () => {
    expect(stories.map((s) => [s.kicker, s.title])).toEqual([
      ['Update Harbour works', 'Cranes return to the east quay'],
      ['Opinion Town budget', 'The bridge can wait a year'],
      ['Analysis Ferries', 'Why the night crossing lost money'],
    ]);
  });
});

describe('a mark glued to the kicker\'s next word ("Opinion •Town budget")', () => {
  const head = (i: number, title: string) =>
    `<article><a href="/o/${i}"><h2><span class="kicker"><span>Opinion</span> <span>•</span>Town budget</span> <span class="title">${title}</span></h2></a><p>The column for week ${i} argues that the harbour fund should wait until the spring accounts are in.</p></article>`;
  const { stories } = segmentHtml(`<html><body><main>${head(1, 'The bridge can wait a year')}${head(2, 'Ferries need a new plan')}${head(3, 'Night crossings cost too much')}</main></body></html>`);

  it('stands apart in the kicker', () => {
    expect(stories.map((s) => s.kicker)).toEqual(['Opinion • Town budget', 'Opinion • Town budget', 'Opinion • Town budget']);
  });
});
