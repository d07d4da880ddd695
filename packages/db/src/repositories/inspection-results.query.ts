import type { Kysely } from 'kysely';
import type { Database } from '../database.js';
import { type FindingRecord, listFindingsOf } from './findings.repository.js';
import { listRecommendationsOf, type RecommendationRecord } from './recommendations.repository.js';

type Executor = Kysely<Database>;

export interface InspectionResultRows {
  findings: Map<string, FindingRecord[]>;
  recommendations: Map<string, RecommendationRecord[]>;
  /** The conclusion notice's date per visit, once issued. */
  conclusionNoticeDates: Map<string, string>;
}

const group = <T extends { inspectionId: string | null }>(rows: readonly T[]) => {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    if (row.inspectionId === null) continue;
    const list = out.get(row.inspectionId) ?? [];
    list.push(row);
    out.set(row.inspectionId, list);
  }
  return out;
};

/** The findings, recommendations and notice dates of many visits, in three queries. */
export async function listInspectionResults(
  db: Executor,
  inspectionIds: readonly string[],
): Promise<InspectionResultRows> {
  if (inspectionIds.length === 0) {
    return { findings: new Map(), recommendations: new Map(), conclusionNoticeDates: new Map() };
  }
  const [findings, recommendations, notices] = await Promise.all([
    listFindingsOf(db, inspectionIds),
    listRecommendationsOf(db, inspectionIds),
    db
      .selectFrom('conclusions')
      .where('inspection_id', 'in', [...inspectionIds])
      .where('notice_date', 'is not', null)
      .select(['inspection_id', 'notice_date'])
      .execute(),
  ]);
  return {
    findings: group(findings),
    recommendations: group(recommendations),
    conclusionNoticeDates: new Map(
      notices.flatMap((n) => (n.notice_date ? [[n.inspection_id, n.notice_date]] : [])),
    ),
  };
}
