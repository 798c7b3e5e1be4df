// A batch worker thread: answers the lines the main thread sends, one at a time, with the same code as the main thread,
// or finds the stories of a line's input (the first half of a halved answer) for the main thread to finish.
import { parentPort } from 'node:worker_threads';
import { answerOne, type BatchSpec, type WorkerReply, type WorkerTask } from './batch-answer';

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
