// A batch worker thread: answers the lines the main thread sends, one at a time, with the same code as the main thread.
import { parentPort } from 'node:worker_threads';
import { answerOne, type BatchSpec } from './batch-answer';

export async function serveBatch(spec: BatchSpec): Promise<void> {
  const port = parentPort!;
  // Pages load the DOM implementation, so only a page batch imports it.
  const answer = spec.command === 'page' ? (await import('./page')).pageAnswer : (await import('./segment')).segmentAnswer;
  port.on('message', (m: { seq: number; line: string }) => port.postMessage({ seq: m.seq, out: answerOne(m.line, spec, answer) }));
  port.postMessage('ready');
}
