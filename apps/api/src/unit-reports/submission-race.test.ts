import type { TRPCClient } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/test-server.js';
import type { AppRouter } from '../trpc/root.js';

// Real concurrency over HTTP: on PostgreSQL the saves and the submission run in parallel
// transactions; on PGlite they queue for its one connection. Either way the outcome must hold.
const now = new Date('2024-04-25T03:00:00Z');
let server: TestServer;
let sct: TRPCClient<AppRouter>;
let sctHead: TRPCClient<AppRouter>;
let leader: TRPCClient<AppRouter>;
let inspectionId: string;

beforeAll(async () => {
  server = await startTestServer({ clock: { now: () => now } });
  sct = await server.signedIn('sct');
  sctHead = await server.signedIn('sct.lanhdao');
  leader = await server.signedIn('truongdoan');
  inspectionId =
    (await sct.inspections.list.query()).items.find((i) => i.orgUnitName.includes('Công Thương'))?.id ?? '';
});
afterAll(async () => server?.close());

const BLANKED = ['I.1.a', 'II.2', 'III.1'];

/** Answers every required item still empty; returns the view after. */
async function answerAll() {
  const view = await sct.reports.get.query({ inspectionId });
  for (const missing of view.progress.missing) {
    const item = view.sections.flatMap((s) => s.items).find((i) => i.code === missing.code);
    await sct.reports.saveAnswer.mutate({
      inspectionId,
      itemCode: missing.code,
      narrative: `<p>Kết quả thực hiện mục ${missing.code}.</p>`,
      figures: {},
      expectedVersion: item?.answer?.version ?? 0,
    });
  }
  return sct.reports.get.query({ inspectionId });
}

describe('a save racing a submission', () => {
  it('never leaves a submitted report with a required item emptied after its check (20 tries)', async () => {
    const outcomes = { submitted: 0, refused: 0 };
    for (let attempt = 0; attempt < 20; attempt++) {
      const view = await answerAll();
      const versionOf = (code: string) =>
        view.sections.flatMap((s) => s.items).find((i) => i.code === code)?.answer?.version ?? 0;
      // Two people of the unit empty required items while the head sends the report.
      const results = await Promise.allSettled([
        ...BLANKED.map((itemCode) =>
          sct.reports.saveAnswer.mutate({
            inspectionId,
            itemCode,
            narrative: '',
            figures: {},
            expectedVersion: versionOf(itemCode),
          }),
        ),
        sctHead.reports.submit.mutate({ inspectionId, expectedVersion: view.report.version }),
      ]);
      const after = await sct.reports.get.query({ inspectionId });
      const submitted = results.at(-1)?.status === 'fulfilled';
      expect(after.report.status).toBe(submitted ? 'submitted' : view.report.status);
      if (submitted) {
        outcomes.submitted++;
        // Every required item still has its answer: the saves that came after were refused.
        expect(after.progress.missing).toEqual([]);
        await leader.reports.reopen.mutate({
          inspectionId,
          expectedVersion: after.report.version,
          reason: `Mở lại để thử lần ${attempt + 1}`,
        });
      } else {
        outcomes.refused++;
      }
    }
    expect(outcomes.submitted + outcomes.refused).toBe(20);
  });
});
