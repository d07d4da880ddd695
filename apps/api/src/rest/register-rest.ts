import { createHash } from 'node:crypto';
import rateLimit from '@fastify/rate-limit';
import { type Database, recordApiCall } from '@kiemtra/db';
import { API_SCOPE_LABELS, apiCallOutcome } from '@kiemtra/domain';
import apiReference from '@scalar/fastify-api-reference';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { hashInput, idempotencyKeyOf, runIdempotent } from '../idempotency/run-idempotent.js';
import type { AppDeps, Context } from '../trpc/context.js';
import { DEFAULT_ACCESS_TOKEN_SECONDS, registerTokenEndpoint } from './oauth.js';
import { openApiDocument } from './openapi-document.js';
import { callerOf, type RestOperation } from './operation.js';
import type { fileSchema } from './operations/documents.js';
import { REST_OPERATIONS } from './operations/index.js';
import { internalProblem, PROBLEM_CONTENT_TYPE, type Problem, problem, problemOf } from './problem.js';
import { restContext } from './rest-context.js';

export const REST_PREFIX = '/api/v1';

export const UNAUTHENTICATED_MESSAGE =
  'Hệ thống chưa được xác thực: hãy gửi mã truy cập trong header Authorization: Bearer … (hoặc lấy mã tại /api/v1/oauth/token).';
export const IDEMPOTENCY_KEY_REQUIRED_MESSAGE =
  'Yêu cầu ghi dữ liệu phải có header Idempotency-Key (một chuỗi ngẫu nhiên, ví dụ UUID, giữ nguyên khi gửi lại).';
const NOT_FOUND_MESSAGE = 'Không có địa chỉ này trong giao diện /api/v1; xem tài liệu tại /api/v1/docs.';

/** The documentation page runs its own script and styles; nothing else of the API may. */
const DOCS_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** What the request log and the calls log say about one REST call. */
declare module 'fastify' {
  interface FastifyRequest {
    restOperation?: string;
    /** The tRPC context of the call, with the system its credentials name (null profile: none). */
    restContext?: Context;
    /** The system the token endpoint recognised (its credentials are not a bearer token). */
    restClient?: { tenantId: string; clientId: string };
  }
}

/** Issue 16: how much each system, and each address, may call in a window (env REST_RATE_LIMIT_*). */
export interface RestOptions {
  perSystem: number;
  perAddress: number;
  windowSeconds: number;
  /** How long an OAuth2 access token lasts (env REST_ACCESS_TOKEN_SECONDS). */
  accessTokenSeconds: number;
}

export const DEFAULT_REST_OPTIONS: RestOptions = {
  perSystem: 600,
  perAddress: 1200,
  windowSeconds: 60,
  accessTokenSeconds: DEFAULT_ACCESS_TOKEN_SECONDS,
};

export const MISSING_SCOPE_MESSAGE = (labels: string[]) =>
  `Hệ thống chưa được cấp quyền cần cho thao tác này: ${labels.join(' hoặc ')}. Hãy liên hệ quản trị hệ thống.`;

export const RATE_LIMITED_MESSAGE = (seconds: number) =>
  `Hệ thống đã gọi quá số lần cho phép; hãy thử lại sau ${seconds} giây.`;

export function sendProblem(reply: FastifyReply, value: Problem) {
  return reply.code(value.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(value));
}

/** Query strings are text; a number parameter (limit, year) is read as one before the schema checks it. */
function queryOf(operation: RestOperation, raw: unknown): Record<string, unknown> {
  const query: Record<string, unknown> = { ...(raw as Record<string, unknown>) };
  const shape = operation.query?.shape ?? {};
  for (const [name, field] of Object.entries(shape)) {
    const inner = field instanceof z.ZodOptional || field instanceof z.ZodDefault ? field.unwrap() : field;
    const value = query[name];
    if (
      inner instanceof z.ZodNumber &&
      typeof value === 'string' &&
      value.trim() !== '' &&
      !Number.isNaN(Number(value))
    )
      query[name] = Number(value);
  }
  return Object.fromEntries(Object.entries(query).filter(([name]) => name in shape));
}

/** A weak validator of an answer's bytes (answers are compressed on the way, so not a strong one). */
const etagOf = (body: string) => `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

function notModified(req: FastifyRequest, etag: string): boolean {
  const header = req.headers['if-none-match'];
  if (!header) return false;
  return header
    .split(',')
    .map((t) => t.trim())
    .some((t) => t === '*' || t === etag || t.replace(/^W\//, '') === etag.replace(/^W\//, ''));
}

function sendDownload(req: FastifyRequest, reply: FastifyReply, file: z.infer<typeof fileSchema>) {
  const etag = `W/"${createHash('sha256').update(file.bytes).digest('base64url').slice(0, 27)}"`;
  reply.header('etag', etag).header('cache-control', 'private, no-cache');
  if (notModified(req, etag)) return reply.code(304).send();
  return reply
    .type(file.mime)
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`)
    .send(file.bytes);
}

