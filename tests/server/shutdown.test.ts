import { afterEach, describe, expect, it } from 'vitest';
import { spawnServer, type ServerBuild, type SpawnedServer } from '../helpers/spawned-server.ts';

// The grace period main.ts gives requests in flight, and the margin the exit may take past it.
const GRACE_MS = 10_000;
const MARGIN_MS = 3_000;

let server: SpawnedServer | undefined;
afterEach(() => {
  server?.child.kill('SIGKILL');
  server = undefined;
});

async function requests(base: string, count: number, path: (k: number) => string): Promise<number[]> {
  const statuses: number[] = [];
  for (let k = 0; k < count; k += 16) {
    const batch = Array.from({ length: Math.min(16, count - k) }, (_, j) => fetch(`${base}${path(k + j)}`));
    for (const res of await Promise.all(batch)) {
      statuses.push(res.status);
      await res.arrayBuffer();
    }
  }
  return statuses;
}

// The highest resident memory seen over `rounds` rounds of 2,000 requests, each answered 200.
async function peakRss(s: SpawnedServer, rounds: number): Promise<number> {
  let peak = 0;
  for (let round = 0; round < rounds; round++) {
    const statuses = await requests(s.base, 2000, () => '/api/health');
    expect(statuses.every((x) => x === 200)).toBe(true);
    peak = Math.max(peak, s.rssMB());
  }
  return peak;
}

describe.each<ServerBuild>(['built', 'tsx'])('the %s server with a stalled log consumer', (build) => {
  it('answers every request and exits promptly on SIGTERM', async () => {
    server = await spawnServer(build);
    server.child.stdout.pause();
    // Each request writes an access-log line; 1,000 of them overfill the 64 KiB pipe.
    const statuses = await requests(server.base, 1000, (k) => `/api/search?q=%E8%8D%AF&limit=${(k % 50) + 1}`);
    expect(statuses.every((s) => s === 200)).toBe(true);
    server.child.kill('SIGTERM');
    const ms = await server.exitWithin(GRACE_MS + MARGIN_MS);
    expect(ms).toBeLessThan(GRACE_MS + MARGIN_MS);
  });

  it('holds at most its buffer while paused, dropping and counting the rest, then reports it once', async () => {
    server = await spawnServer(build, { LOG_BUFFER_KIB: '64' });
    const linesBefore = server.output().split('\n').filter(Boolean).length;
    server.child.stdout.pause();
    const peak = await peakRss(server, 4);
    server.child.stdout.resume();
    await new Promise((r) => setTimeout(r, 500));
    await requests(server.base, 3, () => '/api/health');
    await new Promise((r) => setTimeout(r, 500));
    const lines = server.output().split('\n').filter(Boolean);
    const reports = lines.filter((l) => l.includes('log lines were dropped'));
    expect(reports).toHaveLength(1);
    const dropped = Number(/"dropped":(\d+)/.exec(reports[0] ?? '')?.[1]);
    // Every one of the 8,000 paused requests' lines was either delivered or counted as dropped…
    const delivered = lines.slice(linesBefore).filter((l) => l.includes('GET /api/health')).length - 3;
    expect(delivered + dropped).toBe(8000);
    // …and what was kept fits the 64 KiB buffer plus what the pipe itself holds (under 512 KiB).
    const keptBytes = lines.slice(linesBefore, linesBefore + delivered).reduce((n, l) => n + l.length + 1, 0);
    expect(keptBytes).toBeLessThan(64 * 1024 + 512 * 1024);
    // Logging resumed: the requests after the consumer came back are in the log.
    expect(lines.slice(-3).join('\n')).toContain('/api/health 200');
    // Resident memory swings with garbage collection (by up to hundreds of MB under tsx), so the
    // stalled server is compared with one whose log is read, under the same load.
    server.child.kill('SIGKILL');
    server = await spawnServer(build, { LOG_BUFFER_KIB: '64' });
    expect(peak - (await peakRss(server, 4))).toBeLessThan(100);
  });
});
