// Saved HTML → story blocks in Node: linkedom parses, the content script's own extraction runs.
// The one Node difference is visibility, read from markup (attributeVisibility) since there is no layout.
import { parseHTML } from 'linkedom';
import { extractPage, type PageExtraction } from '../extract/extract';
import { attributeVisibility } from '../extract/visibility';

export function extractHtmlPage(html: string): PageExtraction {
  // linkedom gives no document element for empty input; an empty page is still a page (with no stories).
  const { document } = parseHTML(html.trim() ? html : '<!doctype html><html><body></body></html>');
  const doc = document as unknown as Document;
  return extractPage(doc, { visibility: attributeVisibility(doc) });
}
