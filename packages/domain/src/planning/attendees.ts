import type { OrgUnitKind } from '../org/org-unit.js';

/** One attendee from the inspected side, proposed to the team leader (seed IV.2). */
export interface ProposedAttendee {
  role: string;
  unitName: string;
}

const LAND_REGISTRATION_OFFICE = 'Văn phòng Đăng ký đất đai tỉnh';

/**
 * Who attends from the inspected side, by the kind of unit (seed IV.2): always the head, the
 * heads of the sub-units concerned and the CCHC officers; for a commune also the district's
 * HĐND–UBND office and Phòng Nội vụ; for a land-registration branch also the provincial Land
 * Registration Office.
 * @example proposeAttendees({ unit: binhTuong, parent: taySon, landRegistrationOffice: null }).length // 5
 */
export function proposeAttendees(input: {
  unit: { name: string; kind: OrgUnitKind; isLandRegistrationBranch?: boolean };
  parent: { name: string; kind: OrgUnitKind } | null;
  landRegistrationOffice: { name: string } | null;
}): ProposedAttendee[] {
  const { unit, parent } = input;
  const list: ProposedAttendee[] = [
    { role: 'Người đứng đầu cơ quan, đơn vị được kiểm tra', unitName: unit.name },
    {
      role: 'Người đứng đầu các cơ quan, đơn vị thuộc và trực thuộc có liên quan đến nội dung kiểm tra',
      unitName: unit.name,
    },
    {
      role: 'Công chức, viên chức được giao nhiệm vụ theo dõi, tham mưu công tác CCHC',
      unitName: unit.name,
    },
  ];
  // After 1/7/2025 a commune hangs under the province: there is no district office to invite.
  if (unit.kind === 'commune' && parent?.kind === 'district') {
    list.push(
      { role: 'Lãnh đạo Văn phòng HĐND và UBND cấp huyện', unitName: parent.name },
      { role: 'Phòng Nội vụ cấp huyện', unitName: parent.name },
    );
  }
  if (unit.isLandRegistrationBranch === true) {
    list.push({
      role: 'Lãnh đạo Văn phòng Đăng ký đất đai tỉnh',
      unitName: input.landRegistrationOffice?.name ?? LAND_REGISTRATION_OFFICE,
    });
  }
  return list;
}
