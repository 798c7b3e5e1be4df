import { readFileSync } from 'node:fs';
import { describeGold } from './lib/anatomy-metrics';
const docs = readFileSync('/work/shared/eval/dev.jsonl','utf8').split('\n').filter(Boolean).map(l=>JSON.parse(l));
const an = describeGold(docs);
docs.forEach((d: any, di: number) => d.stories.forEach((s: any, i: number) => {
  const a = an[di][i]; const t = d.text.slice(s.start, s.end);
  if (s.truncated_start && !a.truncated_start) console.log('FN', d.layout, d.joiner, JSON.stringify(t.slice(0, 150)));
  if (!s.truncated_start && a.truncated_start) console.log('FP', d.layout, d.joiner, JSON.stringify(a.flags.map(f=>f.reason)), JSON.stringify(t.slice(0, 150)));
}));
