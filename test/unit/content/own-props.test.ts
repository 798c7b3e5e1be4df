// The content build shortens the names in CONTENT_OWN_PROPS everywhere in the script: safe only while none of them
// is a field of what crosses to the worker or a member the script reads of the page's objects.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_OWN_PROPS } from '../../../vite.content-props';
import { happyDoc } from '../extract/helpers';

const src = (p: string) => readFileSync(new URL(`../../../src/${p}`, import.meta.url), 'utf8');

describe('the content script own property names', () => {
  it('name no field of the messages, blocks, teasers or extraction', () => {
    const shapes = ['core/types.ts', 'shared/page.ts', 'shared/messages.ts'].map(src).join('\n');
    const fields = new Set([...shapes.matchAll(/^\s+(?:readonly\s+)?(\w+)\??:/gm)].map((m) => m[1]));
    expect(CONTENT_OWN_PROPS.filter((n) => fields.has(n))).toEqual([]);
  });

  it('name no member of the DOM objects, events or generators the script reads', () => {
    const doc = happyDoc('<html><body><div><a href="/">x</a><table></table><input><iframe></iframe></div></body></html>');
    const view = doc.defaultView!;
    const objects: object[] = [doc, view, doc.body, doc.createTextNode('t'), doc.createRange(), view.getSelection()!, new view.Event('pagehide'),
      ...['div', 'a', 'table', 'input', 'iframe', 'slot', 'form', 'h2'].map((t) => doc.createElement(t)), (function* () {})(), Promise.resolve(), new MessageChannel().port1];
    expect(CONTENT_OWN_PROPS.filter((n) => objects.some((o) => n in o))).toEqual([]);
  });

  it('name no member of the built-in objects (clear() of a Set, link() of a string), which the minifier would rename too', () => {
    const builtins: object[] = [new Map(), new Set(), new WeakMap(), [], Object(''), Object(0), {}, /x/, new Date(0), console, Math, JSON, Object, Array, Promise, new Uint8Array(1), new Intl.Segmenter(), new AbortController(), new URL('https://a.example/'), new URLSearchParams()];
    expect(CONTENT_OWN_PROPS.filter((n) => builtins.some((o) => n in o))).toEqual([]);
  });
});
