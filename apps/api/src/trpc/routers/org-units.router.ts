import {
  findRegisterUnit,
  listUnitChanges,
  loadOrgUnitHistory,
  loadRegister,
  loadSuccessions,
  withActor,
} from '@kiemtra/db';
import {
  DomainError,
  dayAfter,
  orgUnitCloseInput,
  orgUnitCodesInput,
  orgUnitCreateInput,
  orgUnitDetailInput,
  orgUnitRegisterInput,
  orgUnitRenameInput,
  orgUnitReparentInput,
  orgUnitSuccessorsInput,
  orgUnitTreeInput,
  todayInVietnam,
  toIsoDate,
  treeAsAt,
} from '@kiemtra/domain';
import {
  closeUnit,
  correctUnitCodes,
  createUnit,
  nameSuccessors,
  renameUnit,
  reparentUnit,
} from '../../unit-register/register-changes.js';
import { successionView } from '../../unit-register/succession-views.js';
import { registerAsAt, unitDetail } from '../../unit-register/unit-views.js';
import { auditActorOf } from '../audit-actor.js';
import type { Context } from '../context.js';
import { idempotentCreate } from '../idempotent-create.js';
import { procedureFor, router } from '../init.js';
import { registerImportRouter } from './org-units/register-import.procedures.js';

type Ctx = Context & { actor: { tenantId: string } };

async function detailOf(ctx: Ctx, unitId: string, asAt: string) {
  const tenantId = ctx.actor.tenantId;
  const unit = await findRegisterUnit(ctx.db, tenantId, unitId);
  if (!unit) throw new DomainError('NOT_FOUND', 'Không tìm thấy đơn vị trong danh mục.');
  const [register, changes, successions] = await Promise.all([
    loadRegister(ctx.db, tenantId),
    listUnitChanges(ctx.db, unitId),
    loadSuccessions(ctx.db, tenantId),
  ]);
  return {
    ...unitDetail(register, unit, changes, asAt),
    ...successionView(register, successions, unitId, asAt),
  };
}

export const orgUnitsRouter = router({
  /** The province's units as they stood on `asAt`, as a tree, each with the name it bore that day. */
  tree: procedureFor('orgUnit.read')
    .input(orgUnitTreeInput)
    .query(async ({ ctx, input }) => {
      const history = await loadOrgUnitHistory(ctx.db, ctx.actor.tenantId);
      return { asAt: input.asAt, roots: treeAsAt(history.units, history.links, input.asAt, history.renames) };
    }),

  /** The register as at a date: every unit existing that day with its codes and parent. */
  register: procedureFor('orgUnit.read')
    .input(orgUnitRegisterInput)
    .query(async ({ ctx, input }) => ({
      asAt: input.asAt,
      units: registerAsAt(await loadRegister(ctx.db, ctx.actor.tenantId), input.asAt),
    })),

  /** One unit as at a date, with its names over time and every change with its legal basis. */
  detail: procedureFor('orgUnit.read')
    .input(orgUnitDetailInput)
    .query(async ({ ctx, input }) => detailOf(ctx, input.unitId, input.asAt)),

  create: procedureFor('orgUnit.manage')
    .input(orgUnitCreateInput)
    .use(idempotentCreate)
    .mutation(async ({ ctx, input }) => {
      const id = await withActor(
        ctx.db,
        auditActorOf(ctx.profile, 'Cập nhật danh mục cơ quan, đơn vị'),
        (trx) => createUnit(trx, ctx.actor.tenantId, input),
      );
      return detailOf(ctx, id, input.effectiveFrom);
    }),

  rename: procedureFor('orgUnit.manage')
    .input(orgUnitRenameInput)
    .mutation(async ({ ctx, input }) => {
      await withActor(ctx.db, auditActorOf(ctx.profile, 'Đổi tên đơn vị'), (trx) =>
        renameUnit(trx, ctx.actor.tenantId, input),
      );
      return detailOf(ctx, input.unitId, input.effectiveFrom);
    }),

  reparent: procedureFor('orgUnit.manage')
    .input(orgUnitReparentInput)
    .mutation(async ({ ctx, input }) => {
      await withActor(ctx.db, auditActorOf(ctx.profile, 'Chuyển đơn vị cấp trên'), (trx) =>
        reparentUnit(trx, ctx.actor.tenantId, input),
      );
      return detailOf(ctx, input.unitId, input.effectiveFrom);
    }),

  close: procedureFor('orgUnit.manage')
    .input(orgUnitCloseInput)
    .mutation(async ({ ctx, input }) => {
      const unit = await withActor(
        ctx.db,
        auditActorOf(ctx.profile, 'Giải thể, chấm dứt hoạt động đơn vị'),
        (trx) => closeUnit(trx, ctx.actor.tenantId, input),
      );
      return detailOf(ctx, unit.id, input.effectiveFrom);
    }),

  /** Names the successors of a unit that ceased before successors were recorded (the 2024 units closed on 30/06/2025). */
  nameSuccessors: procedureFor('orgUnit.manage')
    .input(orgUnitSuccessorsInput)
    .mutation(async ({ ctx, input }) => {
      const unit = await withActor(ctx.db, auditActorOf(ctx.profile, 'Ghi đơn vị kế thừa'), (trx) =>
        nameSuccessors(trx, ctx.actor.tenantId, input),
      );
      // Read the day the successors took over, so that the answer shows them.
      return detailOf(ctx, unit.id, unit.validTo ? dayAfter(unit.validTo) : unit.validFrom);
    }),

  setCodes: procedureFor('orgUnit.manage')
    .input(orgUnitCodesInput)
    .mutation(async ({ ctx, input }) => {
      const unit = await withActor(ctx.db, auditActorOf(ctx.profile, 'Sửa mã của đơn vị'), (trx) =>
        correctUnitCodes(trx, ctx.actor.tenantId, input),
      );
      // Codes are the unit's identity: shown as at today, or its last day if it ceased.
      const today = toIsoDate(todayInVietnam(ctx.clock.now()));
      return detailOf(ctx, unit.id, unit.validTo !== null && unit.validTo < today ? unit.validTo : today);
    }),

  import: registerImportRouter,
});