/** Checks a part of the request with its schema: a 400 problem with the field issues when refused. */
function parsePart(schema: z.ZodType | undefined, value: unknown, where: string) {
  if (!schema) return { ok: true as const, data: undefined };
  const parsed = schema.safeParse(value ?? {});
  if (parsed.success) return { ok: true as const, data: parsed.data };
  const issues = parsed.error.issues.map((i) => {
    const path = [where, ...i.path.map(String)].join('.');
    return { path, message: i.message, code: null, field: i.path.map(String).join('.') || null };
  });
  return { ok: false as const, issues };
}

async function handle(deps: AppDeps, operation: RestOperation, req: FastifyRequest, reply: FastifyReply) {
  req.restOperation = operation.operationId;
  const instance = req.url.split('?')[0] ?? req.url;
  const ctx = req.restContext ?? (await restContext(deps, req, reply));
  if (!ctx.profile) {
    reply.header('www-authenticate', 'Bearer realm="kiemtra"');
    return sendProblem(reply, problem(401, UNAUTHENTICATED_MESSAGE, instance));
  }
  // The operation's scopes, before anything else: a system without any of them is told which it lacks
  // (the procedure's policy still decides on the resource itself).
  const actor = ctx.profile.actor;
  if (actor.kind === 'api_client' && !operation.scopes.some((scope) => actor.scopes.includes(scope)))
    return sendProblem(
      reply,
      problem(403, MISSING_SCOPE_MESSAGE(operation.scopes.map((scope) => API_SCOPE_LABELS[scope])), instance),
    );
  const params = parsePart(operation.params, req.params, 'path');
  const query = parsePart(operation.query, queryOf(operation, req.query), 'query');
  const body = parsePart(operation.body, req.body, 'body');
  const refused = [params, query, body].flatMap((p) => (p.ok ? [] : p.issues));
  if (refused.length > 0) {
    const detail = [...new Set(refused.map((i) => i.message))].join(' ');
    return sendProblem(reply, problem(400, detail, instance, { issues: refused }));
  }
  const input = { params: params.data, query: query.data, body: body.data } as never;
  let result: unknown;
  if (operation.method === 'post') {
    const key = idempotencyKeyOf(req.headers['idempotency-key']);
    if (key === null)
      return sendProblem(
        reply,
        problem(400, IDEMPOTENCY_KEY_REQUIRED_MESSAGE, instance, { code: 'IDEMPOTENCY_KEY_REQUIRED' }),
      );
    const request = {
      actor: ctx.profile.actor,
      procedure: `rest.${operation.operationId}`,
      key,
      inputHash: hashInput(input),
      now: deps.clock.now(),
    };
    result = await runIdempotent(deps.db, request, async (trx) => {
      const inTransaction = { ...ctx, db: trx as Kysely<Database> };
      return operation.output.parse(await operation.run(callerOf(inTransaction), input, inTransaction));
    });
  } else {
    result = operation.output.parse(await operation.run(callerOf(ctx), input, ctx));
  }
  if (operation.file) return sendDownload(req, reply, result as z.infer<typeof fileSchema>);
  const text = JSON.stringify(result);
  reply.code(operation.status ?? 200).type('application/json; charset=utf-8');
  if (operation.method === 'get') {
    const etag = etagOf(text);
    reply.header('etag', etag).header('cache-control', 'private, no-cache');
    if (notModified(req, etag)) return reply.code(304).send();
  }
  return reply.send(text);
}

/**
 * Issue 16: /api/v1, the REST face of the same procedures for the province's other systems (see
 * operation.ts for why the procedures are called through tRPC's server-side caller, and the
 * document in openapi-document.ts). Every refusal is RFC 9457 problem+json.
 */
