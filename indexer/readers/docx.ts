// Reader for .docx files: mammoth to HTML (Word's headings, bold and tables kept), then the HTML path.
import mammoth from 'mammoth';
import { fromHtml } from '../markup.ts';
import { DEFAULT_READER_LIMITS, type ReaderLimits } from './limits.ts';
import { UnreadableError, type ReadText } from './reader.ts';
import { declaredInflatedBytes } from './zip-size.ts';

// Word's Title style is the document's title; its headings are h1-h6 in mammoth's default map.
const STYLE_MAP = ["p[style-name='Title'] => h1.doc-title:fresh", "p[style-name='Subtitle'] => h2.doc-subtitle:fresh"];

/**
 * Reads a Word 2007+ document. mammoth turns it into HTML with Word's heading styles as `h1`–`h6`,
 * bold runs as `<strong>` and tables as tables; {@link fromHtml} makes lines of it (cells separated
 * by tabs). Page headers and footers are not part of mammoth's output. The title is the paragraph
 * in Word's Title style, if there is one.
 * @throws UnreadableError for a file that is not a Word document (not a zip, no document part), and
 *   for one whose XML parts inflate to more than `limits.inflatedBytes` (refused before inflating).
 */
export async function readDocxFile(bytes: Uint8Array, limits: ReaderLimits = DEFAULT_READER_LIMITS): Promise<ReadText> {
  // The text is in the XML parts; images and fonts are never inflated by mammoth's text path.
  const inflated = declaredInflatedBytes(bytes, (name) => /\.(?:xml|rels)$/i.test(name));
  if (inflated !== undefined && inflated > limits.inflatedBytes)
    throw new UnreadableError(
      `its XML inflates to ${mib(inflated)}, more than the ${mib(limits.inflatedBytes)} read (a zip bomb?)`,
    );
  let converted: { value: string; messages: Array<{ type: string; message: string }> };
  try {
    converted = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: STYLE_MAP });
  } catch (err) {
    // jszip's message for a file that is no zip goes on with a link; its first clause says it.
    throw new UnreadableError(`not a readable Word document: ${(err as Error).message.split(/ : | \(/)[0]}`);
  }
  const plain = fromHtml(`<body>${converted.value}</body>`, limits.nesting);
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

function mib(bytes: number): string {
  return Number.isFinite(bytes) ? `${(bytes / 2 ** 20).toFixed(1)} MiB` : 'a ZIP64 size';
}
