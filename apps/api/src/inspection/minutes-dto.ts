import type { InspectionRecord, MinutesRecord, TeamRecord } from '@kiemtra/db';
import {
  DEFAULT_MINUTES_AGENDA,
  formatVietnamese,
  MINUTES_ATTENDEE_ROLE_LABELS,
  type MinutesAttendee,
  type MinutesAttendeeRole,
  parseIsoDate,
  type TeamMemberRole,
} from '@kiemtra/domain';

const ROLE_AT_TABLE: Record<TeamMemberRole, MinutesAttendeeRole> = {
  leader: 'team_leader',
  deputy_leader: 'team_deputy_leader',
  member: 'team_member',
  secretary: 'team_secretary',
  press: 'press',
};

/** The minutes as saved, or, before the first save, a draft from the visit and its team. */
export function toMinutesDto(
  saved: MinutesRecord | null,
  inspection: InspectionRecord,
  team: TeamRecord | null,
) {
  const attendees: readonly MinutesAttendee[] =
    saved?.attendees ??
    (team?.members ?? []).map((m) => ({
      name: m.fullName,
      position: m.position ?? '',
      organisation: m.agencyName,
      role: ROLE_AT_TABLE[m.role],
    }));
  const date = saved?.date ?? inspection.visitDates[0] ?? null;
  return {
    saved: saved !== null,
    version: saved?.version ?? 0,
    date,
    dateText: date === null ? null : formatVietnamese(parseIsoDate(date)),
    place: saved?.place ?? inspection.place ?? '',
    attendees: attendees.map((a) => ({ ...a, roleLabel: MINUTES_ATTENDEE_ROLE_LABELS[a.role] })),
    agenda: saved?.agenda ?? DEFAULT_MINUTES_AGENDA.map((a) => ({ ...a })),
    discussion: saved?.discussion ?? '',
    leaderConclusion: saved?.leaderConclusion ?? '',
    updatedByName: saved?.updatedByName ?? null,
  };
}

export type MinutesDto = ReturnType<typeof toMinutesDto>;
