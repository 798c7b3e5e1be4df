// Experiment harness: scores the engine in-process on a gold set (default devwide.jsonl, the publishers never tuned on),
// grouped by joiner, layout and lang. usage: tsx scripts/eval-wide.ts [GOLD.jsonl] [--every N] [--by field,field]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { segment } from '../src/core/index';
import { score, type GoldDoc, type PredDoc } from './lib/metrics';
import { SHARED_DIR } from './lib/shared-data';

const args = process.argv.slice(2);
const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const gold = args[0] && !args[0].startsWith('--') ? args[0] : path.join(SHARED_DIR, 'eval/devwide.jsonl');
const every = Number(opt('--every') ?? 1);
const by = (opt('--by') ?? 'joiner,layout').split(',');
const docs = readFileSync(gold, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as GoldDoc).filter((_, i) => i % every === 0);
for (const d of docs) d.lj = `${d.layout}/${d.joiner}`;
// --where field=value keeps only those documents.
const where = opt('--where')?.split('=');
if (where) docs.splice(0, docs.length, ...docs.filter((d) => String(d[where[0]]) === where[1]));
const preds = new Map<string, PredDoc>();
const t0 = performance.now();
let bytes = 0;
for (const d of docs) {
  bytes += Buffer.byteLength(d.text);
  const r = segment(d.text, typeof d.lang === 'string' ? { lang: d.lang } : {});
  preds.set(String(d.id), { id: d.id, stories: r.stories.map((s) => ({ start: s.start, end: s.end, truncated_end: s.truncated_end, truncated_start: s.truncated_start })) });
}
const secs = (performance.now() - t0) / 1000;
const s = score(docs, preds, by);
const row = (k: string) => { const v = s.get(k)!; return `${k.padEnd(28)} n=${String(v.docs).padStart(4)} Pk ${v.pk.toFixed(3)} WD ${v.windowdiff.toFixed(3)} F1 ${v.boundary_f1.toFixed(3)} P ${v.boundary_p.toFixed(2)} R ${v.boundary_r.toFixed(2)} cnt= ${v.story_count_exact.toFixed(2)} tMid ${v.trunc_mid_f1.toFixed(3)}`; };
console.log(row('ALL'));
for (const k of [...s.keys()].filter((k) => k !== 'ALL').sort()) if (s.get(k)!.docs >= 5) console.log(row(k));
console.log(`${(bytes / 1e6).toFixed(2)} MB in ${secs.toFixed(2)} s`);
