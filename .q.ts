import { readFileSync, writeFileSync } from 'node:fs';
import { segment } from './src/core/index';
import { score, type GoldDoc, type PredDoc } from './scripts/lib/metrics';
const rd = (p: string): GoldDoc[] => readFileSync(p, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const dev = rd('../shared/eval/dev.jsonl');
const pred = (docs: GoldDoc[]) => new Map(docs.map((d) => { const lang = typeof d.lang === 'string' ? d.lang : undefined; const r = segment(d.text, lang ? { lang } : {}); return [String(d.id), { id: d.id, stories: r.stories.map((s) => ({ start: s.start, end: s.end, truncated_end: s.truncated_end, truncated_start: s.truncated_start })) } as PredDoc]; }));
const p = pred(dev);
const s = score(dev, p, ['joiner', 'layout', 'source']);
const f = (k: string) => { const x = s.get(k)!; return `${k} Pk ${x.pk.toFixed(4)} WD ${x.windowdiff.toFixed(4)} F1 ${x.boundary_f1.toFixed(3)} tMid ${x.trunc_mid_f1.toFixed(3)}`; };
console.log(['ALL', 'joiner=flat', 'joiner=glued', 'source=bbc', 'source=fundus'].map(f).join('\n'));
const nb = dev.filter((d) => d.joiner === 'nl' || d.joiner === 'blank');
console.log('nl+blank Pk', score(nb, p).get('ALL')!.pk.toFixed(4));
console.log('single whole', (s.get('layout=single')!.story_count_exact * 100).toFixed(1));
const split = dev.filter((d) => d.layout === 'single' && p.get(String(d.id))!.stories.length > 1).map((d) => `${d.id}(${d.joiner},${d.source},${d.lang})`);
console.log('split singles:', split.join(' '));
const perdoc: Record<string, number> = {};
for (const d of dev) perdoc[String(d.id)] = score([d], p).get('ALL')!.pk;
writeFileSync(process.env.OUT ?? '/tmp/q/perdoc.json', JSON.stringify(perdoc));
if (!process.env.NOCHOI) {
  const choi = rd('../shared/eval/choi.jsonl').filter((d) => String(d.set).endsWith('/3-11'));
  console.log('Choi 3-11 Pk', score(choi, pred(choi)).get('ALL')!.pk.toFixed(4));
}
