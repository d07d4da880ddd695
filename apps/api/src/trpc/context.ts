// The cookie plugin's type augmentation (req.cookies, reply.setCookie), for every reader of this type.
import type {} from '@fastify/cookie';
import type { AttachmentStore, Database } from '@kiemtra/db';
import type { AttachmentQuota } from '@kiemtra/domain';
import type { CreateFastifyContextOptions } from '@trpc/server/adapters/fastify';
import type { Kysely } from 'kysely';
import { type ActorProfile, resolveActor } from '../auth/resolve-actor.js';
import { SESSION_COOKIE } from '../auth/tokens.js';
import type { CalendarProvider } from '../calendar/calendar-provider.js';
import type { Clock } from '../clock.js';
import type { JobQueue } from '../jobs/job-queue.js';
// The request log's augmentation (req.actorId)
import type {} from '../observability/request-log.js';

export interface AppDeps {
  db: Kysely<Database>;
  clock: Clock;
  calendar: CalendarProvider;
  sessionTtlHours: number;
  /** Cookies are marked Secure when the API is served over HTTPS. */
  secureCookies: boolean;
  /** demo or production (KIEMTRA_MODE); the portal reads it from /health. Demo when not given. */
  mode?: 'demo' | 'production';
  /** Where report attachments' bytes are kept; the database when not given. */
  attachmentStore?: AttachmentStore;
  /** Upload limits per report and per unit; the domain's defaults when not given. */
  attachmentQuota?: AttachmentQuota;
  /**
   * The background job queue (jobs/job-queue.ts). A procedure enqueues inside its transaction:
   * `ctx.jobs.send(name, data, { key, trx })`, so that a rolled-back act enqueues nothing.
   */
  jobs: JobQueue;
}

export async function createContext(deps: AppDeps, { req, res }: CreateFastifyContextOptions) {
  const authorization = req.headers.authorization;
  const bearerToken = authorization?.startsWith('Bearer ')
    ? authorization.slice('Bearer '.length).trim()
    : null;
  const sessionToken = req.cookies[SESSION_COOKIE] ?? null;
  const profile: ActorProfile | null = await resolveActor(deps, {
    bearerToken,
    sessionToken,
    clientIp: req.ip,
  });
  if (profile) req.actorId = `${profile.actor.kind}:${profile.actor.id}`;
  // Issue 18: a create sent again with the same key answers its first result (see idempotent-create.ts).
  const idempotencyKey = req.headers['idempotency-key'];
  return { ...deps, req, res, profile, sessionToken, clientIp: req.ip, idempotencyKey };
}

export type Context = Awaited<ReturnType<typeof createContext>>;
