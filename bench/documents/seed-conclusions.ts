import { BINH_DINH_2024 } from '@kiemtra/db';
import {
  type ConclusionNoticeDocumentInput,
  documentFindings,
  documentRecommendations,
  shortDate,
} from '@kiemtra/documents';
import { plausibleConclusion } from '@kiemtra/documents/testing';
import { buildCalendar, OFFICIAL_SCHEDULES, parseIsoDate, toIsoDate } from '@kiemtra/domain';

/**
 * The conclusion notice of every target of the 2024 seed plan, each with findings and
 * recommendations built from the seed's content areas (comprehensive) or topics (thematic),
 * issued 8 working days after the target's own visit.
 */
export function seedConclusionInputs(): ConclusionNoticeDocumentInput[] {
  const seed = BINH_DINH_2024;
  const calendar = buildCalendar({ schedules: OFFICIAL_SCHEDULES });
  const unitName = (code: string) => seed.orgUnits.find((u) => u.code === code)?.name ?? code;
  return seed.targets.map((target, index) => {
    const team = seed.teams.find((t) => t.code === target.teamCode);
    const visit = seed.inspections.find((i) => i.unitCode === target.unitCode);
    if (!team || !visit) throw new Error(`target ${target.unitCode} has no team or visit`);
    const concludedOn = calendar.addWorkingDays(parseIsoDate(visit.endDate), 8);
    const { findings, recommendations } = plausibleConclusion({
      index,
      thematic: target.inspectionKind === 'thematic',
      concludedOn,
    });
    const leader = team.members.find((m) => m.role === 'leader');
    return {
      frame: {
        issuer: { parent: unitName(team.leadAgencyCode), name: 'ĐOÀN KIỂM TRA CCHC' },
        reference: { number: String(20 + index), symbol: 'TB-ĐKT' },
        place: 'Bình Định',
        date: toIsoDate(concludedOn),
        recipients: [unitName(target.unitCode), 'Ủy ban nhân dân tỉnh (b/c)', 'Thành viên Đoàn kiểm tra'],
        archive: 'VT, ĐKT',
        signer: { title: 'TRƯỞNG ĐOÀN', name: leader?.fullName ?? '' },
      },
      unitName: unitName(target.unitCode),
      teamName: team.name,
      grounds: [
        `${seed.plan.title}`,
        `Quyết định số ${team.decisionNumber} ngày ${shortDate(team.decisionDate)} về việc thành lập ${team.name}`,
      ],
      inspectionDates: [visit.startDate],
      findings: documentFindings(findings),
      recommendations: documentRecommendations(recommendations),
      remediationReportTo: 'Đoàn kiểm tra (qua Sở Nội vụ)',
    };
  });
}
