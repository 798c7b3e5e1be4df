import { readFileSync } from 'node:fs';
import { explainBoundaries } from './src/core/boundaries';
import { resolveLanguage } from './src/core/langdetect';
import { tokenize, tokenAt } from './src/core/tokenize';
import { cohesionModel, makeNovelty } from './src/core/cohesion';
const which = process.argv[2] ?? 'dev';
let docs = readFileSync(`../shared/eval/${which}.jsonl`, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
if (which === 'choi') docs = docs.filter((d: any) => String(d.set).endsWith('/3-11')).slice(0, 150);
else docs = docs.filter((d: any) => d.joiner === 'flat' || d.joiner === 'glued');
const rows: string[] = [];
for (const d of docs) {
  const lang = resolveLanguage(d.text, d.lang);
  const { cands, features, scores, chosen } = explainBoundaries(d.text, lang);
  const tokens = tokenize(d.text, lang); const model = cohesionModel(tokens); const nov = makeNovelty(tokens, model);
  const gw = d.stories.slice(1).map((s: any) => tokenAt(tokens, s.start));
  cands.forEach((c, i) => {
    const f = features[i];
    if (f.topicCut !== 1) return;
    const w = f.word;
    const near = gw.some((g: number) => Math.abs(g - w) <= 25);
    const exact = gw.some((g: number) => Math.abs(g - w) <= 1);
    // names in next 30 tokens seen in previous 300
    const seen = new Set<number>(); for (let t = Math.max(0, w - 300); t < w; t++) seen.add(tokens.id[t]);
    let nn = 0, nb = 0; for (let t = w; t < Math.min(tokens.count, w + 30); t++) if (model.isName[tokens.id[t]] && model.content[t]) { nn++; if (seen.has(tokens.id[t])) nb++; }
    rows.push([d.id, d.source, d.layout, d.joiner, exact ? 'T' : near ? 'N' : 'F', chosen.includes(i) ? 'C' : '-', f.kind, f.topicGain.toFixed(1), f.topicTypicalGain.toFixed(1), f.topicNameShare.toFixed(2), f.cosine.toFixed(3), f.sharedNames, nov(w, 20).toFixed(2), nn, nb, +f.prevTerminal, +f.nextContinues, scores[i].toFixed(2), tokens.count].join('\t'));
  });
}
console.log(['id','src','layout','joiner','lab','ch','kind','gain','tg','ns','cos','nm','nov','nn','nb','pt','cont','score','doclen'].join('\t'));
console.log(rows.join('\n'));