export async function registerRest(app: FastifyInstance, deps: AppDeps, options: Partial<RestOptions> = {}) {
  const settings = { ...DEFAULT_REST_OPTIONS, ...options };
  await app.register(
    async (scope) => {
      await scope.register(rateLimit, { global: false });
      const limiter = (max: number, key: (req: FastifyRequest) => string | null) =>
        scope.createRateLimit({
          max,
          timeWindow: settings.windowSeconds * 1000,
          keyGenerator: (req) => key(req) ?? '',
          allowList: (req) => key(req) === null,
        });
      const perAddress = limiter(settings.perAddress, (req) => `address:${req.ip}`);
      const perSystem = limiter(settings.perSystem, (req) => {
        const actor = req.restContext?.profile?.actor;
        return actor ? `system:${actor.id}` : null;
      });
      const refuseOver = (
        result: Awaited<ReturnType<typeof perAddress>>,
        req: FastifyRequest,
        reply: FastifyReply,
      ) => {
        if (result.isAllowed || !result.isExceeded) return null;
        reply.header('retry-after', String(result.ttlInSeconds));
        return sendProblem(
          reply,
          problem(429, RATE_LIMITED_MESSAGE(result.ttlInSeconds), req.url.split('?')[0] ?? req.url),
        );
      };
      // Per address first, before any database work; then per system, once its credentials are read.
      scope.addHook('onRequest', async (req, reply) => {
        (req as { restStartedAt?: number }).restStartedAt = performance.now();
        const config = req.routeOptions.config as { restOperation?: string };
        if (config.restOperation) req.restOperation = config.restOperation;
        return refuseOver(await perAddress(req), req, reply) ?? undefined;
      });
      scope.addHook('preHandler', async (req, reply) => {
        if (req.url.startsWith(`${REST_PREFIX}/docs`) || req.url.startsWith(`${REST_PREFIX}/openapi`)) return;
        req.restContext = await restContext(deps, req, reply);
        return refuseOver(await perSystem(req), req, reply) ?? undefined;
      });
      // Every call, with the system, the operation and the outcome, for the administrator.
      scope.addHook('onResponse', async (req, reply) => {
        if (
          req.restOperation === undefined &&
          (req.url.startsWith(`${REST_PREFIX}/docs`) || req.url.startsWith(`${REST_PREFIX}/openapi`))
        )
          return;
        const actor = req.restContext?.profile?.actor;
        const status = reply.statusCode;
        const started = (req as { restStartedAt?: number }).restStartedAt ?? performance.now();
        try {
          await recordApiCall(deps.db, {
            tenantId: actor?.tenantId ?? req.restClient?.tenantId ?? null,
            clientId: actor?.kind === 'api_client' ? actor.id : (req.restClient?.clientId ?? null),
            operation: req.restOperation ?? 'unknown',
            method: req.method,
            path: (req.url.split('?')[0] ?? req.url).slice(0, 500),
            status,
            outcome: apiCallOutcome(status),
            clientIp: req.ip,
            durationMs: Math.round(performance.now() - started),
            at: deps.clock.now(),
          });
        } catch (error) {
          req.log.warn({ err: error }, 'REST call not logged');
        }
      });
      registerTokenEndpoint(scope, deps, settings.accessTokenSeconds);
      scope.setErrorHandler((error: { code?: string; statusCode?: number; message: string }, req, reply) => {
        const instance = req.url.split('?')[0] ?? req.url;
        const known = problemOf(error, instance);
        if (known) return sendProblem(reply, known);
        if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
          return sendProblem(reply, problem(413, 'Yêu cầu gửi lên quá lớn (tối đa 4 MB).', instance));
        if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
          return sendProblem(reply, problem(415, 'Hãy gửi dữ liệu dạng application/json.', instance));
        if (error.statusCode === 400)
          return sendProblem(reply, problem(400, 'Nội dung gửi lên không phải JSON hợp lệ.', instance));
        if (error.statusCode === 429) return sendProblem(reply, problem(429, error.message, instance));
        req.log.error({ err: error, operation: req.restOperation }, 'REST error');
        return sendProblem(reply, internalProblem(instance));
      });
      scope.setNotFoundHandler((req, reply) =>
        sendProblem(reply, problem(404, NOT_FOUND_MESSAGE, req.url.split('?')[0] ?? req.url)),
      );
      const document = JSON.stringify(openApiDocument());
      scope.get('/openapi.json', (_req, reply) =>
        reply.type('application/json; charset=utf-8').header('cache-control', 'no-cache').send(document),
      );
      // The interactive documentation (Scalar, served from the package: nothing loads from a CDN).
      await scope.register(apiReference, {
        routePrefix: '/docs',
        logLevel: 'warn',
        configuration: {
          url: `${REST_PREFIX}/openapi.json`,
          pageTitle: 'Tài liệu giao diện kết nối của kiemtra',
          withDefaultFonts: false,
          // A page for the province's integrators: no vendor toolbar, AI chat or telemetry.
          showDeveloperTools: 'never',
          agent: { disabled: true },
          telemetry: false,
        },
        hooks: {
          onRequest: async (_req, reply) => {
            reply.header('content-security-policy', DOCS_CSP);
          },
        },
      });
      for (const operation of REST_OPERATIONS) {
        scope.route({
          method: operation.method.toUpperCase() as 'GET' | 'POST',
          url: operation.path.replace(/\{(\w+)\}/g, ':$1'),
          config: { restOperation: operation.operationId },
          handler: (req, reply) => handle(deps, operation, req, reply),
        });
      }
    },
    { prefix: REST_PREFIX },
  );
}
