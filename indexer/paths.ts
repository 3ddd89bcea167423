// Where the project's files are, whether it runs from its sources (tsx) or from the built bundle.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'zhengce';

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === PACKAGE_NAME
    ) {
      return dir;
    }
    if (dirname(dir) === dir) throw new Error(`cannot find the ${PACKAGE_NAME} project above ${from}`);
  }
}

/** The project folder (the one with zhengce's package.json). */
export const PROJECT_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));

/** True when this code runs from the bundle `npm run build` made (dist/), not from the TypeScript sources. */
export const RUNS_BUILT = import.meta.url.endsWith('.js');

/** A path inside the project: `projectPath('indexer', 'data', 'glossary.tsv')`. */
export function projectPath(...parts: string[]): string {
  return join(PROJECT_ROOT, ...parts);
}

/**
 * The Node arguments that run one of the indexer's programs in a child process: the built bundle
 * when this process runs built, else the TypeScript source through tsx.
 * @example spawn(process.execPath, [...indexerProgram('cli'), '--corpus', 'corpus'])
 */
export function indexerProgram(name: 'cli' | 'lexicon-cli'): string[] {
  return RUNS_BUILT
    ? [projectPath('dist', 'indexer', `${name}.js`)]
    : ['--import', 'tsx', projectPath('indexer', `${name}.ts`)];
}
