/**
 * What a harness needs to run the API in its own process (the benchmarks in bench/): the server
 * and its default dependencies, exactly as main.ts assembles them.
 */
export { hashPassword } from './auth/password.js';
export { SESSION_COOKIE } from './auth/tokens.js';
export { createCalendarProvider } from './calendar/calendar-provider.js';
export { systemClock } from './clock.js';
export { createJobQueue } from './jobs/job-queue.js';
export { buildServer } from './server.js';
export type { AppRouter } from './trpc/root.js';
