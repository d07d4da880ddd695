import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import { countNotificationsByKind } from '@kiemtra/db';
import { KIEMTRA_VERSION } from '@kiemtra/domain';
import { type FastifyTRPCPluginOptions, fastifyTRPCPlugin } from '@trpc/server/adapters/fastify';
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import { sql } from 'kysely';
import { registerDocumentRoutes } from './documents/document-routes.js';
import { countJobs } from './jobs/job-list.js';
import { type DatabasePoolStats, registerMetrics } from './observability/metrics.js';
import { registerRequestLog, requestIdOf } from './observability/request-log.js';
import { registerOverviewWorkbookRoutes } from './overview/overview-workbook.routes.js';
import { type RestOptions, registerRest } from './rest/register-rest.js';
import { type AppDeps, createContext } from './trpc/context.js';
import { toTrpcError } from './trpc/errors.js';
import { type AppRouter, appRouter } from './trpc/root.js';
import { registerAttachmentRoutes } from './unit-reports/attachment-routes.js';

/** The largest request body: a workbook of targets or units, base64-encoded, fits well within. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;
export const BODY_TOO_LARGE_MESSAGE =
  'Yêu cầu gửi lên quá lớn (tối đa 4 MB); hãy chia nhỏ dữ liệu hoặc tệp rồi gửi lại.';

export interface ServerOptions {
  logLevel?: string;
  /** Where the JSON log lines go (standard output when not given; tests read them). */
  logStream?: { write(line: string): void };
  /** One log line per answered request (the operator's choice: LOG_REQUESTS). */
  logRequests?: boolean;
  /** The bearer token that reads /metrics; /metrics is off without one. */
  metricsToken?: string;
  poolStats?: () => DatabasePoolStats;
  /** How long /ready waits for the database before answering 503 (milliseconds). */
  readyTimeoutMs?: number;
  /**
   * The proxies whose X-Forwarded-For is believed (the portal on this machine by default); from
   * anyone else the header is ignored and the connection's address counts.
   */
  trustedProxies?: readonly string[];
  /** Issue 16: the rate limits of /api/v1 and the life of its access tokens (REST_* in env.ts). */
  rest?: Partial<RestOptions>;
}

/** One sign-in per request: a batch would let one request check many passwords. */
export const SIGN_IN_BATCH_REFUSED_MESSAGE =
  'Mỗi yêu cầu chỉ được đăng nhập một lần; không gửi gộp đăng nhập với yêu cầu khác.';

const READY_TIMEOUT_MS = 2000;

/** The whole HTTP surface: tRPC under /trpc, health and readiness probes. Listening is the caller's job. */
export async function buildServer(deps: AppDeps, options: ServerOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: options.logLevel ?? 'info',
      ...(options.logStream && { stream: options.logStream }),
      redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-api-secret"]'],
    },
    // The portal forwards its request id, so that one id follows a person's click through both logs.
    genReqId: (request) => requestIdOf(request.headers['x-request-id']),
    trustProxy: [...(options.trustedProxies ?? ['127.0.0.1', '::1'])],
    // One line per request is noise for a person running `npm start`; errors are still logged.
    logController: new LogController({ disableRequestLogging: true }),
    routerOptions: { maxParamLength: 5000 },
    // A target list (.xlsx, up to 2 MB) travels as base64 inside a tRPC call.
    bodyLimit: MAX_BODY_BYTES,
  });
  // Issue 18: the body is capped (bodyLimit above); the refusal is said in Vietnamese.
  app.setErrorHandler((error: { code?: string }, _req, reply) => {
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return reply.code(413).send({ message: BODY_TOO_LARGE_MESSAGE });
    throw error;
  });
  await app.register(cookie);
  // Issue 18: the API answers JSON and files only; nothing of it may run, be framed or sniffed.
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: deps.secureCookies ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
  // Answers are one person's data: never stored by a browser or a proxy.
  app.addHook('onSend', async (_req, reply) => {
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });
  app.addHook('onRequest', async (req, reply) => {
    const path = req.url.split('?')[0] ?? '';
    if (path.startsWith('/trpc/') && path.includes(',') && path.includes('auth.signIn')) {
      return reply.code(400).send({ error: { message: SIGN_IN_BATCH_REFUSED_MESSAGE, code: 'BAD_REQUEST' } });
    }
  });
  // JSON and HTML over 1 KB leave gzipped for a client that asks (the portal, on the same machine,
  // asks for identity). Brotli's default quality costs more CPU than the bytes it saves here.
  await app.register(compress, { encodings: ['gzip', 'deflate'], threshold: 1024 });
  const metrics = registerMetrics(app, {
    token: options.metricsToken,
    ...(options.poolStats && { poolStats: options.poolStats }),
    // Every job kiemtra defines, whichever province it is about: the operator's view.
    jobCounts: () => countJobs(deps.db, { names: deps.jobs.names, tenantId: null }),
    notificationCounts: () => countNotificationsByKind(deps.db),
  });
  registerRequestLog(app, { eachRequest: options.logRequests ?? false });
  await app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      // The context reads the session from the database: a lost database is a 503 here too.
      createContext: (opts) =>
        createContext(deps, opts).catch((error: unknown) => {
          throw toTrpcError(error);
        }),
      onError({ error, path, req }) {
        if (error.code === 'INTERNAL_SERVER_ERROR')
          req.log.error({ err: error.cause ?? error, path }, 'tRPC error');
        if (error.code === 'SERVICE_UNAVAILABLE') req.log.warn({ path }, 'database unavailable');
        if (path === 'auth.signIn' && (error.code === 'UNAUTHORIZED' || error.code === 'TOO_MANY_REQUESTS'))
          metrics.countSignInFailure();
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });

  registerDocumentRoutes(app, deps);
  registerOverviewWorkbookRoutes(app, deps);
  await registerAttachmentRoutes(app, deps);
  // Issue 16: the REST face of the same procedures, for the province's other systems.
  await registerRest(app, deps, options.rest);

  app.get('/health', async () => ({ status: 'ok', version: KIEMTRA_VERSION, mode: deps.mode ?? 'demo' }));
  // Answers within readyTimeoutMs even when the database does not answer at all (a partition).
  const readyTimeoutMs = options.readyTimeoutMs ?? READY_TIMEOUT_MS;
  app.get('/ready', async (_req, reply) => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error('timeout exceeded when trying to connect')), readyTimeoutMs);
    });
    try {
      await Promise.race([sql`SELECT 1`.execute(deps.db), timeout]);
      return { status: 'ready', database: 'ok' };
    } catch (error) {
      app.log.error({ err: error }, 'readiness check failed');
      return reply.code(503).send({ status: 'not_ready', database: 'Không kết nối được cơ sở dữ liệu.' });
    } finally {
      clearTimeout(timer);
    }
  });
  return app;
}
