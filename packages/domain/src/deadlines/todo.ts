import type { TodoContext, TodoItem, TodoVisit } from './todo-item.js';
import { visitTodoItems } from './todo-rules.js';

export * from './todo-item.js';

/**
 * "Việc cần làm": the acts that fall to this person, soonest due first (see todo-rules.ts for who
 * gets what). Only deadlines open today, never of a plan read as history, and only acts the access
 * policy lets this person do on the visit.
 * @example todoItems([{ …visit, may: new Set(['report.write']) }], context)[0].title // 'Gửi báo cáo phục vụ Đoàn kiểm tra'
 */
export function todoItems(visits: readonly TodoVisit[], context: TodoContext): TodoItem[] {
  const summaries = new Set<string>();
  const items = visits.flatMap((v) => visitTodoItems(v, context, summaries));
  return items.sort((a, b) => a.dueDate - b.dueDate || a.title.localeCompare(b.title, 'vi'));
}
