import {
  type Database,
  findApiAccessTokenByHash,
  findApiTokenByHash,
  findUserBySessionToken,
  recordApiTokenUse,
  touchSession,
} from '@kiemtra/db';
import {
  type Actor,
  type ApiScope,
  apiTokenAcceptedAt,
  DomainError,
  PASSWORD_CHANGE_REQUIRED_MESSAGE,
  sessionIdleSince,
  tokenUseWorthRecording,
} from '@kiemtra/domain';
import type { Kysely } from 'kysely';
import type { Clock } from '../clock.js';
import { hashToken } from './tokens.js';

export interface ActorProfile {
  actor: Actor;
  displayName: string;
  /** A user's own unit; null for an API client. */
  orgUnitName: string | null;
  username: string | null;
  position: string | null;
  /** Signed in with a temporary password: nothing but changing it until then. */
  mustChangePassword: boolean;
}

/** Refuses a person who must first change a temporary password (every route but the change itself). */
export function assertPasswordCurrent(profile: ActorProfile): void {
  if (profile.mustChangePassword) {
    throw new DomainError('PASSWORD_CHANGE_REQUIRED', PASSWORD_CHANGE_REQUIRED_MESSAGE);
  }
}

/**
 * A bearer token names an API client while the token is accepted (not revoked, expired or past its
 * rotation's grace); a session cookie names a user. Neither: anonymous.
 */
export async function resolveActor(
  deps: { db: Kysely<Database>; clock: Clock },
  credentials: {
    bearerToken: string | null;
    sessionToken: string | null;
    clientIp: string;
    /** Issue 16: a gateway's per-system key (the system's id) and secret (a token of its register). */
    apiKey?: { clientId: string; secret: string } | null;
  },
): Promise<ActorProfile | null> {
  if (credentials.apiKey) {
    const client = await registeredClient(deps, credentials.apiKey.secret, credentials.clientIp);
    return client && client.actor.id === credentials.apiKey.clientId ? client : null;
  }
  if (credentials.bearerToken) {
    return (
      (await registeredClient(deps, credentials.bearerToken, credentials.clientIp)) ??
      (await accessTokenClient(deps, credentials.bearerToken))
    );
  }
  if (credentials.sessionToken) {
    const now = deps.clock.now();
    const tokenHash = hashToken(credentials.sessionToken);
    const user = await findUserBySessionToken(deps.db, tokenHash, now, sessionIdleSince(now));
    if (!user) return null;
    await touchSession(deps.db, tokenHash, now);
    return {
      actor: {
        kind: 'user',
        id: user.id,
        tenantId: user.tenantId,
        // The policy's "own unit": the unit a unit role acts for, else the unit worked in.
        orgUnitId: user.actingOrgUnitId ?? user.orgUnitId,
        roles: user.roles,
      },
      displayName: user.fullName,
      orgUnitName: user.orgUnitName,
      username: user.username,
      position: user.position,
      mustChangePassword: user.mustChangePassword,
    };
  }
  return null;
}

const clientProfile = (token: { clientId: string; tenantId: string; name: string }, scopes: ApiScope[]) => ({
  actor: { kind: 'api_client' as const, id: token.clientId, tenantId: token.tenantId, scopes },
  displayName: token.name,
  orgUnitName: null,
  username: null,
  position: null,
  mustChangePassword: false,
});

/** The system a token of the register names, while the token is accepted (not revoked, expired or retired). */
export async function registeredClient(
  deps: { db: Kysely<Database>; clock: Clock },
  secret: string,
  clientIp: string,
): Promise<(ActorProfile & { tokenId: string }) | null> {
  const now = deps.clock.now();
  const token = await findApiTokenByHash(deps.db, hashToken(secret));
  if (!token || !apiTokenAcceptedAt(token, now)) return null;
  if (tokenUseWorthRecording(token.lastUsedAt, now))
    await recordApiTokenUse(deps.db, { tokenId: token.tokenId, at: now, from: clientIp });
  return { ...clientProfile(token, token.scopes), tokenId: token.tokenId };
}

/**
 * The system an OAuth2 access token names (issue 16): until the token's own short expiry, and only
 * while the credential it was exchanged for is accepted; with the scopes it asked for that the
 * system still has.
 */
async function accessTokenClient(
  deps: { db: Kysely<Database>; clock: Clock },
  bearer: string,
): Promise<ActorProfile | null> {
  const now = deps.clock.now();
  const token = await findApiAccessTokenByHash(deps.db, hashToken(bearer));
  if (!token || token.accessExpiresAt.getTime() <= now.getTime() || !apiTokenAcceptedAt(token, now))
    return null;
  return clientProfile(
    token,
    token.scopes.filter((s) => token.askedScopes.includes(s)),
  );
}
