// The indexer's progress bar: per stage how far it is (files, documents, clauses), and while indexing MB/s and ETA.
import cliProgress from 'cli-progress';
import type { ProgressListener } from './pipeline.ts';

const UNITS = { read: 'files', parse: 'documents', index: 'clauses' } as const;

/**
 * A progress bar on stderr (shown on a terminal only) fed by a build's progress: one bar per stage,
 * `read [████░░░░] 1210/1500 files | ETA 1s`, and while indexing also the rate of the text analysed,
 * `index [██░░░░░░] 23000/91962 clauses | 2.6 MB/s | ETA 14s`.
 */
export function progressBar(): { listener: ProgressListener; stop: () => void } {
  const bar = new cliProgress.SingleBar(
    {
      format: ' {stage} [{bar}] {value}/{total} {unit}{rate} | ETA {eta_formatted}',
      stream: process.stderr,
      noTTYOutput: false,
      hideCursor: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  let current = '';
  let started = 0;
  const listener: ProgressListener = (stage, done, total, bytes) => {
    if (stage !== current) {
      if (current) bar.stop();
      current = stage;
      started = performance.now();
      bar.start(total, 0, { stage: stage.padEnd(5), unit: UNITS[stage], rate: '' });
    }
    const seconds = (performance.now() - started) / 1000;
    const rate = bytes !== undefined && seconds > 0 ? ` | ${(bytes / 1e6 / seconds).toFixed(1)} MB/s` : '';
    bar.update(done, { rate });
  };
  return { listener, stop: () => bar.stop() };
}
