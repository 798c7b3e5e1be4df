// Markdown for Copy all and for export. Page text is data, not markup: every character that
// Markdown or HTML would act on is escaped, and only http(s) addresses become links.
import type { Flag, Story } from '@core/types';
import type { PageInfo, StoryView } from '@shared/page';
import { isoDate, type SavedStory } from '@shared/saved';
import { bodyBelowHead, fullTitle } from './card-text';
import { safeHref } from './format';
import { flagLabel, flagReason } from './flags';
import { plural } from './i18n';

/** Backslash-escapes CommonMark punctuation that can start markup anywhere in a line (incl. `<` for raw HTML). */
const INLINE = /[\\`*_{}\[\]<>|~!&]/g;
/** Markup that only counts at the start of a line: headings, quotes, lists, rules, ordered lists. */
const LINE_START = /^(\s*)([#>+\-=]|\d+[.)])/;

export function escapeMarkdown(text: string): string {
  // Every line end CommonMark knows (\n, \r\n and a bare \r), so no line starts unescaped after a bare \r.
  return text
    .split(/\r\n?|\n/)
    .map((line) => line.replace(INLINE, '\\$&').replace(LINE_START, (_, sp: string, mark: string) => `${sp}${mark.replace(/([#>+\-=.)])$/, '\\$1')}`))
    .join('\n');
}

/** One line, for titles and list items. */
const inline = (text: string) => escapeMarkdown(text.replace(/\s+/g, ' ').trim());

export function link(label: string, url: string): string {
  const href = safeHref(url);
  if (!href) return inline(url);
  return `[${inline(label || url)}](${href.replace(/[()<>\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)})`;
}

function flagLines(flags: Flag[]): string[] {
  return flags.map((f) => {
    const reason = flagReason(f);
    return `> ${inline(flagLabel(f))}${reason ? ` — ${inline(reason)}` : ''}`;
  });
}

function body(text: string): string {
  return text
    .split(/\r\n?|\n/)
    .map((p) => escapeMarkdown(p.trim()))
    .filter(Boolean)
    .join('\n\n');
}

/** A title this short, with no full stop, reads as a headline. */
const HEADLINE_MAX_WORDS = 20;

type Storyish = Pick<Story, 'title' | 'kicker' | 'deck' | 'clean_text' | 'flags'> & Partial<Pick<StoryView, 'headline' | 'items'>>;

/** One story; `titleUrl`, its own page, makes the heading a link (a saved story names its source below instead). */
function storyBlock(s: Storyish, meta: string[], titleUrl?: string): string {
  const out: string[] = [];
  const title = fullTitle({ title: s.title, headline: s.headline ?? null, clean_text: s.clean_text });
  if (s.kicker) out.push(`*${inline(s.kicker)}*`, '');
  // An untitled headline list is headed by its count, as the popup shows it ("6 headlines").
  const untitled = s.items ? plural(s.items.length, 'headlinesOne', 'headlinesMany') : '…';
  out.push(`## ${titleUrl && safeHref(titleUrl) ? link(title, titleUrl) : inline(title) || inline(untitled)}`, '');
  if (s.deck) out.push(`_${inline(s.deck)}_`, '');
  if (meta.length) out.push(...meta, '');
  const flags = flagLines(s.flags);
  if (flags.length) out.push(...flags, '');
  // A headline list: one linked line each. Otherwise the text, without the lines the heading above repeats.
  if (s.items) out.push(s.items.map((x) => `- ${x.url && safeHref(x.url) ? link(x.headline, x.url) : inline(x.headline)}`).join('\n'));
  else {
    // A headline (a saved story keeps none apart: a title of a headline's length stands for it) is not repeated
    // as the text's first line; a title made from the first sentence is that sentence, and stays.
    const head = s.headline ?? (title.split(/\s+/).length <= HEADLINE_MAX_WORDS && !/[.!?]$/.test(title) ? title : null);
    out.push(body(bodyBelowHead(s.clean_text, [head, s.kicker, s.deck], s.kicker)));
  }
  return out.join('\n');
}

/** Copy all: the page's stories under the page title and address. */
export function storiesToMarkdown(stories: StoryView[], page: PageInfo): string {
  const head = [`# ${inline(page.title) || inline(page.site)}`, '', link(page.url, page.url)];
  return [head.join('\n'), ...stories.map((s) => storyBlock(s, [], s.url))].join('\n\n---\n\n') + '\n';
}

/** Export: each saved story with its source, site and save date. */
export function savedToMarkdown(stories: SavedStory[], labels: { source: string; saved: string }): string {
  return (
    stories
      .map((s) =>
        storyBlock(s, [
          `- ${labels.source}: ${link(s.pageTitle || s.site || s.url, s.url)}`,
          `- ${labels.saved}: ${isoDate(s.savedAt)}`,
        ]),
      )
      .join('\n\n---\n\n') + '\n'
  );
}
