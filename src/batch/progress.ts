/**
 * Progress of a batch on standard error: a cli-progress bar with files/s and
 * ETA on a terminal; one plain line per 1,000 files otherwise (logs, CI).
 */
import cliProgress from 'cli-progress';

export interface ProgressReporter {
  tick(failed: boolean): void;
  stop(): void;
}

const LINE_EVERY = 1000;

function formatEta(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  if (seconds < 60) return `${Math.round(seconds)}s`;
  const m = Math.floor(seconds / 60);
  return m < 60 ? `${m}m${String(Math.round(seconds % 60)).padStart(2, '0')}s` : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

export function createProgress(total: number, stream: NodeJS.WriteStream, quiet: boolean): ProgressReporter {
  const started = performance.now();
  let done = 0;
  let errors = 0;
  const rate = (): number => done / Math.max(1e-3, (performance.now() - started) / 1000);

  if (quiet || total === 0) {
    return { tick: (failed) => void (done++, failed && errors++), stop: () => undefined };
  }
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format: 'jiedu batch {bar} {value}/{total} files | {rate} files/s | ETA {eta_formatted} | {errors} errors',
        barsize: 30,
        hideCursor: true,
        clearOnComplete: false,
        etaBuffer: 50,
        fps: 10,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { rate: '0.0', errors: 0 });
    return {
      tick(failed) {
        done++;
        if (failed) errors++;
        bar.update(done, { rate: rate().toFixed(1), errors });
      },
      stop() {
        bar.stop();
      },
    };
  }
  return {
    tick(failed) {
      done++;
      if (failed) errors++;
      if (done % LINE_EVERY === 0 || done === total) {
        const r = rate();
        stream.write(`jiedu batch: ${done}/${total} files, ${r.toFixed(1)} files/s, ETA ${formatEta((total - done) / r)}, ${errors} errors\n`);
      }
    },
    stop: () => undefined,
  };
}
