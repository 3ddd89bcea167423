// A build's thread that reads corpus files: bytes in, text out (metadata lines dropped, layout repaired).
import { parentPort, workerData } from 'node:worker_threads';
import { repairLayout } from './layout.ts';
import { extractFields } from './source-fields.ts';
import { READERS } from './readers/by-format.ts';
import type { ReaderLimits } from './readers/limits.ts';
import { UnreadableError } from './readers/reader.ts';
import type { ReadRequest, ReadResponse } from './reader-thread.ts';

const port = parentPort;
if (!port) throw new Error('reader-worker.ts runs as a worker thread of a build');
const limits = workerData.limits as ReaderLimits;

port.on('message', (request: ReadRequest) => {
  void read(request).then((response) => port.postMessage(response));
});

async function read({ format, bytes }: ReadRequest): Promise<ReadResponse> {
  const load = READERS.get(format);
  if (!load) return { reason: `no reader for ${format}` };
  // Outside the try: a reader that cannot be loaded is a broken installation, not a bad file.
  const reader = await load();
  try {
    const raw = await reader(bytes, limits);
    const lines = countLines(raw.text, limits.lines);
    if (lines > limits.lines) return { reason: `more than ${limits.lines} lines of text` };
    // Lines that are metadata (a crawler's header, comments, link lists) go before the layout is read.
    const fielded = extractFields(raw);
    return { raw, repaired: repairLayout(fielded), fields: fielded.fields };
  } catch (err) {
    if (err instanceof UnreadableError) return { reason: err.reason };
    // A damaged file of a binary format, or one that overflows a parser's stack: one bad file.
    return { reason: `cannot be read as ${format}: ${(err as Error).message}` };
  }
}

// Lines of `text`, counted up to just past `limit`.
function countLines(text: string, limit: number): number {
  let lines = 1;
  for (let at = text.indexOf('\n'); at >= 0 && lines <= limit; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}
