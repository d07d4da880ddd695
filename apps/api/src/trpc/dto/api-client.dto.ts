import type { ApiClientView } from '@kiemtra/db';
import { API_SCOPE_LABELS, API_TOKEN_STATE_LABELS, apiTokenStateAt, tokenLastDay } from '@kiemtra/domain';

/** A system as its administrator reads it: every token with its state now, never a hash. */
export function toApiClientDto(client: ApiClientView, now: Date) {
  const tokens = client.tokens.map((t) => {
    const state = apiTokenStateAt(t, now);
    return {
      id: t.id,
      hint: t.hint,
      replacesTokenId: t.replacesTokenId,
      createdAt: t.createdAt,
      expiresOn: t.expiresAt === null ? null : tokenLastDay(t.expiresAt),
      retiresAt: t.retiresAt,
      revokedAt: t.revokedAt,
      lastUsedAt: t.lastUsedAt,
      lastUsedFrom: t.lastUsedFrom,
      state,
      stateLabel: API_TOKEN_STATE_LABELS[state],
      accepted: state === 'active' || state === 'retiring',
    };
  });
  const used = tokens.flatMap((t) => (t.lastUsedAt ? [t] : []));
  const lastUse = used.sort((a, b) => (b.lastUsedAt?.getTime() ?? 0) - (a.lastUsedAt?.getTime() ?? 0))[0];
  return {
    id: client.id,
    name: client.name,
    ownerUnitId: client.ownerUnitId,
    ownerUnitName: client.ownerUnitName,
    contact: client.contact,
    scopes: client.scopes,
    scopeLabels: client.scopes.map((s) => API_SCOPE_LABELS[s]),
    version: client.version,
    createdAt: client.createdAt,
    acceptedTokenCount: tokens.filter((t) => t.accepted).length,
    lastUsedAt: lastUse?.lastUsedAt ?? null,
    lastUsedFrom: lastUse?.lastUsedFrom ?? null,
    tokens,
  };
}
