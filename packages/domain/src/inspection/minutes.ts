import { localDateSchema } from '../calendar/date-input.js';
import { formatVietnamese, type LocalDate } from '../calendar/local-date.js';
import { MAX_TEXT_LENGTH } from '../validation/common.js';
import { safeString } from '../validation/safe-text.js';
import { z } from '../validation/zod-vi.js';
import {
  type InspectionIssue,
  type InspectionResult,
  inspectionIssue,
  inspectionResultOf,
} from './inspection-issue.js';

export type MinutesIssueCode =
  | 'minutes_before_inspection'
  | 'minutes_unit_head_missing'
  | 'minutes_team_member_missing';

/**
 * Who sits at the table. The team's side (seed IV.1, roles as in plan/vocabulary.ts) and the
 * inspected side (seed IV.2): the head, heads of the sub-units concerned, CCHC officers; for a
 * commune the district HĐND–UBND office and Phòng Nội vụ; for a land-registration branch the
 * provincial Land Registration Office. `unit_head_standin` is whoever the head delegates.
 */
export const MINUTES_ATTENDEE_ROLES = [
  'team_leader',
  'team_deputy_leader',
  'team_member',
  'team_secretary',
  'press',
  'unit_head',
  'unit_head_standin',
  'sub_unit_head',
  'cchc_officer',
  'district_office',
  'district_home_affairs',
  'land_registration_office',
  'other',
] as const;
export type MinutesAttendeeRole = (typeof MINUTES_ATTENDEE_ROLES)[number];
export const MINUTES_ATTENDEE_ROLE_LABELS: Record<MinutesAttendeeRole, string> = {
  team_leader: 'Trưởng đoàn',
  team_deputy_leader: 'Phó Trưởng đoàn',
  team_member: 'Thành viên Đoàn kiểm tra',
  team_secretary: 'Thư ký Đoàn kiểm tra',
  press: 'Phóng viên (mời tham gia)',
  unit_head: 'Người đứng đầu cơ quan, đơn vị được kiểm tra',
  unit_head_standin: 'Người được người đứng đầu ủy quyền làm việc với Đoàn kiểm tra',
  sub_unit_head: 'Người đứng đầu cơ quan, đơn vị thuộc, trực thuộc có liên quan',
  cchc_officer: 'Công chức, viên chức theo dõi, tham mưu công tác CCHC',
  district_office: 'Lãnh đạo Văn phòng HĐND và UBND cấp huyện',
  district_home_affairs: 'Phòng Nội vụ cấp huyện',
  land_registration_office: 'Lãnh đạo Văn phòng Đăng ký đất đai tỉnh',
  other: 'Thành phần khác',
};

/** The roles that make someone a member of the team; invited press do not (seed IV.1). */
export const TEAM_SIDE_ROLES: readonly MinutesAttendeeRole[] = [
  'team_leader',
  'team_deputy_leader',
  'team_member',
  'team_secretary',
];
const UNIT_HEAD_ROLES: readonly MinutesAttendeeRole[] = ['unit_head', 'unit_head_standin'];

/** The agenda of the working session, seed III.2.c, as the minutes' default items. */
export const DEFAULT_MINUTES_AGENDA: readonly { title: string; notes: string }[] = [
  {
    title:
      'Kiểm tra thực tế việc triển khai các nội dung có liên quan đến công tác CCHC và các nội dung kiểm tra chuyên đề',
    notes: '',
  },
  {
    title:
      'Báo cáo tình hình thực hiện CCHC, báo cáo nội dung kiểm tra chuyên đề của cơ quan, đơn vị, địa phương được kiểm tra và những đề xuất, kiến nghị',
    notes: '',
  },
  {
    title: 'Lãnh đạo cơ quan, đơn vị, địa phương báo cáo những vấn đề về triển khai công tác CCHC',
    notes: '',
  },
  { title: 'Trao đổi, thảo luận những vấn đề phát hiện qua kiểm tra', notes: '' },
  { title: 'Trưởng đoàn kiểm tra kết luận', notes: '' },
];

const text = (missing: string, what: string, max: number) =>
  safeString(missing)
    .trim()
    .min(1, { error: missing })
    .max(max, { error: `${what} dài tối đa ${max} ký tự.` });
