import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-server.js';
import { fuzzActors } from './fuzz-actors.js';
import { describeFuzz, type FuzzActor, runFuzz } from './run-fuzz.js';

// Issue 18: the short fuzz of the suite (bench/fuzz runs it for as long as asked). Every
// procedure, 12 actors, inputs drawn from the procedures' own schemas: no 500, and no refused
// input that changed the database.
const SECONDS = Number(process.env.FUZZ_SECONDS ?? 20);
let server: TestServer;
let actors: FuzzActor[];

beforeAll(async () => {
  server = await startTestServer({ clock: { now: () => new Date('2024-06-06T02:00:00Z') } });
  actors = await fuzzActors(server);
});
afterAll(async () => server?.close());

it(
  `answers no fuzzed input with a server error, and refused ones change nothing (${SECONDS} s)`,
  async () => {
    const report = await runFuzz({
      url: server.url,
      db: server.database.db,
      actors,
      durationMs: SECONDS * 1000,
      seed: Number(process.env.FUZZ_SEED ?? 18),
    });
    console.log(describeFuzz(report, SECONDS));
    expect(report.requests).toBeGreaterThan(report.procedures);
    expect(report.serverErrors).toEqual([]);
    expect(report.refusedWithChanges).toEqual([]);
  },
  (SECONDS + 60) * 1000,
);
