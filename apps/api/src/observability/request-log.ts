import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { operationOf } from './metrics.js';

/** A request id from the caller (the portal forwards its own) when it is a sane token, else a new one. */
export function requestIdOf(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^[A-Za-z0-9._-]{8,100}$/.test(value) ? value : randomUUID();
}

/**
 * One JSON line per answered request: its id, the operation, status and time, and who asked (an
 * account or system id, never a name, a password, a token or the request's input). The URL's query
 * is left out because tRPC queries carry their input there.
 */
export function registerRequestLog(app: FastifyInstance, options: { eachRequest: boolean }) {
  // Every answer names its request id, so that a person reporting a fault can quote it.
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  if (!options.eachRequest) return;
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        operation: operationOf(request),
        method: request.method,
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
        actor: request.actorId ?? null,
      },
      'request',
    );
  });
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The account or system that the request was made as, once resolved (for the request log). */
    actorId?: string;
  }
}
