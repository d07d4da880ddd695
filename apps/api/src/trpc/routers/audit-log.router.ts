import { auditFilterChoices, auditReferenceNames, listAuditPage } from '@kiemtra/db';
import {
  AUDIT_PAGE_SIZE,
  AUDIT_TABLES,
  auditLogQueryInput,
  auditRangeInstants,
  auditReferences,
  decodeAuditCursor,
  describeAuditChange,
  encodeAuditCursor,
} from '@kiemtra/domain';
import { procedureFor, router } from '../init.js';

const SYSTEM_ACTOR = 'Hệ thống (tự động)';
const ACTOR_KIND_LABELS: Record<string, string> = {
  user: 'Người dùng',
  api_client: 'Hệ thống kết nối',
  system: SYSTEM_ACTOR,
};

const READ = procedureFor('audit.read');

/** The province's audit log in words (issue 11), for the system administrator and Sở Nội vụ. */
export const auditLogRouter = router({
  /** One page, newest first; `nextCursor` opens the page after it. */
  page: READ.input(auditLogQueryInput).query(async ({ ctx, input }) => {
    const tenantId = ctx.actor.tenantId;
    const after = input.cursor ? decodeAuditCursor(input.cursor) : null;
    const { entries, hasMore } = await listAuditPage(ctx.db, {
      tenantId,
      ...(input.actorId && { actorId: input.actorId }),
      ...(input.entity && { entity: input.entity }),
      ...(input.entityId && { entityId: input.entityId }),
      ...(input.planId && { planId: input.planId }),
      ...auditRangeInstants(input.from, input.to),
      ...(after && { after }),
      limit: AUDIT_PAGE_SIZE,
    });
    const names = await auditReferenceNames(ctx.db, tenantId, entries.flatMap(auditReferences));
    const last = entries.at(-1);
    return {
      nextCursor: hasMore && last ? encodeAuditCursor({ at: last.cursorAt, id: last.id }) : null,
      entries: entries.map((e) => ({
        id: e.id,
        occurredAt: e.occurredAt,
        actorId: e.actorId,
        actorName: e.actorName ?? SYSTEM_ACTOR,
        actorKindLabel: ACTOR_KIND_LABELS[e.actorKind] ?? e.actorKind,
        entity: e.entity,
        entityId: e.entityId,
        reason: e.reason,
        ...describeAuditChange(e, names),
      })),
    };
  }),

  /** What the filters offer: the province's people, systems and plans, and the audited tables. */
  filters: READ.query(async ({ ctx }) => {
    const choices = await auditFilterChoices(ctx.db, ctx.actor.tenantId);
    const tables = Object.entries(AUDIT_TABLES)
      .map(([entity, t]) => ({ entity, label: t.label }))
      .sort((a, b) => a.label.localeCompare(b.label, 'vi'));
    return { ...choices, tables };
  }),
});
