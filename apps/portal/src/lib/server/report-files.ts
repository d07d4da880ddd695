import type { RequestEvent } from '@sveltejs/kit';
import { apiBaseUrl, apiRequestHeaders } from './api';
import { API_UNREACHABLE_MESSAGE } from './api-error';

type Event = Pick<RequestEvent, 'cookies' | 'fetch' | 'getClientAddress' | 'locals'>;

/** Sends an evidence file's bytes to the API (plain HTTP: see the API's unit-reports/attachment-routes.ts). */
export async function uploadReportFile(
  event: Event,
  input: { inspectionId: string; itemCode: string; file: File },
  idempotencyKey: string | null,
): Promise<{ ok: true } | { ok: false; status: number; message: string }> {
  const url = `${apiBaseUrl()}/files/reports/${encodeURIComponent(input.inspectionId)}/items/${encodeURIComponent(input.itemCode)}/attachments`;
  try {
    const response = await event.fetch(url, {
      method: 'POST',
      headers: {
        ...apiRequestHeaders(event, { idempotencyKey }),
        'content-type': 'application/octet-stream',
        'x-file-name': encodeURIComponent(input.file.name),
      },
      body: new Uint8Array(await input.file.arrayBuffer()),
    });
    if (response.ok) return { ok: true };
    const body = (await response.json().catch(() => ({}))) as { message?: string };
    return { ok: false, status: response.status, message: body.message ?? API_UNREACHABLE_MESSAGE };
  } catch {
    return { ok: false, status: 503, message: API_UNREACHABLE_MESSAGE };
  }
}
