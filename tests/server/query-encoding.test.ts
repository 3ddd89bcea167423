import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { malformedParameter } from '../../server/http/query-encoding.ts';

// What the check must answer, pair by pair: the first name or value that does not decode.
function firstMalformed(query: string): string | undefined {
  for (const pair of query.split('&')) {
    const at = pair.indexOf('=');
    const [name, value] = at < 0 ? [pair, ''] : [pair.slice(0, at), pair.slice(at + 1)];
    const decoded = tryDecode(name.replace(/\+/g, ' '));
    if (decoded === undefined) return name.replace(/\+/g, ' ');
    if (tryDecode(value.replace(/\+/g, ' ')) === undefined) return decoded;
  }
  return undefined;
}

function tryDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

describe('malformedParameter', () => {
  it('passes a query string whose every parameter decodes, and one with none', () => {
    expect(malformedParameter('/api/search?q=%E4%B8%80&province=%E6%B5%99&x')).toBeUndefined();
    expect(malformedParameter('/api/search')).toBeUndefined();
  });

  it('names the parameter whose escape is cut off by & or =, as a check of each pair does', () => {
    expect(malformedParameter('/x?a=%E4%B8&b=%80')).toBe('a');
    expect(malformedParameter('/x?a=1&%E4%B8=%80')).toBe('%E4%B8');
  });

  it('agrees with a check of each pair on random query strings of escapes and separators', () => {
    const piece = fc.constantFrom('%E4', '%B8', '%80', '%FF', '%', 'a', '+', '=', '&', '%2', '%26', '%3D');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const query = pieces.join('');
        expect(malformedParameter(`/p?${query}`)).toBe(firstMalformed(query));
      }),
      { numRuns: 2000 },
    );
  });
});
