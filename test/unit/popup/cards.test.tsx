// @vitest-environment happy-dom
// Listing pages in the popup: each story links to its page (new tab, no opener), kicker, headline and deck show
// once, the whole headline is kept (only CSS shortens it), and a headline list is compact and collapsed.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/preact';
import { StoriesTab } from '../../../src/popup/components/StoriesTab';
import { storiesToMarkdown } from '../../../src/popup/markdown';
import { afterLead } from '../../../src/popup/card-text';
import type { PageStory } from '../../../src/shared/page';
import { actions, analysis, story } from './fixtures';

afterEach(cleanup);

// useExtension holds storyToSave; its module reaches the browser through this one door, faked here.
vi.mock('../../../src/shared/browser', () => ({ browser: {} }));
const { storyToSave } = await import('../../../src/popup/useExtension');

const LONG = 'Northern ports close as winds reach more than a hundred kilometres an hour along the whole of the coast tonight';
const cardStory: PageStory = {
  ...story(1),
  title: LONG,
  headline: LONG,
  kicker: 'RISING WINDS',
  deck: 'Ferries stay in harbour.',
  clean_text: `${LONG}\n\nFerries stay in harbour.\n\nCrews tied down cranes along the coast on Monday.`,
  byline: 'By Ana Ruiz',
  url: 'https://news.example/world/ports',
  time: '08:10',
  reading_time: '4 min read',
};
const list: PageStory = {
  ...story(2),
  title: 'Latest headlines',
  headline: null,
  clean_text: 'Ferry timetable changes\nFishing talks resume',
  headline_only: true,
  items: [
    { headline: 'Ferry timetable changes for the summer', url: 'https://news.example/world/ferry', time: '09:12' },
    { headline: 'Fishing quota talks resume', url: 'javascript:alert(1)' },
  ],
};

function show(stories: PageStory[]) {
  render(<StoriesTab analysis={{ status: 'ready', analysis: analysis(stories) }} savedIndexes={new Set()} actions={actions()} />);
}

describe('a card story', () => {
  it('links its whole headline to its page in a new tab, with no opener', () => {
    show([cardStory]);
    const a = screen.getByTestId('story-link');
    expect(a.getAttribute('href')).toBe('https://news.example/world/ports');
    expect(a.getAttribute('target')).toBe('_blank');
    expect(a.getAttribute('rel')).toContain('noopener');
    expect(a.textContent).toBe(LONG);
  });

  it('shows kicker, headline and deck once each, and its small print apart', () => {
    show([cardStory]);
    const card = screen.getByTestId('story-card');
    const text = card.textContent ?? '';
    expect(text.split('RISING WINDS')).toHaveLength(2);
    expect(text.split(LONG)).toHaveLength(2);
    expect(text.split('Ferries stay in harbour.')).toHaveLength(2);
    expect(within(card).getByTestId('story-small-print').textContent).toBe('By Ana Ruiz · 08:10 · 4 min read');
  });

  it('is saved with its whole title and its own link', () => {
    const saved = storyToSave(cardStory, analysis([]).page);
    expect(saved.title).toBe(LONG);
    expect(saved.url).toBe('https://news.example/world/ports');
  });

  it('does not repeat its title as the first line of its Markdown', () => {
    const md = storiesToMarkdown([cardStory], analysis([]).page);
    expect(md.split('Northern ports close')).toHaveLength(2);
    expect(md).toContain('## [Northern ports close');
    expect(md).toContain('Crews tied down cranes');
  });
});

describe('a story the engine titled with the start of its deck', () => {
  const deck = 'A Japanese group called on China to assure safety in the country, while the Chinese embassy in Tokyo urged action';
  const s: PageStory = { ...story(3), title: 'RISING RACISM: A Japanese group called on China to assure safety in the country, while the…', headline: null, kicker: 'RISING RACISM', deck, clean_text: `RISING RACISM: ${deck}\n\nA woman was attacked in Suzhou on Monday.` };

  it('shows the kicker once, the deck whole as its title, and the text below', () => {
    show([s]);
    const text = screen.getByTestId('story-card').textContent ?? '';
    expect(text.split('RISING RACISM')).toHaveLength(2);
    expect(text.split('A Japanese group')).toHaveLength(2);
    expect(screen.getByTestId('story-title').textContent).toBe(deck);
    expect(text).toContain('A woman was attacked');
  });

  it('is saved with that whole title, not the one cut at "…"', () => {
    const saved = storyToSave(s, analysis([]).page);
    expect(saved.title).toBe(deck);
    expect(saved.kicker).toBe('RISING RACISM');
  });
});

describe('a story with no headline, titled by its first sentence', () => {
  const first = 'Buskers carry towering puppets through the streets of the old town.';
  const s: PageStory = { ...story(4), title: first, headline: null, clean_text: `${first} Now they fear a ban.\n\nThe council meets on Friday.` };

  it('shows that sentence once: the line under the title goes on with the next one', () => {
    show([s]);
    const card = screen.getByTestId('story-card');
    expect((card.textContent ?? '').split('Buskers carry')).toHaveLength(2);
    expect(card.querySelector('.first-line')?.textContent).toBe('Now they fear a ban.');
  });

  it('keeps the whole text when opened, and in what it copies', () => {
    show([s]);
    screen.getByTestId('expand-story').click();
    return Promise.resolve().then(() => expect(screen.getByTestId('story-full').textContent).toContain(first));
  });
});

describe('afterLead', () => {
  it.each([
    ['A storm  hits.\nMore.', 'A storm hits.', 'More.'],
    ['Stormy weather ahead.', 'Storm', 'Stormy weather ahead.'],
    ['A storm hits.', 'A storm hits…', 'A storm hits.'],
    ['Other text.', 'A storm hits.', 'Other text.'],
  ])('%j after %j -> %j', (text, lead, out) => expect(afterLead(text, lead)).toBe(out));
});

describe('a headline list', () => {
  it('is one collapsed group, each line a link (http only), rendered as text', () => {
    show([cardStory, list]);
    const group = screen.getByTestId('headline-list');
    expect(group.querySelector('details')?.hasAttribute('open')).toBe(false);
    const items = within(group).getAllByTestId('headline-item');
    expect(items).toHaveLength(2);
    const a = items[0].querySelector('a')!;
    expect(a.getAttribute('href')).toBe('https://news.example/world/ferry');
    expect(a.getAttribute('rel')).toContain('noopener');
    expect(items[1].querySelector('a')).toBeNull();
    expect(screen.getAllByTestId('story-card')).toHaveLength(1);
  });

  it('with no name of its own is headed by its count in Markdown, as in the popup', () => {
    const md = storiesToMarkdown([{ ...list, title: '' }], analysis([]).page);
    expect(md).toMatch(/^## 2 headlines$/m);
  });
});
