import {
  formatVietnameseWithWeekday,
  parseIsoDate,
  TEAM_MEMBER_ROLE_LABELS,
  TEAM_MEMBER_ROLES,
  z,
} from '@kiemtra/domain';
import { TEXT_WIDTH_TWIPS } from '../layout/decree30-format.js';
import { frameSchema, isoDateSchema, requiredText } from '../layout/frame-schema.js';
import { packOfficialDocument } from '../layout/official-document.js';
import { columns, tableBlock } from '../layout/tables.js';
import { body, heading } from '../layout/text.js';
import { shortDate } from '../layout/vietnamese-dates.js';

const visitSchema = z.object({
  unitName: requiredText('Hãy nhập tên cơ quan, đơn vị được kiểm tra.'),
  /** Every on-site day, yyyy-mm-dd; empty while the dates are not set. */
  dates: z.array(isoDateSchema),
  /** When the team arrives, hh:mm, if the schedule says so. */
  startTime: z
    .string()
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Giờ phải có dạng hh:mm, ví dụ 08:00.' })
    .optional(),
  place: z.string().trim().default(''),
  /** Who attends from the unit's side (seed IV.2). */
  attendees: z.array(requiredText('Thành phần làm việc không được để trống.')).default([]),
  /** In a round's notice, each unit's own report deadline (seed III.2.b). */
  reportDueDate: isoDateSchema.optional(),
});

export const scheduleNoticeSchema = z.object({
  frame: frameSchema,
  /** The round or the unit named in the summary: "tại Sở Công Thương", "đợt 1 năm 2024". */
  subject: requiredText('Hãy nêu đơn vị hoặc đợt kiểm tra của thông báo.'),
  /** A thematic inspection of administrative procedures (seed II.2) is titled as such. */
  thematic: z.boolean().default(false),
  /** The documents the team acts under: the plan's decision, the team's forming decision. */
  grounds: z
    .array(requiredText('Căn cứ không được để trống.'))
    .min(1, { error: 'Hãy nêu căn cứ của thông báo.' }),
  teamName: requiredText('Hãy nhập tên Đoàn kiểm tra.'),
  visits: z.array(visitSchema).min(1, { error: 'Thông báo phải có ít nhất một cuộc kiểm tra.' }),
  /** The contents inspected (seed II.1): the 7 areas or the thematic topics. */
  contents: z.array(requiredText('Nội dung kiểm tra không được để trống.')).default([]),
  teamMembers: z
    .array(
      z.object({
        fullName: requiredText('Hãy nhập họ và tên thành viên.'),
        position: z.string().trim().default(''),
        role: z.enum(TEAM_MEMBER_ROLES, { error: 'Vai trò thành viên không hợp lệ.' }),
      }),
    )
    .default([]),
  /** The deadlines the notice announces (the unit's report, seed III.2.b), as computed. */
  deadlines: z
    .array(z.object({ label: requiredText('Thiếu tên thời hạn.'), dueDate: isoDateSchema }))
    .default([]),
  /** Where the unit sends its report (III.2.b names Sở Nội vụ, V.3.a the team: both). */
  reportRecipients: requiredText('Hãy nêu nơi nhận báo cáo của đơn vị.'),
});
export type ScheduleNoticeInput = z.input<typeof scheduleNoticeSchema>;

/** "08 giờ 00, Thứ Ba 07/05/2024": the hour when known, each day with its weekday. */
const whenText = (dates: readonly string[], startTime: string | undefined) => {
  if (dates.length === 0) return 'Sẽ thông báo sau';
  const days = [...dates].sort().map((d) => formatVietnameseWithWeekday(parseIsoDate(d)));
  return startTime ? `${startTime.replace(':', ' giờ ')}, ${days.join('\n')}` : days.join('\n');
};

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The schedule notice (Thông báo lịch kiểm tra, seed III.2.a; Mẫu 1.4) for one unit or for a
 * whole round: a table of units, dates, places and who attends, then what is inspected, the team
 * and what the unit must send by when.
 * @example await scheduleNoticeDocx({ frame, subject: 'tại Sở Công Thương', grounds, teamName, visits: [visit], … })
 */
