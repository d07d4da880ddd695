import {
  type Database,
  findTenantPlaceName,
  orgUnitLetterheads,
  type PlanForPlanning,
  type TeamRecord,
} from '@kiemtra/db';
import { longDate, lowerFirst, shortDate } from '@kiemtra/documents';
import { type IssuingBody, issuingBodyOf, planAsAt } from '@kiemtra/domain';
import type { Kysely } from 'kysely';
import { unitsAsAt } from '../planning/units-as-at.js';

/** What a letterhead needs of an org unit: its name, the name of its parent, an abbreviation. */
export interface UnitLetterhead {
  name: string;
  parentName: string | null;
  abbreviation: string;
  /** How the unit heads and signs its own documents. */
  body: IssuingBody;
}

export interface PlanLetterheads {
  /** "Bình Định": the official name of the place where the province's bodies sit (ô 4). */
  place: string;
  /** "UBND TỈNH BÌNH ĐỊNH": the parent line of a provincial department (ô 2). */
  provinceLine: string;
  unit(id: string): UnitLetterhead;
}

const UBND = /^(Ủy ban nhân dân|UBND)\s+/iu;
const SMALL_WORDS = new Set(['và', 'tỉnh', 'huyện', 'xã', 'thị', 'trấn']);

/**
 * An abbreviation for a symbol ("QĐ-SNV", "BC-SCT"): the unit's short name when it is one
 * ("SNV"), else the initials of its name, with "Ủy ban nhân dân" as UBND ("Văn phòng Ủy ban nhân
 * dân tỉnh" → "VPUBND"). Each body sets its own abbreviations (Decree 30, Phụ lục I §II.3.b); this
 * is only the default a draft prints.
 */
export function abbreviationOf(name: string, shortName: string | null): string {
  if (shortName && /^[\p{Lu}\d]+$/u.test(shortName)) return shortName;
  const words = name.replace(/Ủy ban nhân dân/giu, 'UBND').split(/\s+/);
  return words
    .filter((w) => w !== '' && !SMALL_WORDS.has(w.toLowerCase()))
    .map((w) => (w === w.toUpperCase() ? w : (w[0] ?? '').toUpperCase()))
    .join('')
    .replace(/[^\p{Lu}\d]/gu, '');
}

/** The place name of a province: "Ủy ban nhân dân tỉnh Bình Định" → "Bình Định". */
export function placeOf(provinceName: string): string {
  return provinceName.replace(UBND, '').replace(/^(tỉnh|thành phố)\s+/iu, '');
}

/** The parent line of a department: "Ủy ban nhân dân tỉnh Bình Định" → "UBND TỈNH BÌNH ĐỊNH". */
export function parentLineOf(name: string): string {
  return name.replace(UBND, 'UBND ').toUpperCase();
}

/** Letterheads of a plan's org units as they stood on the plan's date (names change over time). */
export async function planLetterheads(db: Kysely<Database>, plan: PlanForPlanning): Promise<PlanLetterheads> {
  const units = await unitsAsAt(db, plan.tenantId, planAsAt(plan));
  const short = await orgUnitLetterheads(db, [...units.byId.keys()]);
  let rootId = plan.ownerOrgUnitId;
  for (let p = units.parentOf.get(rootId); p !== undefined; p = units.parentOf.get(rootId)) rootId = p;
  const province = units.byId.get(rootId)?.name ?? plan.ownerOrgUnitName;
  // A province set up from the CLI named its place; the demo's is read from its committee's name.
  const placeName = await findTenantPlaceName(db, plan.tenantId);
  return {
    place: placeName ?? placeOf(province),
    provinceLine: parentLineOf(province),
    unit(id) {
      const node = units.byId.get(id);
      const name = node?.name ?? short.get(id)?.name ?? '';
      const parentId = units.parentOf.get(id);
      const parentName = parentId === undefined ? null : (units.byId.get(parentId)?.name ?? null);
      const abbreviation = abbreviationOf(name, short.get(id)?.shortName ?? null);
      return { name, parentName, abbreviation, body: issuingBodyOf({ name, parentName, abbreviation }) };
    },
  };
}

/**
 * A round as a title names it, with its year: "đợt 1 năm 2024" from a round named "Đợt 1"; the
 * year alone when there is no round (a team's whole plan).
 */
export function roundLabelOf(roundName: string | null, year: number): string {
  if (!roundName) return `năm ${year}`;
  const name = lowerFirst(roundName.trim());
  return /\b\d{4}\b/.test(name) ? name : `${name} năm ${year}`;
}

/** "Quyết định số …/QĐ-UBND ngày … của … ban hành Kế hoạch …", the ground every document of a plan cites. */
export function planDecisionText(plan: PlanForPlanning): string {
  // A plan not yet numbered leaves the blanks the văn thư fills in, so the ground is never vague.
  const number = plan.decisionNumber ? `số ${plan.decisionNumber}` : 'số ……/QĐ-UBND';
  const date = plan.decisionDate ? longDate(plan.decisionDate) : `ngày …… tháng …… năm ${plan.year}`;
  return `Quyết định ${number} ${date} của ${plan.issuingAuthority} ban hành ${plan.title}`;
}

/** "Quyết định số 68/QĐ-SNV ngày 12/04/2024 về việc thành lập …", a ground of the team's documents. */
export function teamDecisionText(team: TeamRecord): string | null {
  if (!team.decisionNumber) return null;
  const date = team.decisionDate ? ` ngày ${shortDate(team.decisionDate)}` : '';
  return `Quyết định số ${team.decisionNumber}${date} về việc thành lập ${team.name}`;
}
