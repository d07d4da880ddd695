import {
  type Database,
  findInspection,
  findRecommendation,
  type InspectionRecord,
  lockInspection,
  type PlanForPlanning,
  type RecommendationRecord,
} from '@kiemtra/db';
import {
  type Action,
  type Actor,
  can,
  checkTeamWorkOpen,
  DomainError,
  type LocalDate,
  todayInVietnam,
} from '@kiemtra/domain';
import type { Kysely } from 'kysely';
import type { Clock } from '../clock.js';
import { assertAccepted } from '../trpc/errors.js';
import { inspectionFor, inspectionResource } from '../trpc/routers/schedule/schedule-context.js';

export { inspectionFor, inspectionResource };

export const todayOf = (clock: Clock): LocalDate => todayInVietnam(clock.now());

/** The visit the team works on, checked first for `action`; refused unless the team work is open. */
export async function openTeamWork(
  db: Kysely<Database>,
  actor: Actor,
  action: Action,
  inspectionId: string,
): Promise<{ inspection: InspectionRecord; plan: PlanForPlanning }> {
  const found = await inspectionFor(db, actor, action, inspectionId);
  assertAccepted(checkTeamWorkOpen(found.inspection.status));
  return found;
}

/**
 * The first step of a write to the team's work, inside its transaction: locks the visit (see
 * lockInspection) and checks again that the work is open, as the conclusion may have been issued
 * since the check before the transaction.
 */
export async function lockOpenTeamWork(trx: Kysely<Database>, inspectionId: string): Promise<void> {
  const { status } = await lockInspection(trx, inspectionId);
  assertAccepted(checkTeamWorkOpen(status));
}

/** A recommendation and the visit it belongs to, checked first for `action` on that visit. */
export async function recommendationFor(
  db: Kysely<Database>,
  actor: Actor,
  action: Action,
  recommendationId: string,
): Promise<{ recommendation: RecommendationRecord; inspection: InspectionRecord; plan: PlanForPlanning }> {
  const recommendation = await findRecommendation(db, recommendationId);
  if (recommendation?.inspectionId == null) {
    throw new DomainError('NOT_FOUND', 'Không tìm thấy kiến nghị này.');
  }
  const { inspection, plan } = await inspectionFor(db, actor, action, recommendation.inspectionId);
  return { recommendation, inspection, plan };
}

/**
 * Whether the actor reads the team's drafts (findings, recommendations, the conclusion before its
 * notice): the policy's `teamWork.read`.
 */
export function seesDrafts(actor: Actor, inspection: InspectionRecord): boolean {
  return can(actor, 'teamWork.read', inspectionResource(inspection)).allowed;
}

/** Rereads a visit after a change. */
export async function reread(db: Kysely<Database>, inspectionId: string): Promise<InspectionRecord> {
  const saved = await findInspection(db, inspectionId);
  if (!saved) throw new Error('the inspection is missing');
  return saved;
}

/** A recommendation read back after a write in the same request; it cannot be missing. */
export async function reloadRecommendation(db: Kysely<Database>, id: string): Promise<RecommendationRecord> {
  const saved = await findRecommendation(db, id);
  if (!saved) throw new Error('the recommendation is missing');
  return saved;
}
