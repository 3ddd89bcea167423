// What is indexed as a clause's headings: its section path, its own title, a table row's column names.
import type { Clause } from './schema.ts';

/**
 * The text indexed as a clause's headings: its section path, its own title and, for a table row,
 * the table's column names, joined by spaces.
 * @example headingText({ section: ['三、重点任务'], title: '推动化学药集约化', … }) === '三、重点任务 推动化学药集约化'
 */
export function headingText(clause: Clause): string {
  return [...clause.section, clause.title ?? '', ...(clause.columns ?? [])].join(' ');
}
