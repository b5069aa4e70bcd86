/**
 * Worker-thread entry for batch runs: runs tasks one at a time as the pool
 * sends them. Its tokens come from the segmenter the process shares when the
 * pool gives it a port to one (several workers), else from its own, loaded
 * once at start-up (one worker).
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { loadSegmenter } from '../segment/jieba.js';
import { processTask, type BatchTask, type Tokenizer } from './task.js';
import { RemoteSegmenter } from './segmenter-client.js';
import { batchSegmenterOptions } from './segmenter-host.js';
import type { AnalyzeOptions } from '../pipeline.js';

export interface WorkerData {
  analyze: AnalyzeOptions;
  /** A port to the shared segmenter (src/batch/segmenter-host.ts), if there is one. */
  segmenter?: MessagePort;
}

export type WorkerRequest = { type: 'task'; task: BatchTask };

const port = parentPort;
if (!port) throw new Error('src/batch/worker.ts runs only as a worker thread');
const data = (workerData as WorkerData | undefined) ?? { analyze: {} };
const options = data.analyze ?? {};
let tokenize: Tokenizer | undefined;
if (data.segmenter) {
  const remote = new RemoteSegmenter(data.segmenter);
  tokenize = (doc) => remote.tokenize(doc);
} else {
  // a batch never asks for keywords: no IDF list in memory
  loadSegmenter(batchSegmenterOptions(options));
}
port.postMessage({ type: 'ready' });
port.on('message', (message: WorkerRequest) => {
  if (message.type !== 'task') return;
  void processTask(message.task, options, tokenize).then((outcome) => port.postMessage({ type: 'done', outcome }));
});
