// Builds the page: bundles web/src with esbuild into web/dist, beside index.html and the styles.
import { cpSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** Bundles the page into `web/dist` (minified, with a source map). */
export async function buildWeb(): Promise<void> {
  mkdirSync(here('./dist'), { recursive: true });
  await build({
    entryPoints: [here('./src/main.ts')],
    bundle: true,
    minify: true,
    sourcemap: true,
    format: 'esm',
    target: ['es2022'],
    outfile: here('./dist/app.js'),
    logLevel: 'warning',
  });
  cpSync(here('./index.html'), here('./dist/index.html'));
  cpSync(here('./styles.css'), here('./dist/styles.css'));
  cpSync(here('./favicon.svg'), here('./dist/favicon.svg'));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildWeb();
