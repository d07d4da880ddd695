import type { InspectionRecord } from '@kiemtra/db';
import { INSPECTION_FORM_LABELS, INSPECTION_STATUS_LABELS } from '@kiemtra/domain';

/** What a person may read of an inspection; the team's user ids stay on the server. */
export function toInspectionDto(i: InspectionRecord) {
  return {
    id: i.id,
    planId: i.planId,
    planTitle: i.planTitle,
    targetId: i.targetId,
    orgUnitId: i.orgUnitId,
    orgUnitName: i.orgUnitName,
    teamName: i.teamName,
    form: i.form,
    formLabel: INSPECTION_FORM_LABELS[i.form],
    status: i.status,
    statusLabel: INSPECTION_STATUS_LABELS[i.status],
    startDate: i.startDate,
    endDate: i.endDate,
    place: i.place,
    version: i.version,
  };
}

export type InspectionDto = ReturnType<typeof toInspectionDto>;
