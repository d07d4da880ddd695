import type { FastifyReply, FastifyRequest } from 'fastify';
import { resolveActor } from '../auth/resolve-actor.js';
import type { AppDeps, Context } from '../trpc/context.js';

/** The bearer token of the Authorization header, if any. */
export function bearerOf(req: FastifyRequest): string | null {
  const authorization = req.headers.authorization;
  return authorization?.startsWith('Bearer ') ? authorization.slice('Bearer '.length).trim() || null : null;
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
