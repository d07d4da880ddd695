import { MINUTES_ATTENDEE_ROLE_LABELS, MINUTES_ATTENDEE_ROLES, TEAM_SIDE_ROLES, z } from '@kiemtra/domain';
import { TEXT_WIDTH_TWIPS } from '../layout/decree30-format.js';
import { frameSchema, isoDateSchema, requiredText, signerSchema } from '../layout/frame-schema.js';
import { packOfficialDocument, recipientsBlock, signatureBlock } from '../layout/official-document.js';
import { columns, layoutTable } from '../layout/tables.js';
import { body, gap, heading, run } from '../layout/text.js';
import { longDate } from '../layout/vietnamese-dates.js';

const time = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Giờ phải có dạng hh:mm, ví dụ 08:00.' });

export const minutesDocumentSchema = z.object({
  frame: frameSchema,
  unitName: requiredText('Hãy nhập tên cơ quan, đơn vị được kiểm tra.'),
  teamName: requiredText('Hãy nhập tên Đoàn kiểm tra.'),
  date: isoDateSchema,
  /** Not recorded by the portal's minutes: left as dots for the secretary to write in by hand. */
  startTime: time.optional(),
  endTime: time.optional(),
  place: requiredText('Hãy nhập địa điểm làm việc.'),
  attendees: z
    .array(
      z.object({
        name: requiredText('Hãy nhập họ và tên người tham dự.'),
        position: z.string().trim().default(''),
        organisation: requiredText('Hãy nhập cơ quan, đơn vị của người tham dự.'),
        role: z.enum(MINUTES_ATTENDEE_ROLES, { error: 'Thành phần tham dự không hợp lệ.' }),
      }),
    )
    .min(1, { error: 'Hãy nhập thành phần tham dự.' }),
  agenda: z.array(
    z.object({ title: requiredText('Hãy nhập nội dung làm việc.'), notes: z.string().trim().default('') }),
  ),
  discussion: z.string().trim().default(''),
  leaderConclusion: z.string().trim().default(''),
  /** Who chairs (the team leader) and who records (the team's secretary): they sign (Mẫu 1.9). */
  chair: signerSchema,
  secretary: signerSchema,
  /** The inspected unit's representative, who signs too. */
  unitRepresentative: signerSchema,
});
export type MinutesDocumentInput = z.input<typeof minutesDocumentSchema>;

const clock = (hhmm: string | undefined) => {
  if (hhmm === undefined) return '…… giờ ……';
  const [h, m] = hhmm.split(':');
  return `${h} giờ ${m}`;
};

/**
 * The minutes of the working session (Biên bản, Mẫu 1.9): start time and place, who attended on
 * each side, who chaired and who recorded, the agenda of seed III.2.c with its notes, the
 * discussion and the leader's conclusion, the closing time; signed by the unit, the secretary and
 * the chair.
 * @example await minutesDocx({ frame, unitName: 'Sở Công Thương', date: '2024-05-09', startTime: '08:00', … })
 */
export async function minutesDocx(input: MinutesDocumentInput): Promise<Uint8Array> {
  const d = minutesDocumentSchema.parse(input);
  const team = d.attendees.filter((a) => TEAM_SIDE_ROLES.includes(a.role) || a.role === 'press');
  const unit = d.attendees.filter((a) => !TEAM_SIDE_ROLES.includes(a.role) && a.role !== 'press');
  // As a secretary writes it: name, then position with the agency unless the position names it.
  const person = (a: (typeof d.attendees)[number]) => {
    const office = !a.position
      ? a.organisation
      : a.position.includes(a.organisation)
        ? a.position
        : `${a.position} ${a.organisation}`;
    const role = TEAM_SIDE_ROLES.includes(a.role) ? ` – ${MINUTES_ATTENDEE_ROLE_LABELS[a.role]}` : '';
    return body(`- ${a.name}, ${office}${role};`);
  };
  const [left, right] = columns(TEXT_WIDTH_TWIPS, [50, 50]) as [number, number];
  return packOfficialDocument({
    frame: d.frame,
    kind: 'BIÊN BẢN',
    summary: `Làm việc của ${d.teamName}\ntại ${d.unitName}`,
    title: `Biên bản làm việc tại ${d.unitName}`,
    body: [
      body(`Thời gian bắt đầu: ${clock(d.startTime)}, ${longDate(d.date)}.`),
      body(`Địa điểm: ${d.place}.`),
      heading('Thành phần tham dự:'),
      body([run('1. Đoàn kiểm tra:', { italics: true })], { keepNext: true }),
      ...team.map(person),
      body([run(`2. ${d.unitName}:`, { italics: true })], { keepNext: true }),
      ...unit.map(person),
      body(`Chủ trì: ${d.chair.name}, ${d.chair.title.split('\n').join(' ')}.`),
      body(`Thư ký (người ghi biên bản): ${d.secretary.name}, ${d.secretary.title.split('\n').join(' ')}.`),
      heading('Nội dung:'),
      // An item with nothing noted under it is a line of the agenda, not an empty heading.
      ...d.agenda.flatMap((item, i) =>
        item.notes
          ? [heading(`${i + 1}. ${item.title}`), ...item.notes.split(/\n+/).map((n) => body(n))]
          : [body(`${i + 1}. ${item.title.replace(/[.;:]$/, '')}.`)],
      ),
      ...(d.discussion
        ? [heading('Ý kiến trao đổi, thảo luận:'), ...d.discussion.split(/\n+/).map((p) => body(p))]
        : []),
      ...(d.leaderConclusion
        ? [
            heading('Kết luận của Trưởng đoàn kiểm tra:'),
            ...d.leaderConclusion.split(/\n+/).map((p) => body(p)),
          ]
        : []),
    ],
    closing: `Cuộc họp kết thúc vào ${clock(d.endTime)} cùng ngày, nội dung cuộc họp đã được các thành viên dự họp thông qua và cùng ký vào biên bản./.`,
    // One row that never splits: the three signatures and Nơi nhận stay together on one page.
    footer: [
      layoutTable(
        [left, right],
        [
          [
            ...signatureBlock({
              title: `ĐẠI DIỆN ${d.unitName}\n${d.unitRepresentative.title}`,
              name: d.unitRepresentative.name,
            }),
            gap(12),
            ...recipientsBlock(d.frame),
          ],
          [
            ...signatureBlock({ title: `ĐẠI DIỆN ĐOÀN KIỂM TRA\n${d.chair.title}`, name: d.chair.name }),
            gap(12),
            ...signatureBlock({ title: `NGƯỜI GHI BIÊN BẢN\n${d.secretary.title}`, name: d.secretary.name }),
          ],
        ],
      ),
    ],
  });
}
