/**
 * True when a failure means PostgreSQL could not be reached, refused, dropped the connection or did
 * not answer in time: the request did not run (or was rolled back), and trying again later may work.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    if (NETWORK_CODES.has(code)) return true;
    // SQLSTATE class 08 (connection exception) and the server's refusals and shutdowns.
    if (/^08[0-9A-Z]{3}$/.test(code) || SERVER_REFUSALS.has(code)) return true;
  }
  if (typeof message === 'string' && DRIVER_MESSAGES.some((m) => message.includes(m))) return true;
  // An AggregateError (a host with several addresses, none answering) carries the causes.
  const errors = (error as { errors?: unknown }).errors;
  if (Array.isArray(errors) && errors.some(isDatabaseUnavailable)) return true;
  const cause = (error as { cause?: unknown }).cause;
  return cause !== undefined && cause !== error && isDatabaseUnavailable(cause);
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ECONNABORTED',
]);

const SERVER_REFUSALS = new Set([
  '57P01', // admin_shutdown (pg_terminate_backend)
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, shutting down)
  '57014', // query_canceled (statement_timeout)
  '53300', // too_many_connections
  '25P03', // idle_in_transaction_session_timeout
  '3D000', // the configured database does not exist
  '28P01', // wrong password
  '28000', // no access for this user
]);

// pg and pg-pool report a lost or timed-out connection by message only.
const DRIVER_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Query read timeout',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
  'Cannot use a pool after calling end on the pool',
  'PGlite is closed',
];
