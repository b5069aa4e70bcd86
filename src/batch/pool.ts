/**
 * A small pool of worker threads. Tasks queue and go one at a time to
 * whichever worker is free. With one worker, it loads its own segmenter once
 * at start; with several, they share segmenters (src/batch/segmenter-host.ts:
 * one in this thread, one more per four workers), so the ~240 MB dictionary
 * is not in memory once per worker. A worker that crashes or overruns the
 * per-file time limit is replaced, and its task ends as an error outcome:
 * one bad file never stops a batch.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { SegmenterHosts, type SegmenterLink } from './segmenter-host.js';
import type { BatchTask, TaskOutcome } from './task.js';
import type { WorkerData } from './worker.js';

export interface PoolOptions {
  size: number;
  workerData: WorkerData;
  /** Per-file time limit in milliseconds (0: none). */
  timeoutMs: number;
  /** Workers ask this thread's segmenter for tokens instead of loading their own. */
  sharedSegmenter?: boolean;
}

interface Job {
  task: BatchTask;
  resolve: (outcome: TaskOutcome | null) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job: Job | null;
  timer: NodeJS.Timeout | null;
  started: number;
  /** The worker's channel to a shared segmenter. */
  segmenter: SegmenterLink | null;
}

/** dist/batch/<name> beside this module; from the sources (tests), the built copy. */
function workerUrl(name: string): URL {
  const here = new URL(`./${name}`, import.meta.url);
  if (existsSync(fileURLToPath(here))) return here;
  const built = new URL(`../../dist/batch/${name}`, import.meta.url);
  if (existsSync(fileURLToPath(built))) return built;
  throw new Error('batch worker not found: run `npm run build` first');
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private readonly url = workerUrl('worker.js');
  private readonly segmenters: SegmenterHosts | null;
  private everReady = false;
  private startupFailures = 0;
  private closed = false;
  private fatal: Error | null = null;
  private readonly fatalListeners: ((err: Error) => void)[] = [];

  constructor(private readonly options: PoolOptions) {
    const analyze = options.workerData.analyze;
    this.segmenters = options.sharedSegmenter
      ? new SegmenterHosts({ ...(analyze.userDict ? { userDict: analyze.userDict } : {}), keywords: false }, workerUrl('segmenter-worker.js'))
      : null;
    for (let i = 0; i < Math.max(1, options.size); i++) this.slots.push(this.spawn());
  }

  get size(): number {
    return this.slots.length;
  }

  /** Called once if workers cannot start at all (e.g. the segmenter fails to load). */
  onFatal(listener: (err: Error) => void): void {
    if (this.fatal) listener(this.fatal);
    else this.fatalListeners.push(listener);
  }

  /** Runs a task; resolves with null when the task was dropped or discarded. */
  run(task: BatchTask): Promise<TaskOutcome | null> {
    return new Promise((resolve) => {
      if (this.closed || this.fatal) return resolve(null);
      this.queue.push({ task, resolve });
      this.dispatch();
    });
  }

  /** Tasks sent but not finished. */
  inFlight(): BatchTask[] {
    return this.slots.flatMap((s) => (s.job ? [s.job.task] : []));
  }

  /** Drops the tasks not started yet (they resolve with null). */
  dropQueued(): void {
    for (const job of this.queue.splice(0)) job.resolve(null);
  }

  /** Stops every worker now; tasks in flight resolve with null (discarded). */
  async abort(): Promise<void> {
    this.closed = true;
    this.dropQueued();
    const jobs = this.slots.flatMap((s) => (s.job ? [s.job] : []));
    await this.terminateAll();
    for (const job of jobs) job.resolve(null);
  }

  /** Stops the workers once idle. */
  async close(): Promise<void> {
    this.closed = true;
    await this.terminateAll();
  }

  private async terminateAll(): Promise<void> {
    const slots = this.slots.splice(0);
    for (const s of slots) if (s.timer) clearTimeout(s.timer);
    await Promise.all(slots.map((s) => s.worker.terminate()));
    for (const s of slots) s.segmenter?.release();
    await this.segmenters?.close();
  }

  private spawn(): Slot {
    let segmenter: SegmenterLink | null = null;
    let worker: Worker;
    if (this.segmenters) {
      segmenter = this.segmenters.connect();
      worker = new Worker(this.url, { workerData: { ...this.options.workerData, segmenter: segmenter.port }, transferList: [segmenter.port] });
    } else {
      worker = new Worker(this.url, { workerData: this.options.workerData });
    }
    const slot: Slot = { worker, ready: false, job: null, timer: null, started: 0, segmenter };
    worker.on('message', (message: { type: string; outcome?: TaskOutcome }) => {
      if (message.type === 'ready') {
        slot.ready = true;
        this.everReady = true;
        if (slot.job) this.startTimer(slot);
        this.dispatch();
      } else if (message.type === 'done' && message.outcome && slot.job) {
        const job = slot.job;
        this.finish(slot);
        job.resolve(message.outcome);
        this.dispatch();
      }
    });
    worker.on('error', (err) => this.crashed(slot, `worker crashed: ${err.message.split('\n')[0]}`));
    worker.on('exit', (code) => {
      if (!this.closed && this.slots.includes(slot)) this.crashed(slot, `worker exited with code ${code}`);
    });
    return slot;
  }

  private startTimer(slot: Slot): void {
    slot.started = performance.now();
    if (this.options.timeoutMs <= 0) return;
    slot.timer = setTimeout(() => {
      this.crashed(slot, `timed out after ${Math.round(this.options.timeoutMs / 1000)} s`);
    }, this.options.timeoutMs);
  }

  private finish(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
  }

  private crashed(slot: Slot, reason: string): void {
    const index = this.slots.indexOf(slot);
    if (index < 0 || this.closed) return;
    const job = slot.job;
    const wasReady = slot.ready;
    this.finish(slot);
    this.slots.splice(index, 1);
    void slot.worker.terminate().then(() => slot.segmenter?.release());
    if (!wasReady) this.startupFailures++;
    if (!this.everReady && this.startupFailures >= Math.min(3, this.options.size)) {
      this.fail(new Error(`batch workers cannot start: ${reason}`), job);
      return;
    }
    if (job) {
      job.resolve({
        id: job.task.id,
        status: 'error',
        sha256: null,
        encoding: null,
        format: null,
        counts: null,
        error: reason,
        bytes: 0,
        ms: Math.round(performance.now() - slot.started),
      });
    }
    this.slots.push(this.spawn());
    this.dispatch();
  }

  private fail(err: Error, job: Job | null): void {
    this.fatal = err;
    this.closed = true;
    job?.resolve(null);
    this.dropQueued();
    void this.terminateAll();
    for (const l of this.fatalListeners.splice(0)) l(err);
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.job) continue;
      const job = this.queue.shift()!;
      slot.job = job;
      if (slot.ready) this.startTimer(slot);
      slot.worker.postMessage({ type: 'task', task: job.task });
    }
  }
}
