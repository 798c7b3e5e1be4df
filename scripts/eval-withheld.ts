// Experiment harness: how the engine does on a language it holds no data for. Before the engine loads, the per-language
// data of the languages named (stop words, anatomy, continuers, everyday words) is emptied in memory, so the texts of
// those languages are read as an unknown language's would be (or with a neighbour's data, where detection finds one).
// Nothing on disk changes. usage: tsx scripts/eval-withheld.ts [--withhold all|none|de,en,…] [--gold FILE] [--per N]
//   --gold: devwide (default), train (--per documents a source, default 120), or a path.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { SHARED_DIR } from './lib/shared-data';

const args = process.argv.slice(2);
const opt = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const lang = path.resolve(import.meta.dirname, '../src/core/text/lang');
const files = (dir: string) => readdirSync(path.join(lang, dir)).filter((f) => /^[a-z]{2}\.json$/.test(f)).map((f) => f.slice(0, 2));
const all = [...new Set([...files('stopwords'), ...files('anatomy')])];
const w = opt('--withhold') ?? 'none';
const withheld = w === 'all' ? all : w === 'none' ? [] : w.split(',');
// --only stopwords|anatomy|continuers: withhold that part alone (to see what each is worth).
const only = opt('--only');
const part = (name: string) => !only || only === name;
const continuers = (await import(path.join(lang, 'continuers.json'))).default;
const everyday = (await import(path.join(lang, 'everyday.json'))).default;
// (The JSON files first: the index modules build their tables from them as they load.)
for (const l of withheld) if (only === 'continuers' || !only) { delete continuers[l]; delete continuers.weak[l]; delete everyday[l]; }
const stopIndex = await import(path.join(lang, 'stopwords/index.ts'));
const anatomy = await import(path.join(lang, 'anatomy/index.ts'));
for (const l of withheld) {
  if (part('stopwords') && files('stopwords').includes(l)) ((await import(path.join(lang, `stopwords/${l}.json`))).default as string[]).length = 0;
  if (part('stopwords')) delete stopIndex.STOPWORDS[l];
  if (part('anatomy') && anatomy.LANGUAGES.includes(l)) {
    const file = (await import(path.join(lang, `anatomy/${l}.json`))).default;
    for (const k of Object.keys(file)) delete file[k];
  }
  if (part('anatomy')) anatomy.NOUN_CAPITALISING.delete(l);
}
// Only now the engine: its tables are built from the data as left above.
const { segment } = await import('../src/core/index');
const { score } = await import('./lib/metrics');

const goldArg = opt('--gold') ?? 'devwide';
const file = goldArg === 'devwide' || goldArg === 'train' ? path.join(SHARED_DIR, `eval/${goldArg}.jsonl`) : goldArg;
let docs = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
if (goldArg === 'train') {
  const per = Number(opt('--per') ?? 120);
  const seen = new Map<string, number>();
  docs = docs.filter((d) => { const n = seen.get(d.source) ?? 0; seen.set(d.source, n + 1); return n < per; });
}
const preds = new Map();
const detected = new Map<string, Map<string, number>>();
for (const d of docs) {
  const r = segment(d.text, typeof d.lang === 'string' ? { lang: d.lang } : {});
  const m = detected.get(d.lang) ?? new Map<string, number>();
  m.set(r.lang, (m.get(r.lang) ?? 0) + 1);
  detected.set(d.lang, m);
  preds.set(String(d.id), { id: d.id, stories: r.stories.map((s: any) => ({ start: s.start, end: s.end, truncated_end: s.truncated_end, truncated_start: s.truncated_start })) });
}
const s = score(docs, preds, (opt('--by') ?? 'lang').split(','));
console.log(`withheld: ${withheld.join(',') || 'none'}  gold: ${goldArg}`);
const row = (k: string) => { const v = s.get(k)!; return `${k.padEnd(14)} n=${String(v.docs).padStart(4)} Pk ${v.pk.toFixed(4)} F1 ${v.boundary_f1.toFixed(3)} cnt= ${v.story_count_exact.toFixed(3)}`; };
console.log(row('ALL'));
for (const k of [...s.keys()].filter((k) => k !== 'ALL').sort()) {
  if (s.get(k)!.docs < 5) continue;
  const l = k.split('=').pop()!;
  const read = [...(detected.get(l) ?? [])].sort((a, b) => b[1] - a[1]).map(([x, n]) => `${x}:${n}`).join(' ');
  console.log(`${row(k)}  read as ${read}`);
}
