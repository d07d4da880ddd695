import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

export interface DatabasePoolStats {
  total: number;
  idle: number;
  waiting: number;
}

export interface MetricsOptions {
  /** The bearer token that reads /metrics; without one, /metrics is not served. */
  token: string | undefined;
  /** The PostgreSQL pool's use; absent on PGlite (one connection, no pool). */
  poolStats?: () => DatabasePoolStats;
  /** The job queue's jobs right now, per job name and state (a failed read leaves the gauge out). */
  jobCounts?: () => Promise<{ name: string; state: string; count: number }[]>;
  /** Notifications recorded (reminders, escalations and the acts' notices) and e-mailed, per kind. */
  notificationCounts?: () => Promise<{ kind: string; recorded: number; emailed: number }[]>;
}

/** The states a job is counted in, pg-boss's own: each is reported, 0 when no job is in it. */
const JOB_STATES = ['created', 'retry', 'active', 'completed', 'failed', 'cancelled'] as const;

/** What a request is counted under: the tRPC procedure(s) for /trpc, else the route pattern. */
export function operationOf(request: FastifyRequest): string {
  const route = request.routeOptions.url ?? 'unmatched';
  if (!route.startsWith('/trpc')) return route;
  const path = (request.params as { path?: string } | undefined)?.path;
  return path ? `trpc:${path}` : route;
}

/**
 * A Prometheus registry of this server's own (tests build several servers in one process): requests
 * and their latencies per operation, sign-in failures, the database pool, and Node's process metrics.
 */
export function registerMetrics(app: FastifyInstance, options: MetricsOptions) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'kiemtra_' });
  const requests = new Counter({
    name: 'kiemtra_http_requests_total',
    help: 'HTTP requests answered, by operation and status code',
    labelNames: ['operation', 'status'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'kiemtra_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by operation',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const signInFailures = new Counter({
    name: 'kiemtra_sign_in_failures_total',
    help: 'Sign-in attempts refused (wrong name or password, throttled)',
    registers: [registry],
  });
  if (options.poolStats) {
    const stats = options.poolStats;
    new Gauge({
      name: 'kiemtra_db_pool_connections',
      help: 'PostgreSQL pool connections, by state',
      labelNames: ['state'] as const,
      registers: [registry],
      collect() {
        const now = stats();
        this.set({ state: 'total' }, now.total);
        this.set({ state: 'idle' }, now.idle);
        this.set({ state: 'waiting' }, now.waiting);
      },
    });
  }

  if (options.jobCounts) {
    const counts = options.jobCounts;
    new Gauge({
      name: 'kiemtra_jobs',
      help: 'Background jobs kept by the queue, by job name and state (created and retry: waiting; failed: gave up, kept 90 days)',
      labelNames: ['job', 'state'] as const,
      registers: [registry],
      async collect() {
        this.reset();
        const now = await counts().catch(() => null);
        if (!now) return;
        for (const name of new Set(now.map((c) => c.name)))
          for (const state of JOB_STATES) this.set({ job: name, state }, 0);
        for (const c of now) this.set({ job: c.name, state: c.state }, c.count);
      },
    });
  }

  if (options.notificationCounts) {
    const counts = options.notificationCounts;
    new Gauge({
      name: 'kiemtra_notifications',
      help: 'Notifications recorded since the start of the database (deadline_reminder: reminders sent), by kind and channel (portal: recorded; email: e-mailed)',
      labelNames: ['kind', 'channel'] as const,
      registers: [registry],
      async collect() {
        this.reset();
        const now = await counts().catch(() => null);
        for (const c of now ?? []) {
          this.set({ kind: c.kind, channel: 'portal' }, c.recorded);
          this.set({ kind: c.kind, channel: 'email' }, c.emailed);
        }
      },
    });
  }

  app.addHook('onResponse', async (request, reply) => {
    const operation = operationOf(request);
    requests.inc({ operation, status: String(reply.statusCode) });
    latency.observe({ operation }, reply.elapsedTime / 1000);
  });

  const expected = options.token ? Buffer.from(`Bearer ${options.token}`) : null;
  app.get('/metrics', async (request, reply) => {
    if (!expected) return reply.code(404).send({ message: 'Chưa bật số đo (đặt METRICS_TOKEN).' });
    const given = Buffer.from(request.headers.authorization ?? '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return reply.code(401).send({ message: 'Cần mã truy cập số đo hợp lệ.' });
    }
    return reply.type(registry.contentType).send(await registry.metrics());
  });

  return { countSignInFailure: () => signInFailures.inc() };
}
