// The demo pages built from the seed text: one <p> per line, and one <div> with <br>s.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const FIXTURES = resolve(import.meta.dirname, '../../fixtures');
export const SEED_TEXT = readFileSync(resolve(FIXTURES, 'seed/concatenated-news.txt'), 'utf8');

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function shell(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font:16px/1.5 Georgia,serif;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#222}</style></head>
<body><header><nav><a href="/">Home</a> · <a href="/world">World</a> · <a href="/business">Business</a></nav></header>
<main>${body}</main><footer><p>© Demo News. All rights reserved.</p></footer></body></html>`;
}

export function seedParagraphsPage(): string {
  const lines = SEED_TEXT.split('\n').filter((l) => l.trim());
  return shell('More news', `<div class="column">${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}</div>`);
}

export function seedBrPage(): string {
  const lines = SEED_TEXT.split('\n').filter((l) => l.trim());
  return shell('More news', `<div class="column">${lines.map(escapeHtml).join('<br>\n')}</div>`);
}

/** The listing pages written for the card tests (test/fixtures/cards): article cards, link-wrapped cards, table cells. */
export const cardPage = (name: 'article-cards' | 'linked-cards' | 'table-cards'): string => readFileSync(resolve(FIXTURES, `cards/${name}.html`), 'utf8');

/** The headline each card page lists first, last, and how many cards it holds. */
export const CARD_PAGES = {
  'article-cards': { cards: 4, first: 'Northern ports close as winds reach a hundred kilometres an hour', list: true },
  'linked-cards': { cards: 4, first: 'Fähren bleiben bis Mittwoch im Hafen', list: false },
  'table-cards': { cards: 4, first: 'Dock Workers Walk Out Over Night Shifts', list: false },
} as const;
