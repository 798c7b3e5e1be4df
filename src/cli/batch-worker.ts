// A batch worker thread: answers the lines the main thread sends, one at a time, with the same code as the main thread.
import { parentPort } from 'node:worker_threads';
import { lineAnswerer, type BatchSpec } from './batch-answer';

export async function serveBatch(spec: BatchSpec): Promise<void> {
  const port = parentPort!;
  const answer = await lineAnswerer(spec);
  port.on('message', (m: { seq: number; line: string }) => port.postMessage({ seq: m.seq, out: answer(m.line) }));
  port.postMessage('ready');
}
