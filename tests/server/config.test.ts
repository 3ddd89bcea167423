import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';

describe('loadConfig', () => {
  it('gives the defaults for an empty environment: rate limiting on, the index never shrunk silently', () => {
    expect(loadConfig({})).toMatchObject({
      PORT: 3000,
      HOST: 'localhost',
      REBUILD: 'auto',
      RATE_LIMIT_PER_MINUTE: 600,
      HEAVY_QUEUE: 16,
      HEAVY_WAIT_MS: 5000,
      ALLOW_SHRINK: false,
      SOURCE_MAPS: false,
      WATCH_CORPUS: false,
    });
  });

  it('reads PORT and HOST from the environment', () => {
    expect(loadConfig({ PORT: '8080', HOST: '0.0.0.0' })).toMatchObject({ PORT: 8080, HOST: '0.0.0.0' });
  });

  it('refuses an invalid setting at start, naming it', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ REBUILD: 'sometimes' })).toThrow(/REBUILD/);
  });
});
