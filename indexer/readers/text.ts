// Reader for .txt and .md files: decoded as UTF-8 or GB18030, markdown markers stripped.
import { decodeText } from '../decode.ts';
import { fromMarkdown } from '../markup.ts';
import type { ReadText } from './reader.ts';

/**
 * Reads a plain-text or markdown file: the encoding is detected ({@link decodeText}), `#` and `**`
 * markers become heading and bold hints. A form feed (pdftotext's page break) is kept as a page line.
 * @throws NotTextError (an UnreadableError) for an empty, binary or undecodable file.
 */
export async function readTextFile(bytes: Uint8Array): Promise<ReadText> {
  const { text, encoding } = decodeText(bytes);
  const plain = fromMarkdown(text);
  return { text: plain.text, bold: plain.bold, headings: plain.headings, encoding, warnings: [] };
}
