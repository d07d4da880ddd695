import { listPlanHistory, type PlanHistoryEntry } from '@kiemtra/db';
import { planByIdInput } from '@kiemtra/domain';
import { planFor } from '../../../planning/plan-access.js';
import { authedProcedure } from '../../init.js';

const ENTITY_LABELS: Record<string, string> = {
  plans: 'Kế hoạch',
  plan_contents: 'Nội dung kiểm tra',
  plan_member_agencies: 'Cơ quan tham gia Đoàn kiểm tra',
  teams: 'Đoàn kiểm tra',
  team_members: 'Thành viên Đoàn kiểm tra',
  targets: 'Đối tượng kiểm tra',
  target_sub_units: 'Đơn vị cấp xã kèm theo',
  inspections: 'Cuộc kiểm tra',
  schedule_notices: 'Thông báo lịch kiểm tra',
};
const OPERATION_LABELS = { INSERT: 'Thêm', UPDATE: 'Sửa', DELETE: 'Xóa' } as const;
/** Bookkeeping columns that change with every save and say nothing to a reader. */
const NOISE = new Set(['version', 'updated_at', 'created_at']);

/** What changed, field by field, between the row before and after. */
function changes(e: PlanHistoryEntry) {
  const keys = new Set([...Object.keys(e.before ?? {}), ...Object.keys(e.after ?? {})]);
  return [...keys]
    .filter((k) => !NOISE.has(k))
    .filter((k) => JSON.stringify(e.before?.[k] ?? null) !== JSON.stringify(e.after?.[k] ?? null))
    .map((field) => ({ field, before: e.before?.[field] ?? null, after: e.after?.[field] ?? null }));
}

/** The plan's history from the audit log, newest first: when, who, what changed, and why. */
export const planHistory = authedProcedure.input(planByIdInput).query(async ({ ctx, input }) => {
  const plan = await planFor(ctx.db, ctx.actor, 'audit.read', input.planId);
  const entries = await listPlanHistory(ctx.db, plan.id);
  return entries.map((e) => ({
    id: e.id,
    occurredAt: e.occurredAt,
    actorName: e.actorName ?? (e.actorKind === 'system' ? 'Hệ thống' : 'Không rõ'),
    operation: e.operation,
    operationLabel: OPERATION_LABELS[e.operation],
    entity: e.entity,
    entityLabel: ENTITY_LABELS[e.entity] ?? e.entity,
    entityId: e.entityId,
    reason: e.reason,
    changes: e.operation === 'UPDATE' ? changes(e) : [],
  }));
});
