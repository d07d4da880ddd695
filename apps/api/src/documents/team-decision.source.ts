import type { PlanForPlanning, TeamRecord } from '@kiemtra/db';
import { parseReference, type TeamDecisionInput } from '@kiemtra/documents';
import { SIGNER_OFFICE_LABELS } from '@kiemtra/domain';
import { type PlanLetterheads, planDecisionText } from './letterhead.js';

/** "GIÁM ĐỐC SỞ NỘI VỤ", "CHÁNH VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH": who decides, in full (Mẫu 1.2). */
export function authorityLine(team: TeamRecord, agencyName: string): string {
  const office = team.decisionSignerOffice
    ? SIGNER_OFFICE_LABELS[team.decisionSignerOffice]
    : `Thủ trưởng ${agencyName}`;
  return office.replace(/UBND/g, 'Ủy ban nhân dân').toUpperCase();
}

/** The head of the body's office, named with the body: "Chánh Văn phòng Sở Nội vụ". */
function officeHeadOf(agencyName: string): string {
  const name = agencyName.replace(/UBND/g, 'Ủy ban nhân dân');
  return /^Văn phòng/iu.test(name) ? `Chánh ${name}` : `Chánh Văn phòng ${name}`;
}

/**
 * The basis of the signer's authority: the decision of UBND tỉnh on the functions of the body that
 * forms the team (its number is the province's; left blank for the văn thư to fill in).
 */
export function authorityBasis(agencyName: string): string {
  return `Căn cứ Quyết định số ……/QĐ-UBND ngày …… của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của ${agencyName.replace(/UBND/g, 'Ủy ban nhân dân')}`;
}

/**
 * The forming decision of a team from what kiemtra stores: the lead agency issues it under the
 * province, with the number, date and signer recorded on the team, the plan's decision as its
 * ground, the members in their roles and the duties of seed V.1 (V.2 for the thematic team).
 */
export function teamDecisionSource(
  team: TeamRecord,
  plan: PlanForPlanning,
  letterheads: PlanLetterheads,
): TeamDecisionInput {
  const agency = letterheads.unit(team.leadAgencyId);
  const thematic = team.kind === 'thematic_tthc';
  return {
    frame: {
      issuer: { parent: letterheads.provinceLine, name: agency.name },
      reference: parseReference(team.decisionNumber ?? '', `QĐ-${agency.abbreviation}`),
      place: letterheads.place,
      date: team.decisionDate,
      draftYear: plan.year,
      recipients: ['Như Điều 3', 'Ủy ban nhân dân tỉnh (b/c)', 'Các cơ quan, đơn vị được kiểm tra'],
      // The drafting units of the seed: Phòng CCHC of Sở Nội vụ; KSTT of Văn phòng UBND tỉnh ("Lưu: VT, KSTT").
      archive: thematic ? 'VT, KSTT' : 'VT, CCHC',
      signer: {
        title: team.decisionSignerTitle ?? 'THỦ TRƯỞNG CƠ QUAN',
        name: team.decisionSignerName ?? '(Ký, ghi rõ họ tên)',
      },
    },
    authority: authorityLine(team, agency.name),
    legalBases: [authorityBasis(agency.name), `Căn cứ ${planDecisionText(plan)}`],
    // The drafting unit proposes (Mẫu 1.2): Phòng CCHC of Sở Nội vụ, Phòng KSTT of Văn phòng UBND tỉnh.
    proposal: thematic
      ? 'Theo đề nghị của Trưởng phòng Kiểm soát thủ tục hành chính'
      : 'Theo đề nghị của Trưởng phòng Cải cách hành chính',
    team: {
      name: team.name,
      members: team.members.map((m) => ({
        fullName: m.fullName,
        position: m.position ?? '',
        agency: m.agencyName,
        role: m.role,
      })),
    },
    duties: [
      thematic
        ? `Kiểm tra chuyên đề công tác giải quyết thủ tục hành chính tại các cơ quan, đơn vị, địa phương theo ${plan.title}`
        : `Kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị, địa phương theo ${plan.title}`,
      'Thông báo kết luận kiểm tra đến các cơ quan, đơn vị, địa phương được kiểm tra; theo dõi việc khắc phục tồn tại, hạn chế sau kiểm tra',
      'Tổng hợp, báo cáo Ủy ban nhân dân tỉnh kết quả kiểm tra',
      'Trưởng đoàn phân công nhiệm vụ cho các thành viên; Đoàn kiểm tra tự giải thể sau khi hoàn thành nhiệm vụ',
    ],
    implementers: `${officeHeadOf(agency.name)}, ${thematic ? 'Trưởng phòng Kiểm soát thủ tục hành chính' : 'Trưởng phòng Cải cách hành chính'}, Thủ trưởng các cơ quan, đơn vị có liên quan và các ông, bà có tên tại Điều 1`,
  };
}
