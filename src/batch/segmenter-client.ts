/**
 * A batch worker's side of the shared segmenter (src/batch/segmenter-host.ts):
 * sends a document's sentences, gets its tokens back.
 */
import type { MessagePort } from 'node:worker_threads';
import { unpackTokens } from '../segment/tokens.js';
import type { SegmentReply, SegmentRequest } from './segmenter-host.js';
import type { ParsedDocument, Token } from '../types.js';

interface Pending {
  text: string;
  resolve: (tokens: Token[]) => void;
  reject: (err: Error) => void;
}

export class RemoteSegmenter {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private closed = false;

  constructor(private readonly port: MessagePort) {
    port.on('message', (reply: SegmentReply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if ('error' in reply) waiting.reject(new Error(reply.error));
      else waiting.resolve(unpackTokens(waiting.text, reply));
    });
    // the segmenter's thread is gone: nothing will answer
    port.on('close', () => {
      this.closed = true;
      for (const waiting of this.pending.values()) waiting.reject(new Error('segmenter stopped'));
      this.pending.clear();
    });
  }

  /** What `tokenizeDocument(doc)` gives, computed by the shared segmenter. */
  tokenize(doc: ParsedDocument): Promise<Token[]> {
    const spans = new Int32Array(doc.sentences.length * 2);
    doc.sentences.forEach((s, i) => {
      spans[2 * i] = s.span[0];
      spans[2 * i + 1] = s.span[1];
    });
    if (this.closed) return Promise.reject(new Error('segmenter stopped'));
    const id = this.nextId++;
    const request: SegmentRequest = { id, text: doc.text, spans };
    return new Promise((resolve, reject) => {
      this.pending.set(id, { text: doc.text, resolve, reject });
      this.port.postMessage(request, [spans.buffer]);
    });
  }
}
