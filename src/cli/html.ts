// Saved HTML → story blocks in Node: a linear pass bounds the markup (markup.ts), linkedom parses, the content
// script's own extraction runs. The one Node difference is visibility, read from markup (attributeVisibility)
// since there is no layout.
import { parseHTML } from 'linkedom';
import { extractPage, type PageExtraction } from '../extract/extract';
import { attributeVisibility } from '../extract/visibility';
import { prepareHtml } from './markup';

export interface HtmlExtraction extends PageExtraction {
  /** Start tags nested past the depth browsers allow, read as siblings instead. */
  flattened: number;
}

export function extractHtmlPage(html: string): HtmlExtraction {
  const prepared = prepareHtml(html);
  const { document } = parseHTML(prepared.html);
  const doc = document as unknown as Document;
  const page = extractPage(doc, { visibility: attributeVisibility(doc) });
  // Text past the element budget never reached the parser: count it with what extraction left out.
  if (prepared.omittedChars) page.extraction.omittedChars = (page.extraction.omittedChars ?? 0) + prepared.omittedChars;
  return { ...page, flattened: prepared.flattened };
}
