// The interface language: remembered, defaulting from the browser; its words are in words.ts.
import { STRINGS, type Key, type Lang } from './words.ts';

export type { Key, Lang } from './words.ts';

let current: Lang = initialLang();

function initialLang(): Lang {
  const saved = localStorage.getItem('zhengce.lang');
  if (saved === 'zh' || saved === 'en') return saved;
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** The interface language. */
export function lang(): Lang {
  return current;
}

/** Switches the language and remembers it. */
export function setLang(next: Lang): void {
  current = next;
  localStorage.setItem('zhengce.lang', next);
  document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
}

/** A string of the interface in the current language. */
export function t(key: Key): string {
  return STRINGS[key][current === 'zh' ? 0 : 1];
}
