// The Express app over the real corpus index, in process, for supertest.
import pino from 'pino';
import { createApp } from '../../server/app.ts';
import { corpusIndex } from './corpus-index.ts';

/** The app with a silent logger. */
export function testApp(options: { rateLimitPerMinute?: number } = {}) {
  const { store } = corpusIndex();
  return createApp({ index: () => store, logger: pino({ level: 'silent' }), ...options });
}