export async function scheduleNoticeDocx(input: ScheduleNoticeInput): Promise<Uint8Array> {
  const d = scheduleNoticeSchema.parse(input);
  // One attendee list for every row is said once under the table, not repeated in each row.
  const firstAttendees = d.visits[0]?.attendees ?? [];
  const sharedAttendees =
    d.visits.length > 1 && d.visits.every((v) => sameList(v.attendees, firstAttendees))
      ? firstAttendees
      : null;
  const widths = sharedAttendees
    ? columns(TEXT_WIDTH_TWIPS, [8, 38, 24, 30])
    : columns(TEXT_WIDTH_TWIPS, [8, 26, 18, 20, 28]);
  const what = d.thematic
    ? 'kiểm tra chuyên đề công tác giải quyết thủ tục hành chính'
    : 'kiểm tra công tác cải cách hành chính';
  const members = d.teamMembers.filter((m) => m.role !== 'press');
  let section = 0;
  const next = () => {
    section += 1;
    return section;
  };
  return packOfficialDocument({
    frame: d.frame,
    kind: 'THÔNG BÁO',
    summary: `Lịch ${what} ${d.subject}`,
    title: `Thông báo lịch ${what} ${d.subject}`,
    body: [
      // The team is named once: in its forming decision when that is a ground, else here.
      body(
        `Thực hiện ${d.grounds.join('; ')}, ${
          d.grounds.some((g) => g.includes(d.teamName))
            ? 'Đoàn kiểm tra'
            : `${d.teamName} (sau đây gọi tắt là Đoàn kiểm tra)`
        } thông báo lịch kiểm tra như sau:`,
      ),
      heading(`${next()}. Thời gian, địa điểm và thành phần làm việc`),
      ...tableBlock(
        widths,
        [
          'STT',
          'Cơ quan, đơn vị được kiểm tra',
          'Thời gian',
          'Địa điểm',
          ...(sharedAttendees ? [] : ['Thành phần làm việc của đơn vị']),
        ],
        d.visits.map((v, i) => [
          String(i + 1),
          v.unitName,
          `${whenText(v.dates, v.startTime)}${v.reportDueDate ? `\n(gửi báo cáo chậm nhất ngày ${shortDate(v.reportDueDate)})` : ''}`,
          v.place || 'Trụ sở cơ quan, đơn vị',
          ...(sharedAttendees ? [] : [v.attendees.map((a) => `- ${a}`).join('\n')]),
        ]),
      ),
      ...(sharedAttendees && sharedAttendees.length > 0
        ? [
            body('Thành phần làm việc của mỗi cơ quan, đơn vị được kiểm tra:', { keepNext: true }),
            ...sharedAttendees.map((a, i) => body(`- ${a}${i === sharedAttendees.length - 1 ? '.' : ';'}`)),
          ]
        : []),
      ...(d.contents.length > 0
        ? [heading(`${next()}. Nội dung kiểm tra`), ...d.contents.map((c) => body(`- ${c}.`))]
        : []),
      ...(members.length > 0
        ? [
            heading(`${next()}. Thành phần Đoàn kiểm tra`),
            ...members.map((m) =>
              body(
                `- ${m.fullName}${m.position ? `, ${m.position}` : ''} – ${TEAM_MEMBER_ROLE_LABELS[m.role]}.`,
              ),
            ),
          ]
        : []),
      heading(`${next()}. Đề nghị cơ quan, đơn vị được kiểm tra`),
      body(
        `- Xây dựng báo cáo phục vụ Đoàn kiểm tra theo Đề cương báo cáo kèm theo Kế hoạch, gửi ${d.reportRecipients}${
          d.deadlines.length > 0
            ? ` (${d.deadlines.map((x) => `${x.label}: chậm nhất ngày ${shortDate(x.dueDate)}`).join('; ')})`
            : ' trước thời điểm kiểm tra 05 ngày làm việc'
        }.`,
      ),
      body(
        '- Chuẩn bị đầy đủ hồ sơ, tài liệu liên quan đến nội dung kiểm tra; bố trí thành phần làm việc với Đoàn kiểm tra theo lịch trên.',
      ),
    ],
    closing:
      'Đoàn kiểm tra thông báo để các cơ quan, đơn vị được kiểm tra biết, chuẩn bị và phối hợp thực hiện./.',
  });
}
