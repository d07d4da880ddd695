import { TEAM_MEMBER_ROLE_LABELS, TEAM_MEMBER_ROLES, z } from '@kiemtra/domain';
import { frameSchema, requiredText } from '../layout/frame-schema.js';
import { packOfficialDocument } from '../layout/official-document.js';
import { body, centred, run } from '../layout/text.js';

export const teamDecisionSchema = z.object({
  frame: frameSchema,
  /** Thẩm quyền ban hành, printed above the legal bases: "GIÁM ĐỐC SỞ NỘI VỤ". */
  authority: requiredText('Hãy nhập thẩm quyền ban hành quyết định, ví dụ GIÁM ĐỐC SỞ NỘI VỤ.'),
  /** Each "Căn cứ …" line; the generator ends each with ";" and the last with ".". */
  legalBases: z.array(requiredText('Căn cứ không được để trống.')),
  proposal: z.string().trim().default(''),
  team: z.object({
    name: requiredText('Hãy nhập tên Đoàn kiểm tra.'),
    members: z
      .array(
        z.object({
          fullName: requiredText('Hãy nhập họ và tên thành viên.'),
          position: z.string().trim().default(''),
          agency: requiredText('Hãy nhập cơ quan của thành viên.'),
          role: z.enum(TEAM_MEMBER_ROLES, { error: 'Vai trò thành viên không hợp lệ.' }),
        }),
      )
      .min(1, { error: 'Đoàn kiểm tra phải có ít nhất một thành viên.' }),
  }),
  /** What the team does (Điều 2), one sentence per item. */
  duties: z
    .array(requiredText('Nhiệm vụ không được để trống.'))
    .min(1, { error: 'Hãy nêu nhiệm vụ của Đoàn kiểm tra.' }),
  /** Who carries the decision out (Điều 3), before "chịu trách nhiệm thi hành Quyết định này". */
  implementers: requiredText('Hãy nêu các cơ quan, cá nhân chịu trách nhiệm thi hành quyết định.'),
});
export type TeamDecisionInput = z.input<typeof teamDecisionSchema>;

const endWith = (text: string, mark: ';' | '.') => `${text.replace(/[;.,]\s*$/, '')}${mark}`;

/**
 * The decision forming an inspection team, Mẫu 1.2 of Decree 30 (seed V.1, V.2): the authority,
 * the legal bases in italics, "QUYẾT ĐỊNH:", Điều 1 with the members and their roles (invited
 * reporters apart, seed IV.1), Điều 2 the duties, Điều 3 who carries it out, "./.".
 * @example await teamDecisionDocx({ frame, authority: 'GIÁM ĐỐC SỞ NỘI VỤ', legalBases, team, duties, implementers })
 */
export async function teamDecisionDocx(input: TeamDecisionInput): Promise<Uint8Array> {
  const d = teamDecisionSchema.parse(input);
  const appointed = d.team.members.filter((m) => m.role !== 'press');
  const press = d.team.members.filter((m) => m.role === 'press');
  const bases = d.legalBases.map((b, i) =>
    body([run(endWith(b, i === d.legalBases.length - 1 && !d.proposal ? '.' : ';'), { italics: true })]),
  );
  const roleOrder = (role: (typeof TEAM_MEMBER_ROLES)[number]) => TEAM_MEMBER_ROLES.indexOf(role);
  const members = [...appointed].sort((a, b) => roleOrder(a.role) - roleOrder(b.role));
  return packOfficialDocument({
    frame: d.frame,
    kind: 'QUYẾT ĐỊNH',
    summary: `Về việc thành lập ${d.team.name}`,
    title: `Quyết định thành lập ${d.team.name}`,
    body: [
      centred([run(d.authority.toUpperCase(), { bold: true })], 120),
      ...bases,
      ...(d.proposal ? [body([run(endWith(d.proposal, '.'), { italics: true })])] : []),
      centred([run('QUYẾT ĐỊNH:', { bold: true })], 120),
      body([
        run('Điều 1. ', { bold: true }),
        run(`Thành lập ${d.team.name} (sau đây gọi tắt là Đoàn kiểm tra), gồm các thành viên sau:`),
      ]),
      ...members.map((m, i) =>
        body(
          `${i + 1}. ${m.fullName}${m.position ? `, ${m.position}` : ''} – ${TEAM_MEMBER_ROLE_LABELS[m.role]}${i === members.length - 1 ? '.' : ';'}`,
        ),
      ),
      ...(press.length > 0
        ? [
            body(
              `Mời phóng viên tham gia cùng Đoàn kiểm tra để đưa tin và tuyên truyền về tình hình thực hiện nhiệm vụ cải cách hành chính: ${press.map((p) => `${p.fullName} (${p.agency})`).join('; ')}.`,
            ),
          ]
        : []),
      body([run('Điều 2. ', { bold: true }), run('Nhiệm vụ của Đoàn kiểm tra:')]),
      ...d.duties.map((duty, i) => body(`- ${endWith(duty, i === d.duties.length - 1 ? '.' : ';')}`)),
    ],
    closing: [
      run('Điều 3. ', { bold: true }),
      run(
        `Quyết định này có hiệu lực thi hành kể từ ngày ký. ${endWith(d.implementers, ';').slice(0, -1)} chịu trách nhiệm thi hành Quyết định này./.`,
      ),
    ],
  });
}
