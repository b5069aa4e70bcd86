/**
 * The segmenter a batch's workers share. nodejieba's dictionary costs about
 * 240 MB in each thread that loads it, so with several workers it is loaded
 * once, in the main thread, and each worker sends its sentences here over its
 * own MessagePort (src/batch/segmenter-client.ts). The main thread of a batch
 * is otherwise idle: it only dispatches files and writes the index.
 */
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import { packTokens, tokenizeSpans } from '../segment/tokens.js';
import type { SegmenterOptions } from '../segment/jieba.js';
import type { AnalyzeOptions } from '../pipeline.js';
import type { Span } from '../types.js';

/** The segmenter a batch loads, wherever it runs: the run's user dictionary, no keyword lists. */
export function batchSegmenterOptions(analyze: AnalyzeOptions): SegmenterOptions {
  return { ...(analyze.userDict ? { userDict: analyze.userDict } : {}), keywords: false };
}

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

/** How many extraction workers one segmenter keeps busy: it segments about four times faster than a worker extracts. */
export const WORKERS_PER_SEGMENTER = 4;

export interface SegmenterLink {
  /** The worker's end of the channel: pass it in workerData (and its transferList). */
  port: MessagePort;
  /** Call when the worker is gone. */
  release: () => void;
}

interface Host {
  /** Null for the segmenter in this thread. */
  worker: Worker | null;
  clients: number;
}

/**
 * The shared segmenters of a batch: the first in this thread, and one more
 * in a thread of its own (src/batch/segmenter-worker.ts) for every further
 * WORKERS_PER_SEGMENTER workers, so many cores are not held up by one.
 */
export class SegmenterHosts {
  private readonly hosts: Host[] = [{ worker: null, clients: 0 }];

  constructor(
    private readonly options: SegmenterOptions,
    private readonly segmenterWorkerUrl: URL,
  ) {}

  /** A channel to the least busy segmenter, starting a new one when all have their share. */
  connect(): SegmenterLink {
    let host = this.hosts.reduce((a, b) => (b.clients < a.clients ? b : a));
    if (host.clients >= WORKERS_PER_SEGMENTER) {
      host = { worker: new Worker(this.segmenterWorkerUrl, { workerData: { options: this.options } }), clients: 0 };
      host.worker!.unref();
      this.hosts.push(host);
    }
    const { port1, port2 } = new MessageChannel();
    if (host.worker === null) serveSegmenter(port1, this.options);
    else host.worker.postMessage({ type: 'serve', port: port1 }, [port1]);
    host.clients++;
    const owner = host;
    return {
      port: port2,
      release: () => {
        owner.clients--;
        if (owner.worker === null) port1.close();
      },
    };
  }

  /** Number of segmenters started (this thread's included). */
  get count(): number {
    return this.hosts.length;
  }

  async close(): Promise<void> {
    const workers = this.hosts.flatMap((h) => (h.worker ? [h.worker] : []));
    this.hosts.splice(1);
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
