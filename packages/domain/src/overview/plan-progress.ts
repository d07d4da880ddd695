import type { InspectionStatus } from '../plan/vocabulary.js';

export interface PlanProgress {
  planned: number;
  done: number;
  cancelled: number;
  /** Done out of planned (cancelled ones left out); null without any visit planned. */
  rate: number | null;
  doneIds: string[];
  openIds: string[];
}

const DONE: readonly InspectionStatus[] = ['concluded', 'closed'];

/**
 * A plan's progress: visits done (concluded or closed) out of those planned and not cancelled.
 * @example planProgress([{ inspectionId: 'a', status: 'closed' }, { inspectionId: 'b', status: 'notified' }]).rate // 0.5
 */
export function planProgress(
  visits: readonly { inspectionId: string; status: InspectionStatus }[],
): PlanProgress {
  const live = visits.filter((v) => v.status !== 'cancelled');
  const done = live.filter((v) => DONE.includes(v.status));
  return {
    planned: live.length,
    done: done.length,
    cancelled: visits.length - live.length,
    rate: live.length === 0 ? null : done.length / live.length,
    doneIds: done.map((v) => v.inspectionId),
    openIds: live.filter((v) => !DONE.includes(v.status)).map((v) => v.inspectionId),
  };
}
