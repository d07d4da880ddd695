import type { PostgresPool, PostgresPoolClient } from 'kysely';
import pg from 'pg';

/** How long the API waits on PostgreSQL before answering "unavailable" (milliseconds). */
export interface PostgresTimeouts {
  /** Opening a connection, or waiting for a free one in the pool. */
  connectMs: number;
  /**
   * One statement: PostgreSQL cancels it after this long (statement_timeout), and the client stops
   * waiting a second later (query_timeout), for when the server cannot even be reached. 0: no limit
   * (migrations).
   */
  statementMs: number;
  /** A session left idle inside a transaction (a client that vanished) is ended, releasing its locks. */
  idleInTransactionMs: number;
}

export const DEFAULT_POSTGRES_TIMEOUTS: PostgresTimeouts = {
  connectMs: 3000,
  statementMs: 4000,
  idleInTransactionMs: 10_000,
};

export interface PostgresPoolOptions {
  url: string;
  maxConnections: number;
  timeouts: PostgresTimeouts;
  /** Told about every connection PostgreSQL or the network dropped; the pool replaces it by itself. */
  onConnectionError: (error: Error) => void;
}

/**
 * A pg pool that survives lost connections. pg emits 'error' on an idle client whose connection
 * drops (pool 'error') and on a checked-out one between queries (client 'error'); an 'error' event
 * with no listener ends the Node process, so both get one. A client whose query timed out is
 * still waiting for that answer and would stall every later query: it is thrown away, not reused.
 */
export function createPostgresPool(options: PostgresPoolOptions): { kysely: PostgresPool; pool: pg.Pool } {
  const { timeouts } = options;
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.maxConnections,
    connectionTimeoutMillis: timeouts.connectMs,
    ...(timeouts.statementMs > 0 && {
      statement_timeout: timeouts.statementMs,
      query_timeout: timeouts.statementMs + 1000,
    }),
    idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
  });
  pool.on('error', (error) => options.onConnectionError(error));
  pool.on('connect', (client) => client.on('error', (error) => options.onConnectionError(error)));

  const kysely: PostgresPool = {
    async connect(): Promise<PostgresPoolClient> {
      const client = await pool.connect();
      let stalled: Error | null = null;
      return {
        query: ((text: string, parameters: readonly unknown[]) => {
          if (stalled) return Promise.reject(stalled);
          return client.query(text, [...parameters]).catch((error: unknown) => {
            if (error instanceof Error && error.message === 'Query read timeout') stalled = error;
            throw error;
          });
        }) as PostgresPoolClient['query'],
        release: (destroy?: boolean) => client.release(stalled ?? destroy === true),
      };
    },
    end: () => pool.end(),
    options: pool.options,
  };
  return { kysely, pool };
}
