import type { LocalDate } from '../calendar/local-date.js';
import {
  isOverdue,
  RECOMMENDATION_STATUS_LABELS,
  RECOMMENDATION_STATUSES,
  type RecommendationStatus,
} from '../inspection/recommendations.js';

export interface OverviewRecommendation {
  id: string;
  inspectionId: string;
  unitName: string;
  action: string;
  status: RecommendationStatus;
  dueDate?: LocalDate;
}

/** How long an overdue recommendation has waited past its due date, in calendar days. */
export const AGE_BANDS = [
  { key: 'le30', label: 'Quá hạn đến 30 ngày', max: 30 },
  { key: 'le90', label: 'Quá hạn 31–90 ngày', max: 90 },
  { key: 'gt90', label: 'Quá hạn trên 90 ngày', max: Number.POSITIVE_INFINITY },
] as const;

export interface RecommendationOverview {
  byState: { status: RecommendationStatus; label: string; count: number; inspectionIds: string[] }[];
  byAge: { key: string; label: string; count: number; inspectionIds: string[] }[];
  /** Overdue first (the longest overdue on top), then the others by due date. */
  list: (OverviewRecommendation & { daysOverdue: number | null })[];
}

const unique = (ids: string[]) => [...new Set(ids)];

/**
 * The recommendations by state and, for the overdue ones, by how long they are overdue, with a
 * list that puts the overdue ones first; overdue as every list says it (isOverdue).
 * @example recommendationOverview(recs, d('2024-12-01')).byAge[0] // { key: 'le30', count: 2, … }
 */
export function recommendationOverview(
  recs: readonly OverviewRecommendation[],
  today: LocalDate,
): RecommendationOverview {
  const withAge = recs.map((r) => ({
    ...r,
    daysOverdue:
      r.dueDate !== undefined && isOverdue({ dueDate: r.dueDate, state: { status: r.status } }, today)
        ? today - r.dueDate
        : null,
  }));
  const byState = RECOMMENDATION_STATUSES.map((status) => {
    const of = withAge.filter((r) => r.status === status);
    return {
      status,
      label: RECOMMENDATION_STATUS_LABELS[status],
      count: of.length,
      inspectionIds: unique(of.map((r) => r.inspectionId)),
    };
  }).filter((s) => s.count > 0);
  let floor = 0;
  const byAge = AGE_BANDS.map((band) => {
    const of = withAge.filter(
      (r) => r.daysOverdue !== null && r.daysOverdue > floor && r.daysOverdue <= band.max,
    );
    floor = band.max;
    return {
      key: band.key,
      label: band.label,
      count: of.length,
      inspectionIds: unique(of.map((r) => r.inspectionId)),
    };
  });
  const list = withAge.toSorted(
    (a, b) =>
      (b.daysOverdue ?? -1) - (a.daysOverdue ?? -1) ||
      (a.dueDate ?? Number.MAX_SAFE_INTEGER) - (b.dueDate ?? Number.MAX_SAFE_INTEGER),
  );
  return { byState, byAge, list };
}
