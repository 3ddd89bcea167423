// Reader for .docx files: mammoth to HTML (Word's headings, bold and tables kept), then the HTML path.
import mammoth from 'mammoth';
import { fromHtml } from '../markup.ts';
import { UnreadableError, type ReadText } from './reader.ts';

// Word's Title style is the document's title; its headings are h1-h6 in mammoth's default map.
const STYLE_MAP = ["p[style-name='Title'] => h1.doc-title:fresh", "p[style-name='Subtitle'] => h2.doc-subtitle:fresh"];

/**
 * Reads a Word 2007+ document. mammoth turns it into HTML with Word's heading styles as `h1`–`h6`,
 * bold runs as `<strong>` and tables as tables; {@link fromHtml} makes lines of it (cells separated
 * by tabs). Page headers and footers are not part of mammoth's output. The title is the paragraph
 * in Word's Title style, if there is one.
 * @throws UnreadableError for a file that is not a Word document (not a zip, no document part).
 */
export async function readDocxFile(bytes: Uint8Array): Promise<ReadText> {
  let converted: { value: string; messages: Array<{ type: string; message: string }> };
  try {
    converted = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: STYLE_MAP });
  } catch (err) {
    // jszip's message for a file that is no zip goes on with a link; its first clause says it.
    throw new UnreadableError(`not a readable Word document: ${(err as Error).message.split(/ : | \(/)[0]}`);
  }
  const plain = fromHtml(`<body>${converted.value}</body>`);
  const titled = converted.value.includes('class="doc-title"');
  const warnings = converted.messages
    .filter((m) => m.type === 'error')
    .map((m) => m.message)
    .slice(0, 5);
  return {
    text: plain.text,
    bold: plain.bold,
    headings: plain.headings,
    ...(titled && plain.title ? { title: plain.title } : {}),
    warnings,
  };
}
