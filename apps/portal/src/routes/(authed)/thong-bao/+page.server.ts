import { NOTIFICATION_KINDS, setNotificationPreferencesInput } from '@kiemtra/domain';
import { fail } from '@sveltejs/kit';
import { pageCursorOf, pageHref } from '$lib/notifications/page-cursor';
import { createApi } from '$lib/server/api';
import { fromApi, tryApi } from '$lib/server/api-error';
import type { Actions, PageServerLoad } from './$types';

/** One's notifications by day, the unread only if asked, and how each kind reaches one. */
export const load: PageServerLoad = async (event) => {
  const api = createApi(event);
  const unreadOnly = event.url.searchParams.get('chua-doc') === '1';
  const cursor = pageCursorOf(event.url.searchParams.get('sau'));
  const [page, preferences] = await Promise.all([
    fromApi(api.notifications.list.query({ unreadOnly, ...(cursor && { cursor }) })),
    fromApi(api.notifications.preferences.query()),
  ]);
  return {
    unreadOnly,
    days: page.days,
    nextHref: page.nextCursor ? pageHref(unreadOnly, page.nextCursor) : null,
    firstHref: cursor ? pageHref(unreadOnly, null) : null,
    preferences,
  };
};

export const actions: Actions = {
  markAllRead: async (event) => {
    const result = await tryApi(createApi(event).notifications.markAllRead.mutate());
    if (!result.ok) return fail(result.status, { message: result.message });
    return { marked: result.value.marked };
  },
  savePreferences: async (event) => {
    const form = await event.request.formData();
    const input = {
      preferences: NOTIFICATION_KINDS.map((kind) => ({ kind, delivery: String(form.get(kind) ?? 'portal') })),
    };
    const parsed = setNotificationPreferencesInput.safeParse(input);
    if (!parsed.success)
      return fail(400, { message: parsed.error.issues[0]?.message ?? 'Lựa chọn không hợp lệ.' });
    const result = await tryApi(createApi(event).notifications.setPreferences.mutate(parsed.data));
    if (!result.ok) return fail(result.status, { message: result.message });
    return { saved: true };
  },
};
