/**
 * How an issuing body heads and signs its documents (Decree 30/2020, Phụ lục I §II.2–3, §II.7):
 * a People's Committee has no parent line and signs for the collective; a department prints its
 * parent People's Committee above its name and is signed by its head.
 */
export interface IssuingBody {
  /** ô 2, first line: "UBND TỈNH BÌNH ĐỊNH" for a department; empty for a People's Committee. */
  parentLine: string;
  /** ô 2, in capitals, broken where it is printed on two lines: "ỦY BAN NHÂN DÂN\nHUYỆN TÂY SƠN". */
  name: string;
  /** ô 4: the administrative unit where the body sits, when the body itself says it ("Tây Sơn"). */
  ownPlace: string | null;
  /** ô 7a: "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "GIÁM ĐỐC". */
  signerTitle: string;
  /** The body's part of a symbol: "UBND" for a People's Committee, else its own abbreviation. */
  abbreviation: string;
}

const COMMITTEE =
  /^(?:Ủy ban nhân dân|UBND)\s+(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\s+(.+)$/iu;

/** The titles of the heads of the usual bodies, by the first words of the body's name. */
const HEAD_TITLES: readonly [RegExp, string][] = [
  [/^Sở\s/iu, 'GIÁM ĐỐC'],
  [/^Văn phòng\s/iu, 'CHÁNH VĂN PHÒNG'],
  [/^Chi cục\s/iu, 'CHI CỤC TRƯỞNG'],
  [/^Cục\s/iu, 'CỤC TRƯỞNG'],
  [/^Ban\s/iu, 'TRƯỞNG BAN'],
  [/^Thanh tra\s/iu, 'CHÁNH THANH TRA'],
  [/^Phòng\s/iu, 'TRƯỞNG PHÒNG'],
  [/^(Trung tâm|Bệnh viện|Trường)\s/iu, 'GIÁM ĐỐC'],
];

/** A People's Committee named in full: level and place ("huyện", "Tây Sơn"), or null. */
function committee(name: string): { level: string; place: string } | null {
  const m = COMMITTEE.exec(name.trim());
  return m ? { level: (m[1] ?? '').toLowerCase(), place: (m[2] ?? '').trim() } : null;
}

const upper = (s: string) => s.toLocaleUpperCase('vi');

/**
 * The letterhead and signer of a body from its name and its parent's name.
 * @example issuingBodyOf({ name: 'Ủy ban nhân dân xã Bình Tường', parentName: 'Ủy ban nhân dân huyện Tây Sơn', abbreviation: 'UBNDBT' })
 * // { parentLine: '', name: 'ỦY BAN NHÂN DÂN\nXÃ BÌNH TƯỜNG', ownPlace: 'Bình Tường', signerTitle: 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH', abbreviation: 'UBND' }
 */
export function issuingBodyOf(unit: {
  name: string;
  parentName: string | null;
  abbreviation: string;
}): IssuingBody {
  const own = committee(unit.name);
  if (own) {
    return {
      parentLine: '',
      name: `ỦY BAN NHÂN DÂN\n${upper(`${own.level} ${own.place}`)}`,
      ownPlace: own.place,
      signerTitle: 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH',
      abbreviation: 'UBND',
    };
  }
  const parent = unit.parentName ? committee(unit.parentName) : null;
  const head = HEAD_TITLES.find(([pattern]) => pattern.test(unit.name.trim()))?.[1];
  return {
    parentLine: parent
      ? upper(`UBND ${parent.level} ${parent.place}`)
      : unit.parentName
        ? upper(unit.parentName)
        : '',
    name: upper(unit.name.trim()),
    ownPlace: parent && parent.level !== 'tỉnh' && parent.level !== 'thành phố' ? parent.place : null,
    signerTitle: head ?? 'THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ',
    abbreviation: unit.abbreviation,
  };
}
