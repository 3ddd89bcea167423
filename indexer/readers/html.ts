// Reader for .html pages as saved from government sites: the article body, its title and bold.
import { decodeText } from '../decode.ts';
import { fromHtml } from '../markup.ts';
import { DEFAULT_READER_LIMITS, type ReaderLimits } from './limits.ts';
import type { ReadText } from './reader.ts';

/**
 * Reads a web page: decoded as UTF-8 or GB18030, navigation and scripts dropped, the article body
 * as lines ({@link fromHtml}).
 * @throws NotTextError (an UnreadableError) for an empty, binary or undecodable file; UnreadableError
 *   for a page nesting elements deeper than `limits.nesting`.
 */
export async function readHtmlFile(bytes: Uint8Array, limits: ReaderLimits = DEFAULT_READER_LIMITS): Promise<ReadText> {
  const { text, encoding } = decodeText(bytes);
  const plain = fromHtml(text, limits.nesting);
  return {
    text: plain.text,
    bold: plain.bold,
    headings: plain.headings,
    ...(plain.title ? { title: plain.title } : {}),
    encoding,
    warnings: [],
  };
}
