// Builds the server and the indexer programs it runs into dist/ with esbuild, so `npm start` runs
// JavaScript and pays no transpiling at start-up. Dependencies stay in node_modules (not bundled).
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { projectPath } from '../indexer/paths.ts';

/** The programs built, by their source path inside the project. */
const ENTRIES = [
  'server/main.ts',
  'indexer/cli.ts',
  'indexer/lexicon-cli.ts',
  'indexer/analysis-worker.ts',
  'indexer/reader-worker.ts',
];

/** Bundles each entry into `dist/` at the same relative path (`dist/server/main.js`). */
export async function buildServer(): Promise<void> {
  rmSync(projectPath('dist'), { recursive: true, force: true });
  await build({
    absWorkingDir: projectPath(),
    entryPoints: ENTRIES,
    outbase: '.',
    outdir: 'dist',
    bundle: true,
    platform: 'node',
    format: 'esm',
    // Modules imported on demand (the corpus readers, pdf.js) stay out of the start-up path.
    splitting: true,
    target: ['node20'],
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildServer();
