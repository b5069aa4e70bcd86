/**
 * A thread that only segments: it loads the dictionary once (on the first
 * request, so a failure to load is an error reply, never a silent hang) and
 * answers the extraction workers whose ports the pool hands it
 * (src/batch/segmenter-host.ts).
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { SegmenterOptions } from '../segment/jieba.js';
import { serveSegmenter } from './segmenter-host.js';

const port = parentPort;
if (!port) throw new Error('src/batch/segmenter-worker.ts runs only as a worker thread');
const options = ((workerData as { options?: SegmenterOptions } | undefined)?.options ?? {}) as SegmenterOptions;
port.on('message', (message: { type: string; port?: MessagePort }) => {
  if (message.type === 'serve' && message.port) serveSegmenter(message.port, options);
});
