// Prints the story blocks a saved HTML page gives (index, card id, heading/link, text), for looking at a page
// as the engine sees it: `npx tsx scripts/page-blocks.ts page.html [text to centre on]`; T=1 adds the cards.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { extractPage } from '../src/extract/extract';
import { attributeVisibility } from '../src/extract/visibility';
const html = readFileSync(process.argv[2], 'utf8');
const { document } = parseHTML(html);
const doc = document as unknown as Document;
const r = extractPage(doc, { visibility: attributeVisibility(doc) });
const grep = process.argv[3];
const bl = r.extraction.blocks;
let lines = bl.map((b, i) => `${i}\t${b.article ?? ''}\t${b.headingLevel ? 'h' + b.headingLevel : ''}${b.isLink ? 'L' : ''}\t${b.text.slice(0, 100).replace(/\n/g, ' ')}`);
if (grep) { const i = lines.findIndex((l) => l.includes(grep)); lines = lines.slice(Math.max(0, i - 8), i + 12); }
console.log(lines.join('\n'));
if (process.env.T) for (const t of r.extraction.teasers ?? []) console.log(JSON.stringify(t));
