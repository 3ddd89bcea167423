// Debian's chromium, headless, driven by playwright-core, against the real server on loopback.
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { testApp } from './test-app.ts';

/** Where the screenshots of the main states are saved (a CI artifact). */
export const ARTIFACTS = fileURLToPath(new URL('../artifacts', import.meta.url));

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/** The chromium executable: CHROMIUM_PATH, else the standard paths. */
export function chromiumPath(): string | undefined {
  return CANDIDATES.find((p): p is string => !!p && existsSync(p));
}

/** Starts the app on a free loopback port and a headless chromium; `close` stops both. */
export async function startBrowser(): Promise<{ browser: Browser; base: string; close: () => Promise<void> }> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const server: Server = await new Promise((resolve) => {
    const s = testApp().listen(0, '127.0.0.1', () => resolve(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('no chromium: apt-get install -y chromium, or set CHROMIUM_PATH');
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  return {
    browser,
    base,
    close: async () => {
      await browser.close();
      await new Promise((r) => server.close(r));
    },
  };
}
