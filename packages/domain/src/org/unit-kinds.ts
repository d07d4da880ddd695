import type { IsoDate, OrgUnitKind } from './org-unit.js';

/**
 * The day the two-level local government starts (Resolution 202/2025/QH15 and the Law on the
 * Organisation of Local Government 72/2025/QH15): no district level, communes are xã, phường or
 * đặc khu, and there are no more thị trấn.
 */
export const TWO_LEVEL_GOVERNMENT_FROM: IsoDate = '2025-07-01';
const LAST_DAY_OF_THREE_LEVELS: IsoDate = '2025-06-30';

/** A name or a kind that holds over a period; null ends are open. */
export interface Validity {
  validFrom: IsoDate | null;
  validTo: IsoDate | null;
}

const holdsOn = (v: Validity, date: IsoDate) =>
  (v.validFrom === null || v.validFrom <= date) && (v.validTo === null || date <= v.validTo);

interface KindVersion extends Validity {
  label: string;
}

/**
 * What each kind was called over time. A kind with no version holding on a date did not exist
 * then (districts end on 30/06/2025).
 */
export const ORG_UNIT_KIND_VERSIONS: Record<OrgUnitKind, readonly KindVersion[]> = {
  province: [{ label: 'Tỉnh, thành phố trực thuộc Trung ương', validFrom: null, validTo: null }],
  department: [{ label: 'Sở, ban, ngành thuộc tỉnh', validFrom: null, validTo: null }],
  central_agency: [{ label: 'Cơ quan Trung ương đóng trên địa bàn tỉnh', validFrom: null, validTo: null }],
  district: [{ label: 'Huyện, thị xã, thành phố', validFrom: null, validTo: LAST_DAY_OF_THREE_LEVELS }],
  commune: [
    { label: 'Xã, phường, thị trấn', validFrom: null, validTo: LAST_DAY_OF_THREE_LEVELS },
    { label: 'Xã, phường, đặc khu', validFrom: TWO_LEVEL_GOVERNMENT_FROM, validTo: null },
  ],
  other: [{ label: 'Đơn vị khác', validFrom: null, validTo: null }],
};

/**
 * The kind's name as at a date; after the kind ended, its last name (a 2024 district stays a
 * "Huyện, thị xã, thành phố" when the 2024 plan is read in 2027).
 * @example orgUnitKindLabel('commune', '2024-06-01') // 'Xã, phường, thị trấn'
 * @example orgUnitKindLabel('commune', '2025-07-01') // 'Xã, phường, đặc khu'
 */
export function orgUnitKindLabel(kind: OrgUnitKind, date: IsoDate): string {
  const versions = ORG_UNIT_KIND_VERSIONS[kind];
  const holding = versions.find((v) => holdsOn(v, date));
  if (holding) return holding.label;
  const before = versions.filter((v) => v.validTo !== null && v.validTo < date);
  return (before.at(-1) ?? versions[0])?.label ?? kind;
}

/** Whether a unit of this kind can exist on the date (a district cannot be created in 2026). */
export const kindExistsOn = (kind: OrgUnitKind, date: IsoDate): boolean =>
  ORG_UNIT_KIND_VERSIONS[kind].some((v) => holdsOn(v, date));

/** The kinds a unit may be created as on a date. */
export const kindsOn = (date: IsoDate): OrgUnitKind[] =>
  (Object.keys(ORG_UNIT_KIND_VERSIONS) as OrgUnitKind[]).filter((k) => kindExistsOn(k, date));

/** The type of a commune-level unit, each with its own validity: thị trấn until 30/06/2025, đặc khu from 01/07/2025. */
export const COMMUNE_TYPES = ['xa', 'phuong', 'thi_tran', 'dac_khu'] as const;
export type CommuneType = (typeof COMMUNE_TYPES)[number];

export const COMMUNE_TYPE_VERSIONS: Record<CommuneType, KindVersion> = {
  xa: { label: 'Xã', validFrom: null, validTo: null },
  phuong: { label: 'Phường', validFrom: null, validTo: null },
  thi_tran: { label: 'Thị trấn', validFrom: null, validTo: LAST_DAY_OF_THREE_LEVELS },
  dac_khu: { label: 'Đặc khu', validFrom: TWO_LEVEL_GOVERNMENT_FROM, validTo: null },
};

export const communeTypeExistsOn = (type: CommuneType, date: IsoDate): boolean =>
  holdsOn(COMMUNE_TYPE_VERSIONS[type], date);

/** The commune types a unit may be created as on a date, in the order of the list. */
export const communeTypesOn = (date: IsoDate): CommuneType[] =>
  COMMUNE_TYPES.filter((t) => communeTypeExistsOn(t, date));

const COMMUNE_TYPE_WORDS: readonly (readonly [RegExp, CommuneType])[] = [
  [/(^|\s)thị trấn\s/iu, 'thi_tran'],
  [/(^|\s)đặc khu\s/iu, 'dac_khu'],
  [/(^|\s)phường\s/iu, 'phuong'],
  [/(^|\s)xã\s/iu, 'xa'],
];

/**
 * The commune type a name states ("Ủy ban nhân dân thị trấn Phú Phong" is a thị trấn), or null
 * when the name does not say.
 * @example communeTypeFromName('UBND phường Quy Nhơn') // 'phuong'
 */
export function communeTypeFromName(name: string): CommuneType | null {
  const text = name.normalize('NFC');
  return COMMUNE_TYPE_WORDS.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

/** The commune type as typed in a form or a spreadsheet ("Xã", "đặc khu", "thi_tran"), or null. */
export function communeTypeFromText(text: string): CommuneType | null {
  const key = text.normalize('NFC').trim().toLocaleLowerCase('vi');
  return (
    COMMUNE_TYPES.find((t) => t === key || COMMUNE_TYPE_VERSIONS[t].label.toLocaleLowerCase('vi') === key) ??
    null
  );
}
