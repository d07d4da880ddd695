import { safeString } from '../validation/safe-text.js';
import { z } from '../validation/zod-vi.js';
import { type FindingArea, findingAreaSchema } from './content-areas.js';

/** What the team found: achievements, shortcomings and limitations, violations (seed I.1, I.2). */
export const FINDING_KINDS = ['achievement', 'shortcoming', 'violation'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];
export const FINDING_KIND_LABELS: Record<FindingKind, string> = {
  achievement: 'Mặt đạt được',
  shortcoming: 'Tồn tại, hạn chế',
  violation: 'Vi phạm',
};

/** How serious a violation is; the seed is silent, these three are the team's scale. */
export const VIOLATION_SEVERITIES = ['minor', 'serious', 'very_serious'] as const;
export type ViolationSeverity = (typeof VIOLATION_SEVERITIES)[number];
export const VIOLATION_SEVERITY_LABELS: Record<ViolationSeverity, string> = {
  minor: 'Ít nghiêm trọng',
  serious: 'Nghiêm trọng',
  very_serious: 'Rất nghiêm trọng',
};

/** Whose responsibility: a named person or a named collective (seed I.2). */
export const RESPONSIBLE_KINDS = ['individual', 'collective'] as const;
export type ResponsibleKind = (typeof RESPONSIBLE_KINDS)[number];
export const RESPONSIBLE_KIND_LABELS: Record<ResponsibleKind, string> = {
  individual: 'Cá nhân',
  collective: 'Tập thể',
};

const text = (missing: string, max = 4000) =>
  safeString(missing)
    .trim()
    .min(1, { error: missing })
    .max(max, { error: `Nội dung dài tối đa ${max} ký tự.` });

export const responsibilitySchema = z.object({
  holderKind: z.enum(RESPONSIBLE_KINDS, { error: 'Hãy chọn trách nhiệm của cá nhân hay tập thể.' }),
  /** 'Ông Nguyễn Văn A, Chánh Văn phòng' or 'Phòng Tư pháp huyện'. */
  holder: text('Hãy nhập tên cá nhân hoặc tập thể chịu trách nhiệm.').max(300, {
    error: 'Tên cá nhân, tập thể chịu trách nhiệm dài tối đa 300 ký tự.',
  }),
  /** What they are responsible for, in the conclusion's words. */
  description: z
    .string({ error: 'Nội dung trách nhiệm phải là chuỗi ký tự.' })
    .trim()
    .max(4000, { error: 'Nội dung trách nhiệm dài tối đa 4000 ký tự.' })
    .default(''),
});
export type Responsibility = z.output<typeof responsibilitySchema>;

/** The most persons and collectives one finding holds responsible. */
export const MAX_RESPONSIBILITIES = 50;

const common = {
  id: text('Thiếu mã phát hiện.'),
  area: findingAreaSchema,
  description: text('Hãy nhập nội dung đánh giá.'),
};
// Drafts may lack the responsibility while the team writes; the conclusion refuses them (conclusion.ts).
const responsibilities = z
  .array(responsibilitySchema, { error: 'Danh sách trách nhiệm không hợp lệ.' })
  .max(MAX_RESPONSIBILITIES, {
    error: `Một phát hiện có tối đa ${MAX_RESPONSIBILITIES} cá nhân, tập thể chịu trách nhiệm.`,
  })
  .default([]);

/** zod schema of one finding; a violation carries its severity. */
export const findingSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ ...common, kind: z.literal('achievement') }),
    z.object({ ...common, kind: z.literal('shortcoming'), responsibilities }),
    z.object({
      ...common,
      kind: z.literal('violation'),
      severity: z.enum(VIOLATION_SEVERITIES, {
        error: 'Hãy chọn mức độ vi phạm: ít nghiêm trọng, nghiêm trọng hoặc rất nghiêm trọng.',
      }),
      responsibilities,
    }),
  ],
  { error: 'Loại phát hiện phải là mặt đạt được, tồn tại, hạn chế hoặc vi phạm.' },
);
export type FindingInput = z.input<typeof findingSchema>;
export type Finding = z.output<typeof findingSchema>;

/** The smallest view of a finding the rules below need. */
export interface FindingFacts {
  id: string;
  area: FindingArea;
  kind: FindingKind;
  description: string;
  responsibilities?: readonly { holder: string }[];
}

/**
 * Whether a finding must name who is responsible: every shortcoming and violation (seed I.2:
 * "đối với các hạn chế, vi phạm phải làm rõ trách nhiệm của từng cá nhân, tập thể có liên quan").
 * @example needsResponsibility({ kind: 'achievement' }) // false
 */
export function needsResponsibility(finding: Pick<FindingFacts, 'kind'>): boolean {
  return finding.kind !== 'achievement';
}

/**
 * The shortcomings and violations that name no individual or collective (a blank name does not
 * count), in their order.
 * @example findingsMissingResponsibility([{ id: 'f1', kind: 'violation', responsibilities: [], … }]) // [that finding]
 */
export function findingsMissingResponsibility<F extends FindingFacts>(findings: readonly F[]): F[] {
  return findings.filter(
    (f) => needsResponsibility(f) && !(f.responsibilities ?? []).some((r) => r.holder.trim() !== ''),
  );
}
