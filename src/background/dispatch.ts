// The worker's one message listener: checks the envelope and the sender, then calls the typed handler.
import type { Runtime } from '@shared/browser';
import { isEnvelope, type Handlers, type RequestType } from '@shared/messages';
import { isOwnPage } from './sender';

export function createListener(handlers: Handlers) {
  return (message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    // Not ours (a content-script envelope, or another extension's): leave it for other listeners.
    if (!isEnvelope(message) || !Object.hasOwn(handlers, message.type)) return undefined;
    if (!isOwnPage(sender)) return Promise.reject(new Error('Storysplit: request refused, it did not come from the extension.'));
    const handler = handlers[message.type as RequestType] as (p: unknown, s: Runtime.MessageSender) => unknown;
    return Promise.resolve().then(() => handler(message.payload, sender));
  };
}
