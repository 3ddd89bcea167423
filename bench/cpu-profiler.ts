// V8's sampling CPU profiler in this process (node:inspector), for the profile scripts.
import { Session, type Profiler } from 'node:inspector';

/** A connected profiler sampling every 200 µs: `profile(run)` samples `run` alone; `close()` disconnects. */
export interface CpuProfiler {
  profile(run: () => void): Promise<Profiler.Profile>;
  close(): void;
}

/** Connects to this process's inspector and enables the profiler. */
export async function cpuProfiler(): Promise<CpuProfiler> {
  const session = new Session();
  session.connect();
  const post = <T>(method: string, params?: object) =>
    new Promise<T>((resolve, reject) =>
      session.post(method, params, (err, result) => (err ? reject(err) : resolve(result as T))),
    );
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 200 });
  return {
    async profile(run) {
      await post('Profiler.start');
      run();
      return (await post<{ profile: Profiler.Profile }>('Profiler.stop')).profile;
    },
    close: () => session.disconnect(),
  };
}
