/** The page after a notification: `sau=<ISO instant>_<id>` in the address. */
export interface PageCursor {
  createdAt: string;
  id: string;
}

const CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)_([0-9a-f-]{36})$/;

/** The cursor of the address, or none when absent or not one (the first page then). */
export function pageCursorOf(value: string | null): PageCursor | null {
  const match = value === null ? null : CURSOR.exec(value);
  return match?.[1] && match[2] ? { createdAt: match[1], id: match[2] } : null;
}

export function pageHref(unreadOnly: boolean, cursor: PageCursor | null): string {
  const q = new URLSearchParams();
  if (unreadOnly) q.set('chua-doc', '1');
  if (cursor) q.set('sau', `${cursor.createdAt}_${cursor.id}`);
  const query = q.toString();
  return query ? `/thong-bao?${query}` : '/thong-bao';
}

/** Only a path of the portal itself: a notification never sends a person to another site. */
export function safeReturnPath(href: string): string {
  return href.startsWith('/') && !href.startsWith('//') && !href.includes('\\') ? href : '/thong-bao';
}
