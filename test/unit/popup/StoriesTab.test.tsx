// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { StoriesTab } from '../../../src/popup/components/StoriesTab';
import type { AnalysisState } from '../../../src/popup/state';
import { actions, analysis, story } from './fixtures';

afterEach(cleanup);

const ready = (a = analysis([story(1), story(2)])): AnalysisState => ({ status: 'ready', analysis: a });
const show = (a: AnalysisState, savedIndexes: ReadonlySet<number> = new Set()) => {
  const act = actions();
  render(<StoriesTab analysis={a} savedIndexes={savedIndexes} actions={act} />);
  return act;
};

describe('Stories tab: the list', () => {
  it('shows a card per story with kicker, title, deck, first line and word count', () => {
    show(ready(analysis([story(1, { kicker: 'Politics', deck: 'A short deck.' }), story(2)])));
    const cards = screen.getAllByTestId('story-card');
    expect(cards).toHaveLength(2);
    const c = within(cards[0]);
    expect(c.getByText('Politics')).toBeTruthy();
    expect(c.getByRole('heading', { name: 'Headline 1' })).toBeTruthy();
    expect(c.getByText('A short deck.')).toBeTruthy();
    expect(c.getByText('First paragraph of story 1.')).toBeTruthy();
    expect(c.queryByText(/Second paragraph/)).toBeNull();
    expect(c.getByTestId('word-count').textContent).toBe('11 words');
    expect(screen.getByTestId('stories-summary').textContent).toBe('2 stories · news.example');
  });

  it('shows flags as badges in plain words, with the reason on hover and keyboard focus', () => {
    show(ready(analysis([story(1, { flags: [{ name: 'cut_mid_sentence', reason: 'ends on "or even" with no full stop' }, { name: 'likely_teaser', reason: 'short, ends in a link' }, { name: 'starts_mid_sentence', reason: 'starts lower-case' }] })])));
    const badges = screen.getAllByTestId('flag-badge');
    expect(badges.map((b) => b.firstChild?.textContent)).toEqual(['Cut off mid-sentence', 'Likely a teaser', 'Starts mid-sentence']);
    const cut = badges[0];
    expect(cut.getAttribute('tabindex')).toBe('0');
    const tip = document.getElementById(cut.getAttribute('aria-describedby')!);
    expect(tip?.textContent).toBe('ends on "or even" with no full stop');
    expect(tip?.getAttribute('role')).toBe('tooltip');
  });

  it('Copy, Save and Show in page call back with the story', () => {
    const s = story(1);
    const act = show(ready(analysis([s])));
    fireEvent.click(screen.getByTestId('copy-story'));
    expect(act.copyStory).toHaveBeenCalledWith(s);
    fireEvent.click(screen.getByTestId('save-story'));
    expect(act.saveStories).toHaveBeenCalledWith([0]);
    fireEvent.click(screen.getByTestId('show-in-page'));
    expect(act.showInPage).toHaveBeenCalledWith(s);
    expect(screen.getByTestId('copy-story').getAttribute('aria-label')).toBe('Copy “Headline 1”');
  });

  it('Copy all and Save all (only the unsaved ones)', () => {
    const act = show(ready(analysis([story(1), story(2), story(3)])), new Set([1]));
    fireEvent.click(screen.getByTestId('copy-all'));
    expect(act.copyAll).toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('save-all'));
    expect(act.saveStories).toHaveBeenCalledWith([0, 2]);
    const saveButtons = screen.getAllByTestId('save-story') as HTMLButtonElement[];
    expect(saveButtons[1].disabled).toBe(true);
    expect(saveButtons[1].textContent).toBe('Saved');
  });

  it('offers Show in page only for a tab analysis of a story with positions', () => {
    show(ready(analysis([story(1), story(2, { startPos: undefined })])));
    expect(screen.getAllByTestId('show-in-page')).toHaveLength(1);
    cleanup();
    show(ready(analysis([story(1)], { tabId: null })));
    expect(screen.queryByTestId('show-in-page')).toBeNull();
    cleanup();
    show(ready(analysis([story(1)], { source: 'selection' })));
    expect(screen.queryByTestId('show-in-page')).toBeNull();
    expect(screen.getByTestId('stories-summary').textContent).toContain('from your selection');
  });

  it('says how much of a very long page was left out', () => {
    show(ready(analysis([story(1)], { omittedChars: 123456 })));
    expect(screen.getByTestId('omitted-note').textContent).toMatch(/123.456 characters/);
  });

  it('says what it left out as page furniture (issue 16: no untitled card, and no silence)', () => {
    show(ready(analysis([story(1)], { leftOutChars: 42 })));
    expect(screen.getByTestId('left-out-note').textContent).toMatch(/42 characters held only links/);
    cleanup();
    show(ready(analysis([story(1)])));
    expect(screen.queryByTestId('left-out-note')).toBeNull();
  });
});

