// Highlight HTML back to text: tags removed, entities unescaped (the inverse of the highlighter).

/** `a<mark>b</mark>&amp;c` -> `ab&c`: what a highlight reads as, without its marks. */
export function unmark(html: string): string {
  return html
    .replace(/<\/?mark>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
