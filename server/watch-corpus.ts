// WATCH_CORPUS: the corpus folder watched for changes, followed when it is recreated or swapped by rename.
import { statSync, watch, type FSWatcher } from 'node:fs';

/** How the folder is watched. */
export interface WatchOptions {
  /** A burst of changes within this many ms is one change (a copy of many files). */
  readonly debounceMs: number;
  /** How often the folder's identity (its inode) is checked, in ms. */
  readonly pollMs: number;
}

const DEFAULTS: WatchOptions = { debounceMs: 1000, pollMs: 2000 };

/**
 * Calls `onChange` after files in `dir` change. `fs.watch` follows the folder it was given, not its
 * path: once the folder is removed and made again, or another folder is renamed over it (an rsync
 * into a new folder, `mv corpus.new corpus`), it hears nothing more. So the folder's inode (with its
 * birth time) is checked every `pollMs`; when it differs (or the folder is gone, or comes back) the
 * watch is made anew on the folder now at the path, and that counts as a change.
 * @returns `close`, which stops watching
 */
export function watchCorpus(
  dir: string,
  onChange: () => void,
  options: Partial<WatchOptions> = {},
): { close: () => void } {
  const { debounceMs, pollMs } = { ...DEFAULTS, ...options };
  let watcher: FSWatcher | undefined;
  let identity = inode(dir);
  let debounce: NodeJS.Timeout | undefined;
  const changed = () => {
    clearTimeout(debounce);
    debounce = setTimeout(onChange, debounceMs);
  };
  const attach = () => {
    watcher?.close();
    watcher = undefined;
    try {
      const own = watch(dir, changed);
      // The folder went away under the watch: the poll below notices and watches again. (This
      // watch's own error: it must not close the watch that replaced it.)
      own.on('error', () => {
        own.close();
        if (watcher === own) watcher = undefined;
      });
      watcher = own;
    } catch {
      // No folder at the path now; the poll watches it when it is back.
    }
  };
  attach();
  const poll = setInterval(() => {
    const now = inode(dir);
    if (now === identity) return;
    identity = now;
    attach();
    changed();
  }, pollMs);
  poll.unref();
  return {
    close: () => {
      clearInterval(poll);
      clearTimeout(debounce);
      watcher?.close();
    },
  };
}

// The folder's identity: its inode, and its birth time (an inode number is reused at once).
function inode(dir: string): string | undefined {
  try {
    const stats = statSync(dir, { bigint: true });
    return `${stats.ino}:${stats.birthtimeNs}`;
  } catch {
    return undefined;
  }
}
