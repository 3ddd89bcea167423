// Refuses a query string that does not decode: `q=%E4%B8` would otherwise be searched as U+FFFD.
import type { RequestHandler } from 'express';
import { HttpError } from './http-error.ts';

/** The name of the first parameter whose name or value is not valid percent-encoded UTF-8, if any. */
export function malformedParameter(url: string): string | undefined {
  const start = url.indexOf('?');
  if (start < 0 || decode(url.slice(start + 1)) !== undefined) return undefined;
  // Some parameter does not decode (an escape cannot straddle `&` or `=`, so the whole query string
  // decodes exactly when each name and value does): which one.
  for (const pair of url.slice(start + 1).split('&')) {
    const [name = '', value = ''] = splitOnce(pair.replace(/\+/g, ' '), '=');
    const decodedName = decode(name);
    if (decodedName === undefined) return name;
    if (decode(value) === undefined) return decodedName;
  }
  return undefined;
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + 1)];
}

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** BAD_REQUEST for a query string with a malformed percent-escape or bytes that are not UTF-8. */
export const requireDecodableQuery: RequestHandler = (req, _res, next) => {
  const name = malformedParameter(req.originalUrl);
  next(name === undefined ? undefined : new HttpError('BAD_REQUEST', `${name}: malformed percent-encoding`));
};
