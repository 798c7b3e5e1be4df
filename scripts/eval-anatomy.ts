// `npx tsx scripts/eval-anatomy.ts`: story anatomy on the gold spans of the shared dev set, the seed and the Golden Rules.
import path from 'node:path';
import { printAnatomyReport } from './lib/anatomy-report';
import { SHARED_DIR } from './lib/shared-data';

const repoRoot = path.resolve(import.meta.dirname, '..');
printAnatomyReport(SHARED_DIR, repoRoot);
