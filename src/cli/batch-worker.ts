// A batch worker thread: answers the lines the main thread sends, one at a time, with the same code as the main thread,
// or finds the stories of a line's input (the first half of a halved answer) for the main thread to finish.
import { parentPort } from 'node:worker_threads';
import { answerOne, type BatchSpec } from './batch-answer';

/** A message to a worker: a whole line to answer, or an input (and its language) whose first half to run. */
export type WorkerTask = { seq: number; line: string } | { seq: number; find: { input: string; lang: string } };
/** A worker's reply: a line's answer, a first half's result, or the message of the error that half threw. */
export type WorkerReply = { seq: number; out: string } | { seq: number; found: unknown } | { seq: number; failed: string };

export async function serveBatch(spec: BatchSpec): Promise<void> {
  const port = parentPort!;
  // Pages load the DOM implementation, so only a page batch imports it.
  const segment = spec.command === 'page' ? null : await import('./segment');
  const answer = segment ? segment.segmentAnswer : (await import('./page')).pageAnswer;
  port.on('message', (m: WorkerTask) => {
    if ('line' in m) return port.postMessage({ seq: m.seq, out: answerOne(m.line, spec, answer) } satisfies WorkerReply);
    let reply: WorkerReply;
    try {
      reply = { seq: m.seq, found: segment!.segmentHalves.find(m.find.input, m.find.lang) };
    } catch (e) {
      reply = { seq: m.seq, failed: (e as Error).message };
    }
    port.postMessage(reply);
  });
  port.postMessage('ready');
}
