// Where the evaluation data lives (the folder beside the repo on a dev machine, or STORYSPLIT_SHARED), and how its
// gold sets are read: one place for every script that scores, fits or benches on it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { GoldDoc } from './metrics';

export const SHARED_DIR = process.env.STORYSPLIT_SHARED ?? path.resolve(import.meta.dirname, '../../../shared');

/** A gold set, one JSON document a line. */
export const readJsonl = (file: string): GoldDoc[] => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as GoldDoc);

/** A gold set of the shared eval folder by name: `readEvalSet('devwide')`. */
export const readEvalSet = (name: string): GoldDoc[] => readJsonl(path.join(SHARED_DIR, 'eval', `${name}.jsonl`));
