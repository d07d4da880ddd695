import type { AuditActor } from '@kiemtra/db';
import type { ActorProfile } from '../auth/resolve-actor.js';

/** Who the audit log names for a change made through the API. */
export function auditActorOf(profile: ActorProfile, reason?: string): AuditActor {
  return {
    kind: profile.actor.kind,
    id: profile.actor.id,
    name: profile.displayName,
    tenantId: profile.actor.tenantId,
    reason: reason ?? null,
  };
}
