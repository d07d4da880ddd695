import type { InspectionRecord, PlanForPlanning, ScheduleNoticeRecord, TeamRecord } from '@kiemtra/db';
import { parseReference, type ScheduleNoticeInput } from '@kiemtra/documents';
import { type InspectionDeadline, proposeAttendees, toIsoDate } from '@kiemtra/domain';
import { type PlanLetterheads, planDecisionText, roundLabelOf, teamDecisionText } from './letterhead.js';

/** One visit with what its notice prints: the notice in force (if sent), its deadlines now. */
export interface NoticeVisit {
  inspection: InspectionRecord;
  notice: ScheduleNoticeRecord | null;
  deadlines: readonly InspectionDeadline[];
}

const DRAFT_SYMBOL = 'TB-ĐKT';

function attendeesOf(visit: InspectionRecord, plan: PlanForPlanning, letterheads: PlanLetterheads): string[] {
  const unit = letterheads.unit(visit.orgUnitId);
  const target = plan.targets.find((t) => t.id === visit.targetId);
  const isBranch = target?.group === 'land_registration_branches' && target.orgUnitId === visit.orgUnitId;
  const isCommune = target !== undefined && target.orgUnitId !== visit.orgUnitId;
  return proposeAttendees({
    unit: {
      name: unit.name || visit.orgUnitName,
      kind: isCommune ? 'commune' : 'other',
      isLandRegistrationBranch: isBranch,
    },
    parent: isCommune && unit.parentName ? { name: unit.parentName, kind: 'district' } : null,
    landRegistrationOffice: isBranch && unit.parentName ? { name: unit.parentName } : null,
  }).map((a) => (a.unitName === (unit.name || visit.orgUnitName) ? a.role : `${a.role} (${a.unitName})`));
}

/** The unit's report deadline (seed III.2.b) of a visit: as the notice announced it, else as counted now. */
function reportDue(visit: NoticeVisit): string | undefined {
  const announced = visit.notice?.deadlines.find((d) => d.code === 'UNIT_REPORT');
  if (announced) return announced.dueDate;
  const counted = visit.deadlines.find((d) => d.code === 'UNIT_REPORT');
  return counted ? toIsoDate(counted.dueDate) : undefined;
}

/**
 * The schedule notice of one visit (numbered and dated as recorded when it was sent, a draft
 * otherwise) or of a team's whole round (a draft listing every visit): the team issues it under
 * its lead agency and signs it through its leader (seed III.2.a).
 */
export function scheduleNoticeSource(input: {
  plan: PlanForPlanning;
  team: TeamRecord | null;
  visits: readonly NoticeVisit[];
  letterheads: PlanLetterheads;
  scope: 'visit' | 'round';
  /** The round's name ("Đợt 1"), for a round's notice. */
  roundName?: string | null;
}): ScheduleNoticeInput {
  const { plan, team, visits, letterheads } = input;
  const single = input.scope === 'visit' ? visits[0] : undefined;
  const notice = single?.notice ?? null;
  const leader = team?.members.find((m) => m.role === 'leader');
  const agency = team ? letterheads.unit(team.leadAgencyId).name : plan.ownerOrgUnitName;
  const teamName = team?.name ?? 'Đoàn kiểm tra';
  const kind = plan.targets.find((t) => t.id === visits[0]?.inspection.targetId)?.kind ?? 'comprehensive';
  const contents = plan.contents.filter((c) =>
    kind === 'thematic' ? c.kind === 'topic' : c.kind === 'area',
  );
  const teamDecision = team ? teamDecisionText(team) : null;
  const unitNames = visits.map((v) => v.inspection.orgUnitName);
  const due = single ? reportDue(single) : undefined;
  return {
    frame: {
      issuer: {
        parent: agency,
        name: team?.kind === 'thematic_tthc' ? 'ĐOÀN KIỂM TRA CHUYÊN ĐỀ TTHC' : 'ĐOÀN KIỂM TRA CCHC',
      },
      reference: notice
        ? parseReference(notice.number, DRAFT_SYMBOL)
        : { number: null, symbol: DRAFT_SYMBOL },
      place: letterheads.place,
      date: notice?.noticeDate ?? null,
      draftYear: plan.year,
      recipients: [
        ...(notice && notice.recipients.length > 0 ? notice.recipients : unitNames),
        'Thành viên Đoàn kiểm tra',
        `${agency} (b/c)`,
      ],
      archive: 'VT, ĐKT',
      signer: { title: 'TRƯỞNG ĐOÀN', name: leader?.fullName ?? '(Ký, ghi rõ họ tên)' },
    },
    subject: single
      ? `tại ${single.inspection.orgUnitName}`
      : roundLabelOf(input.roundName ?? null, plan.year),
    thematic: team?.kind === 'thematic_tthc' || kind === 'thematic',
    grounds: [planDecisionText(plan), ...(teamDecision ? [teamDecision] : [])],
    teamName,
    visits: visits.map((v) => {
      const d = input.scope === 'round' ? reportDue(v) : undefined;
      return {
        unitName: v.inspection.orgUnitName,
        dates: v.inspection.visitDates,
        place: v.inspection.place ?? '',
        attendees: attendeesOf(v.inspection, plan, letterheads),
        ...(d ? { reportDueDate: d } : {}),
      };
    }),
    contents: contents.map((c) => c.title),
    teamMembers: (team?.members ?? []).map((m) => ({
      fullName: m.fullName,
      position: m.position ?? '',
      role: m.role,
    })),
    deadlines: due ? [{ label: 'Báo cáo phục vụ Đoàn kiểm tra', dueDate: due }] : [],
    reportRecipients: 'Sở Nội vụ và Đoàn kiểm tra',
  };
}
