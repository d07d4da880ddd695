import type { RequestEvent } from '@sveltejs/kit';
import { apiBaseUrl } from './api.js';

/** demo or production, as the API runs (KIEMTRA_MODE); null when the API could not be asked. */
export type ApiMode = 'demo' | 'production' | null;

/** The API's mode, read from its /health: the portal has no configuration of its own for it. */
export async function apiMode(event: Pick<RequestEvent, 'fetch'>): Promise<ApiMode> {
  try {
    const answer = await event.fetch(`${apiBaseUrl()}/health`, { signal: AbortSignal.timeout(2000) });
    if (!answer.ok) return null;
    const body = (await answer.json()) as { mode?: unknown };
    return body.mode === 'demo' || body.mode === 'production' ? body.mode : null;
  } catch {
    return null;
  }
}
