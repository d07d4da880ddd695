import {
  type Database,
  findApiTokenByHash,
  findUserBySessionToken,
  recordApiTokenUse,
  touchSession,
} from '@kiemtra/db';
import {
  type Actor,
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
  credentials: { bearerToken: string | null; sessionToken: string | null; clientIp: string },
): Promise<ActorProfile | null> {
  if (credentials.bearerToken) {
    const now = deps.clock.now();
    const token = await findApiTokenByHash(deps.db, hashToken(credentials.bearerToken));
    if (!token || !apiTokenAcceptedAt(token, now)) return null;
    if (tokenUseWorthRecording(token.lastUsedAt, now))
      await recordApiTokenUse(deps.db, { tokenId: token.tokenId, at: now, from: credentials.clientIp });
    return {
      actor: { kind: 'api_client', id: token.clientId, tenantId: token.tenantId, scopes: token.scopes },
      displayName: token.name,
      orgUnitName: null,
      username: null,
      position: null,
      mustChangePassword: false,
    };
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
