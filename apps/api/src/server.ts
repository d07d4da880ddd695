import cookie from '@fastify/cookie';
import { type FastifyTRPCPluginOptions, fastifyTRPCPlugin } from '@trpc/server/adapters/fastify';
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import { sql } from 'kysely';
import { registerDocumentRoutes } from './documents/document-routes.js';
import { type AppDeps, createContext } from './trpc/context.js';
import { type AppRouter, appRouter } from './trpc/root.js';
import { registerAttachmentRoutes } from './unit-reports/attachment-routes.js';

export interface ServerOptions {
  logLevel?: string;
}

/** The whole HTTP surface: tRPC under /trpc, health and readiness probes. Listening is the caller's job. */
export async function buildServer(deps: AppDeps, options: ServerOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: options.logLevel ?? 'info' },
    // The portal calls the API from the same machine and forwards the browser's address.
    trustProxy: ['127.0.0.1', '::1'],
    // One line per request is noise for a person running `npm start`; errors are still logged.
    logController: new LogController({ disableRequestLogging: true }),
    routerOptions: { maxParamLength: 5000 },
    // A target list (.xlsx, up to 2 MB) travels as base64 inside a tRPC call.
    bodyLimit: 4 * 1024 * 1024,
  });
  await app.register(cookie);
  await app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      createContext: (opts) => createContext(deps, opts),
      onError({ error, path }) {
        if (error.code === 'INTERNAL_SERVER_ERROR')
          app.log.error({ err: error.cause ?? error, path }, 'tRPC error');
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });

  registerDocumentRoutes(app, deps);
  await registerAttachmentRoutes(app, deps);

  app.get('/health', async () => ({ status: 'ok' }));
  app.get('/ready', async (_req, reply) => {
    try {
      await sql`SELECT 1`.execute(deps.db);
      return { status: 'ready', database: 'ok' };
    } catch (error) {
      app.log.error({ err: error }, 'readiness check failed');
      return reply.code(503).send({ status: 'not_ready', database: 'Không kết nối được cơ sở dữ liệu.' });
    }
  });
  return app;
}
