import type { InspectionRecord, MinutesRecord, PlanForPlanning, TeamRecord } from '@kiemtra/db';
import type { MinutesDocumentInput } from '@kiemtra/documents';
import { TEAM_SIDE_ROLES } from '@kiemtra/domain';
import type { PlanLetterheads } from './letterhead.js';

// A signer the minutes do not name is left as dots for the hand (the schema needs a name).
const UNNAMED = '……………………';

/**
 * The minutes (Biên bản làm việc, Mẫu 1.9) as the team saved them. The portal does not record the
 * times of the session, so they print as dots for the secretary to write in.
 */
export function minutesSource(input: {
  plan: PlanForPlanning;
  inspection: InspectionRecord;
  team: TeamRecord | null;
  minutes: MinutesRecord;
  letterheads: PlanLetterheads;
}): MinutesDocumentInput {
  const { plan, inspection, team, minutes, letterheads } = input;
  const unit = letterheads.unit(inspection.orgUnitId);
  const attendee = (role: string) => minutes.attendees.find((a) => a.role === role);
  const chair = attendee('team_leader');
  const secretary = attendee('team_secretary');
  const unitSide =
    minutes.attendees.find((a) => a.role === 'unit_head') ??
    minutes.attendees.find((a) => !TEAM_SIDE_ROLES.includes(a.role) && a.role !== 'press');
  return {
    frame: {
      issuer: {
        parent: team ? letterheads.unit(team.leadAgencyId).name : letterheads.provinceLine,
        name: 'ĐOÀN KIỂM TRA CCHC',
      },
      reference: { number: null, symbol: 'BB-ĐKT' },
      place: letterheads.place,
      date: minutes.date,
      draftYear: plan.year,
      recipients: [unit.name, 'Thành viên Đoàn kiểm tra'],
      archive: 'ĐKT',
      signer: { title: 'TRƯỞNG ĐOÀN', name: chair?.name ?? UNNAMED },
    },
    unitName: unit.name,
    teamName: team?.name ?? 'Đoàn kiểm tra',
    date: minutes.date,
    place: minutes.place,
    attendees: minutes.attendees.map((a) => ({ ...a })),
    agenda: minutes.agenda.map((a) => ({ ...a })),
    discussion: minutes.discussion,
    leaderConclusion: minutes.leaderConclusion,
    chair: { title: 'Trưởng đoàn', name: chair?.name ?? UNNAMED },
    secretary: { title: 'Thư ký Đoàn kiểm tra', name: secretary?.name ?? UNNAMED },
    unitRepresentative: {
      title: unitSide?.position || 'Thủ trưởng đơn vị',
      name: unitSide?.name ?? UNNAMED,
    },
  };
}
