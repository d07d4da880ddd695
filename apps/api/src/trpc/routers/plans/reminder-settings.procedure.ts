import { listPlanReminderSettings, updatePlanReminderSettings, withActor } from '@kiemtra/db';
import {
  DEFAULT_REMINDER_SETTINGS,
  planByIdInput,
  reminderSettingsOf,
  setReminderSettingsInput,
} from '@kiemtra/domain';
import { planFor } from '../../../planning/plan-access.js';
import { auditActorOf } from '../../audit-actor.js';
import { conflict } from '../../errors.js';
import { authedProcedure } from '../../init.js';

/** When the plan reminds whoever must act, in working days, and whether these are the defaults. */
export const reminderSettings = authedProcedure.input(planByIdInput).query(async ({ ctx, input }) => {
  const plan = await planFor(ctx.db, ctx.actor, 'plan.read', input.planId);
  const stored = (await listPlanReminderSettings(ctx.db, [plan.id])).get(plan.id) ?? null;
  return {
    ...reminderSettingsOf(stored),
    isDefault: stored === null,
    defaults: DEFAULT_REMINDER_SETTINGS,
    version: plan.version,
  };
});

/** Sở Nội vụ sets the plan's reminder steps and escalation delay (audited with the plan). */
export const setReminderSettings = authedProcedure
  .input(setReminderSettingsInput)
  .mutation(async ({ ctx, input }) => {
    const plan = await planFor(ctx.db, ctx.actor, 'plan.manage', input.planId);
    const version = await withActor(ctx.db, auditActorOf(ctx.profile, 'Cập nhật nhắc việc, đôn đốc'), (trx) =>
      updatePlanReminderSettings(trx, plan.id, input.expectedVersion, input.settings),
    );
    if (version === null) throw conflict('Kế hoạch');
    return { ...input.settings, isDefault: false, defaults: DEFAULT_REMINDER_SETTINGS, version };
  });
