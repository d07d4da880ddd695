import { TEAM_MEMBER_ROLE_LABELS, TEAM_MEMBER_ROLES, z } from '@kiemtra/domain';
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

const datesText = (dates: readonly string[]) =>
  dates.length === 0 ? 'Sẽ thông báo sau' : [...dates].sort().map(shortDate).join(', ');

/**
 * The schedule notice (Thông báo lịch kiểm tra, seed III.2.a; Mẫu 1.4) for one unit or for a
 * whole round: a table of units, dates, places and who attends, then what is inspected, the team
 * and what the unit must send by when.
 * @example await scheduleNoticeDocx({ frame, subject: 'tại Sở Công Thương', grounds, teamName, visits: [visit], … })
 */
export async function scheduleNoticeDocx(input: ScheduleNoticeInput): Promise<Uint8Array> {
  const d = scheduleNoticeSchema.parse(input);
  const widths = columns(TEXT_WIDTH_TWIPS, [8, 26, 16, 21, 29]);
  const members = d.teamMembers.filter((m) => m.role !== 'press');
  let section = 0;
  const next = () => {
    section += 1;
    return section;
  };
  return packOfficialDocument({
    frame: d.frame,
    kind: 'THÔNG BÁO',
    summary: `Lịch kiểm tra công tác cải cách hành chính ${d.subject}`,
    title: `Thông báo lịch kiểm tra công tác cải cách hành chính ${d.subject}`,
    body: [
      body(`Thực hiện ${d.grounds.join('; ')}, ${d.teamName} thông báo lịch kiểm tra như sau:`),
      heading(`${next()}. Thời gian, địa điểm và thành phần làm việc`),
      ...tableBlock(
        widths,
        ['STT', 'Cơ quan, đơn vị được kiểm tra', 'Thời gian', 'Địa điểm', 'Thành phần làm việc của đơn vị'],
        d.visits.map((v, i) => [
          String(i + 1),
          v.unitName,
          `${datesText(v.dates)}${v.reportDueDate ? `\n(gửi báo cáo chậm nhất ngày ${shortDate(v.reportDueDate)})` : ''}`,
          v.place || 'Trụ sở cơ quan, đơn vị',
          v.attendees.length > 0 ? v.attendees.map((a) => `- ${a}`).join('\n') : '',
        ]),
      ),
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
    closing: `Trên đây là Thông báo lịch kiểm tra của ${d.teamName}./.`,
  });
}
