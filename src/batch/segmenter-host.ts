/**
 * The segmenter a batch's workers share. nodejieba's dictionary costs about
 * 240 MB in each thread that loads it, so with several workers it is loaded
 * once, in the main thread, and each worker sends its sentences here over its
 * own MessagePort (src/batch/segmenter-client.ts). The main thread of a batch
 * is otherwise idle: it only dispatches files and writes the index.
 */
import type { MessagePort } from 'node:worker_threads';
import { packTokens, tokenizeSpans } from '../segment/tokens.js';
import type { SegmenterOptions } from '../segment/jieba.js';
import type { Span } from '../types.js';

export interface SegmentRequest {
  id: number;
  text: string;
  /** Start and end of each sentence, flattened. */
  spans: Int32Array;
}

export type SegmentReply = { id: number; cells: Int32Array; tags: string[] } | { id: number; error: string };

/** Answers segment requests arriving on `port` until it is closed. */
export function serveSegmenter(port: MessagePort, options: SegmenterOptions): void {
  port.on('message', (request: SegmentRequest) => {
    let reply: SegmentReply;
    try {
      const spans: Span[] = [];
      for (let i = 0; i + 1 < request.spans.length; i += 2) spans.push([request.spans[i]!, request.spans[i + 1]!]);
      reply = { id: request.id, ...packTokens(tokenizeSpans(request.text, spans, options)) };
    } catch (err) {
      reply = { id: request.id, error: `segmenter: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}` };
    }
    port.postMessage(reply, 'cells' in reply ? [reply.cells.buffer as ArrayBuffer] : []);
  });
}
