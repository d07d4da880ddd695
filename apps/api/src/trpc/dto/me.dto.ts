import { API_SCOPE_LABELS, ROLE_LABELS } from '@kiemtra/domain';
import type { ActorProfile } from '../../auth/resolve-actor.js';

export function toMeDto(profile: ActorProfile) {
  const { actor } = profile;
  if (actor.kind === 'api_client') {
    return {
      kind: 'api_client' as const,
      id: actor.id,
      tenantId: actor.tenantId,
      displayName: profile.displayName,
      roles: [],
      roleLabels: [],
      scopes: [...actor.scopes],
      scopeLabels: actor.scopes.map((s) => API_SCOPE_LABELS[s]),
      orgUnitId: null,
      orgUnitName: null,
      username: null,
      position: null,
      mustChangePassword: false,
    };
  }
  return {
    kind: 'user' as const,
    id: actor.id,
    tenantId: actor.tenantId,
    displayName: profile.displayName,
    roles: [...actor.roles],
    roleLabels: actor.roles.map((r) => ROLE_LABELS[r]),
    scopes: [],
    scopeLabels: [],
    orgUnitId: actor.orgUnitId,
    orgUnitName: profile.orgUnitName,
    username: profile.username,
    position: profile.position,
    mustChangePassword: profile.mustChangePassword,
  };
}

export type MeDto = ReturnType<typeof toMeDto>;
