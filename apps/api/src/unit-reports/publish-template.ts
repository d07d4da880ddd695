import { insertReportTemplate, templateVersions, withActor } from '@kiemtra/db';
import { checkOutlineItems, nextTemplateVersion, type publishTemplateInput } from '@kiemtra/domain';
import type { z } from 'zod';
import type { ActorProfile } from '../auth/resolve-actor.js';
import { auditActorOf } from '../trpc/audit-actor.js';
import type { AppDeps } from '../trpc/context.js';
import { refusal } from '../trpc/errors.js';

/**
 * Publishes a new version of an outline. Reports already written keep the version they were
 * written against; new reports of plans using this outline take the new one.
 */
export async function publishTemplate(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  profile: ActorProfile,
  input: z.infer<typeof publishTemplateInput>,
) {
  const issues = checkOutlineItems(input.items);
  if (issues.length > 0) throw refusal(issues, 'INVALID_INPUT');
  const tenantId = profile.actor.tenantId;
  return withActor(deps.db, auditActorOf(profile), async (trx) => {
    const version = nextTemplateVersion(await templateVersions(trx, tenantId, input.code));
    const id = await insertReportTemplate(trx, tenantId, { ...input, version }, deps.clock.now());
    return { id, code: input.code, version };
  });
}
