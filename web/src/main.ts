// The page's entry: a search box and the hits with their marks.
import { isFailure, search } from './api.ts';
import { h, markedText } from './dom.ts';

const root = document.getElementById('app') as HTMLElement;
const input = h('input', { type: 'search', id: 'q', name: 'q', placeholder: '搜索条款，如 一致性评价 / Search clauses', 'aria-label': '搜索 Search', autocomplete: 'off' });
const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
const list = h('ol', { class: 'hits' });
root.append(h('header', { class: 'top' }, h('h1', {}, '政策 ', h('span', { class: 'en' }, 'zhengce')), h('form', { role: 'search' }, input)), status, list);

let controller: AbortController | undefined;
async function run(q: string): Promise<void> {
  controller?.abort();
  if (!q.trim()) { list.replaceChildren(); status.textContent = ''; return; }
  controller = new AbortController();
  const result = await search(new URLSearchParams({ q }), controller.signal).catch(() => undefined);
  if (!result) return;
  if (isFailure(result)) { status.textContent = result.message; list.replaceChildren(); return; }
  status.textContent = `${result.total} 条 clauses`;
  list.replaceChildren(...result.hits.map((hit) => h('li', { class: 'hit' },
    h('div', { class: 'meta' }, `${hit.doc.title} · ${hit.province}${hit.city ? ` · ${hit.city}` : ''}`),
    h('div', { class: 'crumb' }, [...hit.section, hit.label.split(/(?<=[、）)．.])/).pop() ?? ''].filter(Boolean).join(' › ')),
    h('p', { class: 'snippet' }, markedText(hit.snippet)))));
}

let timer: number | undefined;
input.addEventListener('input', () => { window.clearTimeout(timer); timer = window.setTimeout(() => void run(input.value), 150); });
input.form?.addEventListener('submit', (e) => { e.preventDefault(); void run(input.value); });
