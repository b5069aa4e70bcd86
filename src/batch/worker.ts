/**
 * Worker-thread entry for batch runs: loads the segmenter once, then runs
 * tasks one at a time as the pool sends them.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadSegmenter } from '../segment/jieba.js';
import { processTask, type BatchTask } from './task.js';
import type { AnalyzeOptions } from '../pipeline.js';

export interface WorkerData {
  analyze: AnalyzeOptions;
}

export type WorkerRequest = { type: 'task'; task: BatchTask };

const port = parentPort;
if (!port) throw new Error('src/batch/worker.ts runs only as a worker thread');
const options = ((workerData as WorkerData | undefined)?.analyze ?? {}) as AnalyzeOptions;
// a batch never asks for keywords: no IDF list in memory
loadSegmenter({ ...(options.userDict ? { userDict: options.userDict } : {}), keywords: false });
port.postMessage({ type: 'ready' });
port.on('message', (message: WorkerRequest) => {
  if (message.type !== 'task') return;
  void processTask(message.task, options).then((outcome) => port.postMessage({ type: 'done', outcome }));
});
