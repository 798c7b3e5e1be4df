import { readFileSync } from 'node:fs';
import { explainBoundaries } from './src/core/boundaries';
import { resolveLanguage } from './src/core/langdetect';
const ids = process.argv.slice(2);
const dev = readFileSync('../shared/eval/dev.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
for (const id of ids) {
  const d = dev.find((x: any) => x.id === id);
  const lang = resolveLanguage(d.text, d.lang);
  const { cands, features, scores, chosen } = explainBoundaries(d.text, lang);
  const gold = new Set(d.stories.map((s: any) => s.start));
  console.log(`== ${id} ${d.joiner} ${d.layout} ${d.source} ${lang} len=${d.text.length} words~${d.text.split(/\s+/).length} gold=${d.stories.map((s: any) => s.start).join(',')}`);
  cands.forEach((c, i) => {
    const f = features[i];
    const isC = chosen.includes(i);
    const near = [...gold].some((g: any) => Math.abs(g - c.start) < 3 && g > 0);
    if (!isC && !near && scores[i] < -1 && !process.env.ALL) return;
    console.log(`${isC ? 'CHOSEN' : '      '} ${near ? 'GOLD' : '    '} ${c.kind} @${c.start} w${f.word} s=${scores[i].toFixed(2)} tc=${f.topicCut} g=${f.topicGain.toFixed(1)} tg=${f.topicTypicalGain.toFixed(1)} ns=${f.topicNameShare.toFixed(2)} cos=${f.cosine.toFixed(3)} nm=${f.sharedNames} nov=${f.novelty.toFixed(2)} pt=${+f.prevTerminal} | ${JSON.stringify(d.text.slice(Math.max(0, c.prevEnd - 60), c.prevEnd))} || ${JSON.stringify(d.text.slice(c.start, c.start + 60))}`);
  });
}
