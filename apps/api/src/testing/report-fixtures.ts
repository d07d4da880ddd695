import type { TRPCClient } from '@trpc/client';
import type { AppRouter } from '../trpc/root.js';

/** Answers every required item of a visit's report still empty, as the unit would; returns the view after. */
export async function answerEveryMissingItem(client: TRPCClient<AppRouter>, inspectionId: string) {
  const view = await client.reports.get.query({ inspectionId });
  for (const missing of view.progress.missing) {
    const item = view.sections.flatMap((s) => s.items).find((i) => i.code === missing.code);
    await client.reports.saveAnswer.mutate({
      inspectionId,
      itemCode: missing.code,
      narrative: `<p>Kết quả thực hiện mục ${missing.code}.</p>`,
      figures: {},
      expectedVersion: item?.answer?.version ?? 0,
    });
  }
  return client.reports.get.query({ inspectionId });
}
