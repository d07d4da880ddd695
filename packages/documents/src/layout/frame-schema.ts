import { z } from '@kiemtra/domain';

const text = (missing: string) => z.string({ error: missing }).trim().min(1, { error: missing });

/** yyyy-mm-dd, a real calendar date. */
export const isoDateSchema = z
  .string({ error: 'Ngày phải có dạng yyyy-mm-dd.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Ngày phải có dạng yyyy-mm-dd, ví dụ 2024-05-07.' })
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      error: 'Ngày không có thật trên lịch; hãy kiểm tra lại ngày, tháng.',
    },
  );

/** The issuing body under its direct parent (ô 2): "UBND TỈNH BÌNH ĐỊNH" / "SỞ NỘI VỤ". */
export const issuerSchema = z.object({
  parent: z.string({ error: 'Tên cơ quan chủ quản phải là chuỗi ký tự.' }).trim().default(''),
  name: text('Hãy nhập tên cơ quan, tổ chức ban hành văn bản.'),
});

/** "Số: 68/QĐ-SNV" (ô 3); a draft has no number yet. */
export const referenceSchema = z.object({
  number: z.string().trim().regex(/^\d+$/, { error: 'Số văn bản chỉ gồm chữ số, ví dụ 68.' }).nullable(),
  symbol: z
    .string({ error: 'Hãy nhập ký hiệu văn bản, ví dụ QĐ-SNV.' })
    .trim()
    .regex(/^[\p{Lu}\d]+(?:-[\p{Lu}\d]+)*$/u, {
      error: 'Ký hiệu văn bản viết hoa, các nhóm cách nhau bằng dấu gạch nối, ví dụ QĐ-SNV hoặc TB-ĐKT.',
    }),
});

/** Authority, title and name of the signer (ô 7a, 7b): "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Trần Quốc Bảo". */
export const signerSchema = z.object({
  title: text('Hãy nhập quyền hạn, chức vụ của người ký.'),
  name: text('Hãy nhập họ và tên người ký.'),
});

/**
 * What every document of Decree 30 carries around its body: issuer, number, place and date,
 * recipients (Nơi nhận, the last line "Lưu: VT, <unit>."), signer.
 */
export const frameSchema = z.object({
  issuer: issuerSchema,
  reference: referenceSchema,
  /** The official name of the place where the issuer sits: "Bình Định". */
  place: text('Hãy nhập địa danh nơi ban hành văn bản.'),
  /** Null for a draft not yet dated. */
  date: isoDateSchema.nullable(),
  /** The year printed on an undated draft. */
  draftYear: z.number().int().min(1900).max(2100).optional(),
  recipients: z.array(text('Nơi nhận không được để trống.'), { error: 'Nơi nhận phải là một danh sách.' }),
  /** The archive line: "VT, CCHC" gives "- Lưu: VT, CCHC." */
  archive: text('Hãy nhập nơi lưu văn bản, ví dụ VT, CCHC.'),
  signer: signerSchema,
});
export type FrameInput = z.input<typeof frameSchema>;
export type Frame = z.output<typeof frameSchema>;

export { text as requiredText };
