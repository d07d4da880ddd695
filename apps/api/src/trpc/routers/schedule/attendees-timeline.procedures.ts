import { listVisibleInspections } from '@kiemtra/db';
import {
  formatVietnamese,
  inspectionByIdInput,
  inspectionVisibility,
  isoWeekOf,
  parseIsoDate,
  planAsAt,
  planByIdInput,
  proposeAttendees,
  toIsoDate,
} from '@kiemtra/domain';
import { planFor } from '../../../planning/plan-access.js';
import { unitsAsAt } from '../../../planning/units-as-at.js';
import { authedProcedure } from '../../init.js';
import { inspectionFor } from './schedule-context.js';

/** Who attends from the inspected side, by the kind of unit (seed IV.2), for the team leader to confirm. */
export const proposedAttendees = authedProcedure.input(inspectionByIdInput).query(async ({ ctx, input }) => {
  const { inspection, plan } = await inspectionFor(ctx.db, ctx.actor, 'inspection.read', input.inspectionId);
  const units = await unitsAsAt(ctx.db, plan.tenantId, planAsAt(plan));
  const unit = units.byId.get(inspection.orgUnitId);
  const parentId = units.parentOf.get(inspection.orgUnitId);
  const parent = parentId === undefined ? undefined : units.byId.get(parentId);
  const target = plan.targets.find((t) => t.id === inspection.targetId);
  const isBranch =
    target?.group === 'land_registration_branches' && target.orgUnitId === inspection.orgUnitId;
  return proposeAttendees({
    unit: {
      name: unit?.name ?? inspection.orgUnitName,
      kind: unit?.kind ?? 'other',
      isLandRegistrationBranch: isBranch,
    },
    parent: parent ? { name: parent.name, kind: parent.kind } : null,
    // A branch hangs under the provincial Land Registration Office in the catalogue.
    landRegistrationOffice: isBranch && parent ? { name: parent.name } : null,
  });
});

/** The plan's visits (as far as the actor may see them) by ISO week and by team. */
export const timeline = authedProcedure.input(planByIdInput).query(async ({ ctx, input }) => {
  const plan = await planFor(ctx.db, ctx.actor, 'plan.read', input.planId);
  const visits = await listVisibleInspections(ctx.db, {
    tenantId: plan.tenantId,
    visibility: inspectionVisibility(ctx.actor),
    planId: plan.id,
  });
  const item = (v: (typeof visits)[number], day: string) => ({
    inspectionId: v.id,
    date: day,
    dateText: formatVietnamese(parseIsoDate(day)),
    orgUnitName: v.orgUnitName,
    teamId: v.teamId,
    teamName: v.teamName ?? 'Chưa có Đoàn',
    status: v.status,
    form: v.form,
  });
  const days = visits.flatMap((v) => v.visitDates.map((d) => item(v, d)));
  days.sort((a, b) => a.date.localeCompare(b.date) || a.orgUnitName.localeCompare(b.orgUnitName, 'vi'));
  const weeks = new Map<
    string,
    { year: number; week: number; start: string; end: string; label: string; items: typeof days }
  >();
  for (const d of days) {
    const w = isoWeekOf(parseIsoDate(d.date));
    const key = `${w.year}-${String(w.week).padStart(2, '0')}`;
    let entry = weeks.get(key);
    if (!entry) {
      entry = {
        year: w.year,
        week: w.week,
        start: toIsoDate(w.start),
        end: toIsoDate(w.end),
        label: `Tuần ${w.week}/${w.year} (${formatVietnamese(w.start)} – ${formatVietnamese(w.end)})`,
        items: [],
      };
      weeks.set(key, entry);
    }
    entry.items.push(d);
  }
  const teams = new Map<string, { teamId: string | null; teamName: string; items: typeof days }>();
  for (const d of days) {
    const key = d.teamId ?? '';
    const entry = teams.get(key) ?? { teamId: d.teamId, teamName: d.teamName, items: [] };
    entry.items.push(d);
    teams.set(key, entry);
  }
  return {
    unscheduled: visits
      .filter((v) => v.visitDates.length === 0)
      .map((v) => ({ inspectionId: v.id, orgUnitName: v.orgUnitName })),
    byWeek: [...weeks.values()],
    byTeam: [...teams.values()],
  };
});