const optionalText = (wrongType: string, what: string, max: number) =>
  z
    .string({ error: wrongType })
    .trim()
    .max(max, { error: `${what} dài tối đa ${max} ký tự.` })
    .default('');

export const minutesAttendeeSchema = z.object({
  name: text('Hãy nhập họ và tên người tham dự.', 'Họ và tên người tham dự', 300),
  position: optionalText('Chức vụ phải là chuỗi ký tự.', 'Chức vụ', 200),
  organisation: text('Hãy nhập cơ quan, đơn vị của người tham dự.', 'Cơ quan, đơn vị của người tham dự', 300),
  role: z.enum(MINUTES_ATTENDEE_ROLES, { error: 'Thành phần tham dự không hợp lệ.' }),
});
export type MinutesAttendee = z.output<typeof minutesAttendeeSchema>;

/** zod schema of the minutes (biên bản) as the team writes them; dates are yyyy-mm-dd. */
export const minutesSchema = z.object({
  date: localDateSchema,
  place: text('Hãy nhập địa điểm làm việc.', 'Địa điểm làm việc', 300),
  attendees: z
    .array(minutesAttendeeSchema, { error: 'Danh sách thành phần tham dự không hợp lệ.' })
    .min(1, { error: 'Hãy nhập thành phần tham dự.' })
    .max(100, { error: 'Tối đa 100 người tham dự.' }),
  agenda: z
    .array(
      z.object({
        title: text('Hãy nhập nội dung làm việc.', 'Nội dung làm việc', 2000),
        notes: optionalText('Ghi chú phải là chuỗi ký tự.', 'Ghi chú', MAX_TEXT_LENGTH),
      }),
      { error: 'Nội dung làm việc không hợp lệ.' },
    )
    .max(50, { error: 'Tối đa 50 nội dung làm việc.' })
    .default(() => DEFAULT_MINUTES_AGENDA.map((a) => ({ ...a }))),
  discussion: optionalText('Nội dung trao đổi phải là chuỗi ký tự.', 'Nội dung trao đổi', MAX_TEXT_LENGTH),
  leaderConclusion: optionalText('Ý kiến kết luận phải là chuỗi ký tự.', 'Ý kiến kết luận', MAX_TEXT_LENGTH),
});
export type MinutesInput = z.input<typeof minutesSchema>;
export type Minutes = z.output<typeof minutesSchema>;

/**
 * Whether the minutes can stand: not dated before the first on-site day, with the unit's head (or
 * the one the head delegates) and at least one member of the team present (seed IV.1, IV.2).
 * @example checkMinutes(minutes, { firstOnSiteDay: d('2024-08-28') }) // { ok: true }
 */
export function checkMinutes(
  minutes: Pick<Minutes, 'date' | 'attendees'>,
  inspection: { firstOnSiteDay: LocalDate },
): InspectionResult<MinutesIssueCode> {
  const issues: InspectionIssue<MinutesIssueCode>[] = [];
  if (minutes.date < inspection.firstOnSiteDay) {
    issues.push(
      inspectionIssue(
        'minutes_before_inspection',
        `Ngày lập biên bản (${formatVietnamese(minutes.date)}) không được trước ngày kiểm tra đầu tiên (${formatVietnamese(inspection.firstOnSiteDay)}); hãy sửa ngày lập biên bản.`,
        { field: 'date' },
      ),
    );
  }
  if (!minutes.attendees.some((a) => UNIT_HEAD_ROLES.includes(a.role))) {
    issues.push(
      inspectionIssue(
        'minutes_unit_head_missing',
        'Biên bản phải có người đứng đầu cơ quan, đơn vị được kiểm tra hoặc người được ủy quyền tham dự; hãy bổ sung vào thành phần tham dự.',
        { field: 'attendees' },
      ),
    );
  }
  if (!minutes.attendees.some((a) => TEAM_SIDE_ROLES.includes(a.role))) {
    issues.push(
      inspectionIssue(
        'minutes_team_member_missing',
        'Biên bản phải có ít nhất một thành viên Đoàn kiểm tra tham dự; hãy bổ sung vào thành phần tham dự.',
        { field: 'attendees' },
      ),
    );
  }
  return inspectionResultOf(issues);
}
