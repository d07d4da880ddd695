import { DEFAULT_DEADLINE_RULES_2024 } from '../calendar/deadline-rules.js';
import { parseIsoDate } from '../calendar/local-date.js';
import { OFFICIAL_SCHEDULES } from '../calendar/official-schedules.js';
import { buildCalendar } from '../calendar/working-calendar.js';
import { type OrgUnitVersion, type ParentLink, treeAsAt } from '../org/org-unit.js';
import type { Plan } from './plan-model.js';

/** Test data only: a slice of Bình Định in 2024 and of Gia Lai after the 2025 reform. */
export const calendar2024 = buildCalendar({ schedules: OFFICIAL_SCHEDULES, fromYear: 2020, toYear: 2030 });
export const d = parseIsoDate;

const always = { validFrom: '1976-01-01', validTo: null };
const until2025: { validFrom: string; validTo: string | null } = {
  validFrom: '1976-01-01',
  validTo: '2025-06-30',
};

export const orgUnits: OrgUnitVersion[] = [
  { id: 'bd', name: 'Tỉnh Bình Định', kind: 'province', ...until2025 },
  { id: 'gl', name: 'Tỉnh Gia Lai', kind: 'province', validFrom: '2025-07-01', validTo: null },
  { id: 'snv', name: 'Sở Nội vụ', kind: 'department', ...always },
  { id: 'sct', name: 'Sở Công Thương', kind: 'department', ...always },
  { id: 'stnmt', name: 'Sở Tài nguyên và Môi trường', kind: 'department', ...until2025 },
  { id: 'vpdkdd', name: 'Văn phòng Đăng ký đất đai tỉnh', kind: 'other', ...until2025 },
  { id: 'cn-ts', name: 'Chi nhánh Văn phòng Đăng ký đất đai huyện Tây Sơn', kind: 'other', ...until2025 },
  { id: 'hq', name: 'Cục Hải quan Bình Định', kind: 'central_agency', ...until2025 },
  { id: 'ts', name: 'Huyện Tây Sơn', kind: 'district', ...until2025 },
  { id: 'pc', name: 'Huyện Phù Cát', kind: 'district', ...until2025 },
  { id: 'bt', name: 'Xã Bình Tường', kind: 'commune', ...always },
  { id: 'tg', name: 'Xã Tây Giang', kind: 'commune', ...always },
  { id: 'bth', name: 'Xã Bình Thành', kind: 'commune', ...always },
  { id: 'ta', name: 'Xã Tây An', kind: 'commune', ...always },
  { id: 'pnv-ts', name: 'Phòng Nội vụ huyện Tây Sơn', kind: 'other', ...until2025 },
  { id: 'ch', name: 'Xã Cát Hanh', kind: 'commune', ...always },
  { id: 'ct', name: 'Xã Cát Tân', kind: 'commune', ...always },
];

const link = (orgUnitId: string, parentId: string, period = until2025): ParentLink => ({
  orgUnitId,
  parentId,
  ...period,
});
const after2025 = { validFrom: '2025-07-01', validTo: null };

export const parentLinks: ParentLink[] = [
  link('snv', 'bd'),
  link('sct', 'bd'),
  link('stnmt', 'bd'),
  link('vpdkdd', 'stnmt'),
  link('cn-ts', 'vpdkdd'),
  link('hq', 'bd'),
  link('ts', 'bd'),
  link('pc', 'bd'),
  ...['bt', 'tg', 'bth', 'ta', 'pnv-ts'].map((id) => link(id, 'ts')),
  ...['ch', 'ct'].map((id) => link(id, 'pc')),
  ...['snv', 'sct', 'bt', 'tg', 'bth', 'ta', 'ch', 'ct'].map((id) => link(id, 'gl', after2025)),
];

export const tree2024 = treeAsAt(orgUnits, parentLinks, '2024-04-01');
export const tree2026 = treeAsAt(orgUnits, parentLinks, '2026-04-01');

/** The seed plan as drafted, its decision not yet numbered. */
export function makePlan(overrides: Partial<Plan> = {}): Plan {
  return {
    status: 'draft',
    year: 2024,
    title: 'Kế hoạch kiểm tra công tác cải cách hành chính tỉnh Bình Định năm 2024',
    decision: {
      number: '',
      date: d('2024-04-01'),
      signerName: 'Lâm Hải Giang',
      signerTitle: 'KT. CHỦ TỊCH PHÓ CHỦ TỊCH',
    },
    window: { start: d('2024-04-01'), end: d('2024-09-30') },
    purposes: ['Tăng cường kỷ luật, kỷ cương trong tổ chức thực hiện công tác CCHC'],
    requirements: ['Tránh trùng lặp, chồng chéo trong hoạt động kiểm tra'],
    contentAreas: ['Công tác chỉ đạo, điều hành', 'Cải cách thể chế'],
    thematicTopics: ['Công tác giải quyết thủ tục hành chính'],
    forms: ['on_site', 'desk'],
    expectedTargetCount: 22,
    subUnitBounds: { min: 2, max: 3 },
    deadlineRules: DEFAULT_DEADLINE_RULES_2024,
    reading: 'A',
    templateRef: 'de-cuong-2024',
    targets: [
      {
        unitId: 'ts',
        unitName: 'Huyện Tây Sơn',
        kind: 'comprehensive',
        group: 'district_comprehensive',
        subUnits: [
          { id: 'bt', name: 'Xã Bình Tường' },
          { id: 'tg', name: 'Xã Tây Giang' },
        ],
        teamId: 'team-1',
      },
    ],
    ...overrides,
  };
}
