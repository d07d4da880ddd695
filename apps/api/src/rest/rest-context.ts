import type { FastifyReply, FastifyRequest } from 'fastify';
import { resolveActor } from '../auth/resolve-actor.js';
import type { AppDeps, Context } from '../trpc/context.js';

/** The bearer token of the Authorization header, if any. */
export function bearerOf(req: FastifyRequest): string | null {
  const authorization = req.headers.authorization;
  return authorization?.startsWith('Bearer ') ? authorization.slice('Bearer '.length).trim() || null : null;
}

/** A gateway's per-system key and secret: X-Api-Key (the system's id) and X-Api-Secret (its token). */
export function apiKeyOf(req: FastifyRequest): { clientId: string; secret: string } | null {
  const key = req.headers['x-api-key'];
  const secret = req.headers['x-api-secret'];
  if (typeof key !== 'string' || typeof secret !== 'string' || key === '' || secret === '') return null;
  return { clientId: key.trim(), secret: secret.trim() };
}

/**
 * The tRPC context of a REST call: the system named by its credentials in headers, never a session
 * cookie (a browser's cookie would make every POST a cross-site request forgery). The idempotency
 * key is the REST layer's own (register-rest.ts), so no procedure sees one.
 */
export async function restContext(deps: AppDeps, req: FastifyRequest, reply: FastifyReply): Promise<Context> {
  const profile = await resolveActor(deps, {
    bearerToken: bearerOf(req),
    sessionToken: null,
    clientIp: req.ip,
    apiKey: apiKeyOf(req),
  });
  if (profile) req.actorId = `${profile.actor.kind}:${profile.actor.id}`;
  return {
    ...deps,
    req,
    res: reply,
    profile,
    sessionToken: null,
    clientIp: req.ip,
    idempotencyKey: undefined,
  };
}
