import { isoDateSchema } from '../validation/common.js';
import { safeString } from '../validation/safe-text.js';
import { z } from '../validation/zod-vi.js';

const text = (label: string, max: number) =>
  safeString(`Hãy nhập ${label}.`)
    .trim()
    .min(1, { error: `Hãy nhập ${label}.` })
    .max(max, { error: `${label[0]?.toUpperCase()}${label.slice(1)} dài tối đa ${max} ký tự.` });

const optionalText = (label: string, max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    text(label, max).optional(),
  );

/** What `pnpm kiemtra setup` asks: the province, its bodies and its first system administrator. */
export const provinceSetupInput = z.object({
  code: safeString('Hãy nhập mã tỉnh.')
    .trim()
    .regex(/^[a-z][a-z0-9-]{1,39}$/, {
      error: 'Mã tỉnh gồm chữ thường không dấu, chữ số và dấu gạch ngang (2–40 ký tự), ví dụ quang-tri.',
    }),
  name: text('tên tỉnh', 120).regex(/^(Tỉnh|Thành phố)\s+\S/u, {
    error: 'Tên tỉnh bắt đầu bằng "Tỉnh" hoặc "Thành phố", ví dụ Tỉnh Quảng Trị.',
  }),
  /** ô 4 of every document: "Quảng Trị". Read from the name when not given. */
  placeName: optionalText('địa danh ghi trên văn bản', 80),
  /** The root unit, which issues the plans: "Ủy ban nhân dân tỉnh Quảng Trị" when not given. */
  committeeName: optionalText('tên Ủy ban nhân dân tỉnh', 160),
  /** Where the system administrator sits and the plans are prepared: "Sở Nội vụ" when not given. */
  homeAffairsName: optionalText('tên Sở Nội vụ', 160),
  /** The day the register starts from (the units' first day). */
  validFrom: isoDateSchema,
  admin: z.object({
    username: safeString('Hãy nhập tên đăng nhập.')
      .trim()
      .regex(/^[a-z0-9][a-z0-9._-]{2,99}$/, {
        error:
          'Tên đăng nhập gồm chữ thường không dấu, chữ số, dấu chấm, gạch ngang (3–100 ký tự), ví dụ quantri.',
      }),
    fullName: text('họ và tên của quản trị hệ thống', 120),
    position: optionalText('chức vụ', 120),
  }),
});
export type ProvinceSetupInput = z.input<typeof provinceSetupInput>;
export type ParsedProvinceSetup = z.output<typeof provinceSetupInput>;

export interface ProvinceSetup {
  tenant: { id: string; name: string; placeName: string };
  committee: { name: string; shortName: string };
  homeAffairs: { name: string; shortName: string };
  validFrom: string;
  admin: { username: string; fullName: string; position: string | null };
}

const lowerFirst = (s: string) => `${s[0]?.toLocaleLowerCase('vi') ?? ''}${s.slice(1)}`;

/**
 * The province as the set-up stores it, its defaults filled: the place is the name without
 * "Tỉnh"/"Thành phố", the committee "Ủy ban nhân dân tỉnh …", the home-affairs body "Sở Nội vụ".
 * @example provinceSetupOf({ code: 'quang-tri', name: 'Tỉnh Quảng Trị', validFrom: '2025-07-01', admin: … }).committee.name
 * // 'Ủy ban nhân dân tỉnh Quảng Trị'
 */
export function provinceSetupOf(input: ParsedProvinceSetup): ProvinceSetup {
  const place = input.placeName ?? input.name.replace(/^(Tỉnh|Thành phố)\s+/u, '');
  const committee = input.committeeName ?? `Ủy ban nhân dân ${lowerFirst(input.name)}`;
  return {
    tenant: { id: input.code, name: input.name, placeName: place },
    committee: { name: committee, shortName: committee.replace(/^Ủy ban nhân dân/u, 'UBND') },
    homeAffairs: { name: input.homeAffairsName ?? 'Sở Nội vụ', shortName: 'SNV' },
    validFrom: input.validFrom,
    admin: {
      username: input.admin.username,
      fullName: input.admin.fullName,
      position: input.admin.position ?? null,
    },
  };
}
