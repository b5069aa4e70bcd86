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
import { batchSegmenterOptions, SegmenterHosts, type SegmenterLink } from './segmenter-host.js';
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
  timer: NodeJS.Timeout | null;
  /** When the worker got it (for the time limit and an error row's ms). */
  started: number;
  /** Sent again after its worker crashed on another file. */
  retried: boolean;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Files sent to this worker and not done, oldest first. */
  jobs: Job[];
  /** The worker's channel to a shared segmenter. */
  segmenter: SegmenterLink | null;
}

/**
 * Files a worker holds at once. With a shared segmenter, two: while one waits
 * for its tokens the worker extracts the other, so neither it nor the
 * segmenter stands idle. With its own segmenter a worker never waits, so one.
 */
const DEPTH_SHARED = 2;

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
    this.segmenters = options.sharedSegmenter ? new SegmenterHosts(batchSegmenterOptions(options.workerData.analyze), workerUrl('segmenter-worker.js')) : null;
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
      this.queue.push({ task, resolve, timer: null, started: 0, retried: false });
      this.dispatch();
    });
  }

  /** Tasks sent but not finished. */
  inFlight(): BatchTask[] {
    return this.slots.flatMap((s) => s.jobs.map((j) => j.task));
  }

  /** Drops the tasks not started yet (they resolve with null). */
  dropQueued(): void {
    for (const job of this.queue.splice(0)) job.resolve(null);
  }

  /** Stops every worker now; tasks in flight resolve with null (discarded). */
  async abort(): Promise<void> {
    this.closed = true;
    this.dropQueued();
    const jobs = this.slots.flatMap((s) => s.jobs);
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
    for (const s of slots) for (const j of s.jobs) this.clearTimer(j);
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
    const slot: Slot = { worker, ready: false, jobs: [], segmenter };
    worker.on('message', (message: { type: string; outcome?: TaskOutcome }) => {
      if (message.type === 'ready') {
        slot.ready = true;
        this.everReady = true;
        for (const job of slot.jobs) this.startTimer(slot, job);
        this.dispatch();
      } else if (message.type === 'done' && message.outcome) {
        const at = slot.jobs.findIndex((j) => j.task.id === message.outcome!.id);
        if (at < 0) return;
        const [job] = slot.jobs.splice(at, 1);
        this.clearTimer(job!);
        job!.resolve(message.outcome);
        this.dispatch();
      }
    });
    worker.on('error', (err) => this.crashed(slot, `worker crashed: ${err.message.split('\n')[0]}`));
    worker.on('exit', (code) => {
      if (!this.closed && this.slots.includes(slot)) this.crashed(slot, `worker exited with code ${code}`);
    });
    return slot;
  }

  private startTimer(slot: Slot, job: Job): void {
    job.started = performance.now();
    if (this.options.timeoutMs <= 0) return;
    job.timer = setTimeout(() => {
      this.crashed(slot, `timed out after ${Number((this.options.timeoutMs / 1000).toPrecision(3))} s`, job);
    }, this.options.timeoutMs);
  }

  private clearTimer(job: Job): void {
    if (job.timer) clearTimeout(job.timer);
    job.timer = null;
  }

  /**
   * A worker crashed or overran the time limit: the file to blame (the one
   * that timed out, else the oldest) ends as an error row; the worker's other
   * file goes back to the queue once; a new worker takes the slot.
   */
  private crashed(slot: Slot, reason: string, culprit?: Job): void {
    const index = this.slots.indexOf(slot);
    if (index < 0 || this.closed) return;
    const jobs = slot.jobs.splice(0);
    for (const j of jobs) this.clearTimer(j);
    const wasReady = slot.ready;
    this.slots.splice(index, 1);
    void slot.worker.terminate().then(() => slot.segmenter?.release());
    if (!wasReady) this.startupFailures++;
    if (!this.everReady && this.startupFailures >= Math.min(3, this.options.size)) {
      this.fail(new Error(`batch workers cannot start: ${reason}`), jobs);
      return;
    }
    const blamed = culprit ?? jobs[0];
    for (const job of jobs) {
      if (job !== blamed && !job.retried) {
        job.retried = true;
        this.queue.unshift(job);
        continue;
      }
      job.resolve({
        id: job.task.id,
        status: 'error',
        sha256: null,
        encoding: null,
        format: null,
        counts: null,
        error: reason,
        bytes: 0,
        ms: Math.round(performance.now() - job.started),
      });
    }
    this.slots.push(this.spawn());
    this.dispatch();
  }

  private fail(err: Error, jobs: Job[]): void {
    this.fatal = err;
    this.closed = true;
    for (const job of jobs) job.resolve(null);
    this.dropQueued();
    void this.terminateAll();
    for (const l of this.fatalListeners.splice(0)) l(err);
  }

  private dispatch(): void {
    const depth = this.segmenters ? DEPTH_SHARED : 1;
    // a first file for every idle worker before a second for any
    for (let held = 1; held <= depth; held++) {
      for (const slot of this.slots) {
        if (slot.jobs.length >= held || this.queue.length === 0) continue;
        const job = this.queue.shift()!;
        slot.jobs.push(job);
        if (slot.ready) this.startTimer(slot, job);
        slot.worker.postMessage({ type: 'task', task: job.task });
      }
    }
  }
}
