// How deep a page nests its elements, measured on the markup before it is parsed.

// Elements with no content, and elements whose end tag a parser implies when a sibling opens: they
// never deepen a page however they are written.
const NEVER_NEST = new Set(
  'area base br col embed hr img input link meta param source track wbr p li dt dd tr td th option optgroup thead tbody tfoot colgroup caption rb rt rp'.split(
    ' ',
  ),
);
const SKIPPED = /<!--[\s\S]*?(?:-->|$)|<(script|style|textarea|title)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^<>]*?(\/?)>/g;

/**
 * The greatest number of elements open inside one another in `html`, counting tags in one pass
 * (comments, scripts and styles skipped; an unmatched end tag closes nothing). An HTML parser builds
 * a page nested N deep in time growing with N², so a page is measured before it is parsed.
 * @param limit stop counting once the depth passes it (the answer is then limit + 1): the scan stays
 *   linear in the length of the page
 * @example htmlNesting('<div><div><p>x</div></div>') === 2
 */
export function htmlNesting(html: string, limit = Infinity): number {
  const text = html.replace(SKIPPED, '');
  const open: string[] = [];
  let deepest = 0;
  for (const m of text.matchAll(TAG)) {
    const name = (m[2] as string).toLowerCase();
    if (NEVER_NEST.has(name) || m[3] === '/') continue;
    if (m[1] !== '/') {
      open.push(name);
      deepest = Math.max(deepest, open.length);
      if (deepest > limit) return deepest;
      continue;
    }
    // An end tag closes the nearest element of its name and everything opened inside it.
    const at = open.lastIndexOf(name);
    if (at >= 0) open.length = at;
  }
  return deepest;
}
