// `npx tsx scripts/eval-anatomy.ts`: story anatomy on the gold spans of the shared dev set, the seed and the Golden Rules.
import path from 'node:path';
import { printAnatomyReport } from './lib/anatomy-report';

const repoRoot = path.resolve(import.meta.dirname, '..');
printAnatomyReport(process.env.STORYSPLIT_SHARED ?? path.resolve(repoRoot, '../shared'), repoRoot);
