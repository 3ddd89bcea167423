// The reader's reading aid switch: pinyin over the words of each clause in view, and its word list; remembered.
import { h } from '../dom.ts';
import { t } from '../i18n.ts';
import { clauseWords, rubyText, wordList } from './reading-aid.ts';

const KEY = 'zhengce.readingAid';

// The spans of a paragraph's <mark> elements, in its text.
function markSpans(p: HTMLElement): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let pos = 0;
  for (const node of p.childNodes) {
    const length = node.textContent?.length ?? 0;
    if (node instanceof HTMLElement && node.tagName === 'MARK') out.push({ start: pos, end: pos + length });
    pos += length;
  }
  return out;
}

function inView(el: HTMLElement): boolean {
  const r = el.getBoundingClientRect();
  return r.bottom > 0 && r.top < window.innerHeight;
}

// How long after the switch the clause read stays where it was while the clauses around it grow or shrink.
const HOLD_MS = 2000;

/**
 * Keeps one clause where it is on screen while others change height: the clause of the address
 * when it is in view, else the one marked current (being read). `realign` scrolls it back.
 */
function holdInView(): { realign: () => void } {
  const target = document.querySelector<HTMLElement>('.clause.target');
  const el = target && inView(target) ? target : document.querySelector<HTMLElement>('.clause.current');
  const top = el?.getBoundingClientRect().top;
  const until = performance.now() + HOLD_MS;
  return {
    realign: () => {
      if (!el || top === undefined || performance.now() > until) return;
      const moved = el.getBoundingClientRect().top - top;
      if (Math.abs(moved) >= 1) window.scrollBy(0, moved);
    },
  };
}

/** The switch, and `attach` to give the clauses it applies to (glossed as they come into view). */
export function readingAid(): {
  button: HTMLButtonElement;
  attach: (clauses: readonly HTMLElement[], signal: AbortSignal) => void;
} {
  let on = localStorage.getItem(KEY) === 'on';
  const button = h('button', { type: 'button', class: 'aid-switch', 'aria-pressed': String(on) }, t('readingAid'));
  const plain = new Map<HTMLElement, Node[]>();
  const visible = new Set<HTMLElement>();
  const watched: HTMLElement[] = [];
  let hold: { realign: () => void } = { realign: () => {} };

  async function gloss(el: HTMLElement): Promise<void> {
    const p = el.querySelector<HTMLElement>('.clause-text');
    if (!p || !on || plain.has(el)) return;
    const text = p.textContent ?? '';
    const marks = markSpans(p);
    plain.set(el, [...p.childNodes]);
    const words = await clauseWords(el.dataset.id as string);
    if (!words || !on) return;
    p.replaceChildren(...rubyText(text, words, marks));
    p.after(wordList(words));
    hold.realign();
  }

  function restore(): void {
    for (const [el, nodes] of plain) {
      el.querySelector('.clause-text')?.replaceChildren(...nodes);
      el.querySelector('.word-list')?.remove();
    }
    plain.clear();
    hold.realign();
  }

  button.addEventListener('click', () => {
    on = !on;
    hold = holdInView();
    localStorage.setItem(KEY, on ? 'on' : 'off');
    button.setAttribute('aria-pressed', String(on));
    // The clauses in view now (the observer only reports changes), then those that come into view.
    if (on) for (const el of watched) if (inView(el)) void gloss(el);
    if (!on) restore();
  });

  const attach = (clauses: readonly HTMLElement[], signal: AbortSignal) => {
    const observer = new IntersectionObserver((changes) => {
      for (const c of changes) {
        const el = c.target as HTMLElement;
        if (!c.isIntersecting) {
          visible.delete(el);
          continue;
        }
        visible.add(el);
        if (on) void gloss(el);
      }
    });
    for (const el of clauses)
      if (el.querySelector('.clause-text')) {
        watched.push(el);
        observer.observe(el);
      }
    signal.addEventListener('abort', () => observer.disconnect());
  };
  return { button, attach };
}
