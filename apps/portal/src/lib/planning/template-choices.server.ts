import { can } from '@kiemtra/domain';
import type { SignedInUser } from '$lib/api-types';
import { createApi } from '$lib/server/api';
import { fromApi } from '$lib/server/api-error';
import { actorOf } from './planning-access';

/**
 * The province's published report outlines a plan may answer, for the plan form's choice; null when
 * the person may not manage outlines (the form then keeps the plan's own).
 */
export async function templateChoices(
  event: Parameters<typeof createApi>[0],
  user: SignedInUser,
): Promise<{ id: string; label: string }[] | null> {
  if (!can(actorOf(user), 'reportTemplate.manage', { tenantId: user.tenantId }).allowed) return null;
  const templates = await fromApi(createApi(event).reports.templates.query());
  return templates
    .filter((t) => t.publishedAt !== null)
    .map((t) => ({ id: t.id, label: `${t.title} (phiên bản ${t.version})` }));
}
