// Reader for old Word .doc files (OLE compound documents): word-extractor's body text.
import WordExtractor from 'word-extractor';
import { UnreadableError, type ReadText } from './reader.ts';

const extractor = new WordExtractor();

/**
 * Reads a Word 97–2003 document: the body text as word-extractor gives it (headers, footers,
 * footnotes and comments are separate parts and left out). Table cells end with a tab in that text;
 * a row is one line of tab-separated cells. Bold and heading styles are not read.
 * @throws UnreadableError for a file that is not an OLE Word document.
 */
export async function readDocFile(bytes: Uint8Array): Promise<ReadText> {
  let body: string;
  try {
    body = (await extractor.extract(Buffer.from(bytes))).getBody();
  } catch (err) {
    throw new UnreadableError(`not a readable Word 97-2003 document: ${(err as Error).message}`);
  }
  // A row ends with a cell mark and a row mark, both tabs in word-extractor's text: drop the row's.
  const text = body
    .split('\n')
    .map((line) => (line.split('\t').length >= 3 ? line.replace(/\t$/, '') : line))
    .join('\n');
  return { text, bold: [], headings: [], warnings: [] };
}
