// The public face of the engine: pure TypeScript, no browser API, runs in Node.
export { describeFound, findStories, languageOf, segment, type FoundStories } from './segment';
export { segmentBlocksInChunks, chunkBlocks, CHUNK_CHARS, type ChunkProgress } from './chunked';
export { blocksToText, toBlockPosition, BLOCK_SEPARATOR } from './text/blocks';
export type * from './types';
export { explainAt, type BoundaryExplanation, type TermContribution } from './boundaries/explain';
