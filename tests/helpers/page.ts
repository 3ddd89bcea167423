// A browser test file's page: chromium and the app started once per file, a fresh context per test, screenshots.
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { routeOf } from './api.ts';
import { ARTIFACTS, startBrowser } from './browser.ts';

/** What a test gets: the page, the app's address, and the errors the page logged. */
export interface PageFixture {
  readonly page: () => Page;
  readonly base: () => string;
  readonly errors: string[];
  /** Saves a screenshot of the view (the PNG in tests/artifacts). */
  readonly shot: (name: string) => Promise<void>;
  /** A new context in `locale` at `width` px (the default context is zh-CN at 1280 px). */
  readonly reopen: (options: { locale?: string; width?: number; height?: number }) => Promise<Page>;
  /**
   * What the app's API answers to GET `path` (the values a test expects of the page), checked
   * against the contract. Throws on a status other than 200 or a body off the route's schema.
   */
  readonly json: <T>(path: string) => Promise<T>;
}

/** Registers the hooks of a browser test file and returns its fixture. */
export function usePage(defaults: { locale?: string; width?: number } = {}): PageFixture {
  let browser: Browser;
  let base = '';
  let close: () => Promise<void> = async () => {};
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  const errors: string[] = [];
  const open = async ({ locale = defaults.locale ?? 'zh-CN', width = defaults.width ?? 1280, height = 900 } = {}) => {
    await context?.close();
    context = await browser.newContext({ locale, viewport: { width, height } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    return page;
  };
  beforeAll(async () => {
    ({ browser, base, close } = await startBrowser());
  });
  afterAll(async () => {
    await context?.close();
    await close();
  });
  beforeEach(async () => {
    errors.length = 0;
    await open();
  });
  return {
    page: () => page as Page,
    base: () => base,
    errors,
    shot: async (name) => {
      await (page as Page).screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: false });
    },
    reopen: open,
    json: async <T>(path: string) => {
      const res = await fetch(`${base}${path}`);
      const body: unknown = await res.json();
      if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(body)}`);
      const parsed = routeOf(path)?.responses['application/json']?.safeParse(body);
      if (!parsed) throw new Error(`${path}: no JSON route of the contract`);
      if (!parsed.success) throw new Error(`${path}: response off contract: ${parsed.error.message}`);
      return body as T;
    },
  };
}
