import { redirect } from '@sveltejs/kit';
import { safeReturnPath } from '$lib/notifications/page-cursor';
import { createApi } from '$lib/server/api';
import { fromApi } from '$lib/server/api-error';
import type { RequestHandler } from './$types';

/** Opening a notification marks it read and goes where its action is. */
export const GET: RequestHandler = async (event) => {
  const opened = await fromApi(
    createApi(event).notifications.markRead.mutate({ notificationId: event.params.notificationId }),
  );
  redirect(303, safeReturnPath(opened.href));
};