describe('Stories tab: expand and collapse', () => {
  it('expands to the full text and what cleaning removed; Escape collapses and returns focus', () => {
    show(ready(analysis([story(1, { removed: [{ text: 'Photo: AP', reason: 'photo_credit' }, { text: 'Share this', reason: 'weird_thing' }] })])));
    const expand = screen.getByTestId('expand-story');
    expect(expand.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(expand);
    expect(expand.getAttribute('aria-expanded')).toBe('true');
    const full = screen.getByTestId('story-full');
    expect(expand.getAttribute('aria-controls')).toBe(full.id);
    expect(within(full).getByText('Second paragraph of story 1.')).toBeTruthy();
    const removed = screen.getByTestId('story-removed');
    expect(removed.textContent).toContain('Photo credit');
    expect(removed.textContent).toContain('Photo: AP');
    expect(removed.textContent).toContain('weird thing');
    fireEvent.keyDown(within(full).getByText('Second paragraph of story 1.'), { key: 'Escape' });
    expect(screen.queryByTestId('story-full')).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('expand-story'));
  });
});

describe('Stories tab: states', () => {
  it('loading, without and with progress', () => {
    show({ status: 'loading', progress: null });
    expect(screen.getByTestId('state-loading').textContent).toContain('Reading the page');
    expect(screen.queryByRole('progressbar')).toBeNull();
    cleanup();
    show({ status: 'loading', progress: { done: 250, total: 1000 } });
    const bar = screen.getByRole('progressbar') as HTMLProgressElement;
    expect(bar.getAttribute('value')).toBe('25');
    expect(screen.getByTestId('state-loading').textContent).toContain('25% done');
  });

  it('no stories, and why', () => {
    show(ready(analysis([], { reason: 'no prose found' })));
    expect(screen.getByTestId('state-empty').textContent).toContain('No stories found');
    expect(screen.getByTestId('empty-reason').textContent).toBe('no prose found');
  });

  it('a restricted page explains and suggests the context menu', () => {
    show({ status: 'restricted', url: 'chrome://settings/', message: 'restricted' });
    const el = screen.getByTestId('state-restricted');
    expect(el.textContent).toContain("This page can't be read");
    expect(el.textContent).toMatch(/chrome:\/\/.*PDF/);
    expect(el.textContent).toContain('Split selection into stories');
    expect(screen.getByTestId('restricted-url').textContent).toBe('chrome://settings/');
  });

  it('an error, with a retry', () => {
    const act = show({ status: 'error', kind: 'error', message: 'Worker went away' });
    expect(screen.getByRole('alert').textContent).toContain('Worker went away');
    fireEvent.click(screen.getByTestId('retry'));
    expect(act.retry).toHaveBeenCalled();
  });

  it('no tab', () => {
    show({ status: 'error', kind: 'no-tab', message: '' });
    expect(screen.getByTestId('state-error').textContent).toContain('no page to read');
  });
});

describe('Stories tab: hostile page text', () => {
  it('renders markup in page text as inert text', () => {
    const evil = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    show(ready(analysis([story(1, { title: evil, kicker: evil, deck: evil, clean_text: `${evil}\nmore`, flags: [{ name: 'likely_teaser', reason: evil }], removed: [{ text: evil, reason: evil }] })])));
    fireEvent.click(screen.getByTestId('expand-story'));
    const card = screen.getByTestId('story-card');
    expect(card.querySelector('img, script')).toBeNull();
    expect(screen.getByTestId('story-title').textContent).toBe(evil);
    expect(card.textContent).toContain('<script>alert(2)</script>');
  });
});

describe('keyboard', () => {
  it('every action is a native button (Enter and Space activate it), reachable by Tab', () => {
    show(ready(analysis([story(1, { flags: [{ name: 'likely_teaser', reason: 'r' }] })])));
    fireEvent.click(screen.getByTestId('expand-story'));
    const clickable = [...document.querySelectorAll('[data-testid]')].filter((el) => /copy|save|show|expand|retry/.test(el.getAttribute('data-testid')!));
    expect(clickable.length).toBeGreaterThan(0);
    for (const el of clickable) {
      expect(el.tagName).toBe('BUTTON');
      expect(el.getAttribute('type')).toBe('button');
      expect(el.getAttribute('tabindex')).not.toBe('-1');
    }
  });
});
