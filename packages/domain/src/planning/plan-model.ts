import type { DeadlineReading, DeadlineRule } from '../calendar/deadline-rules.js';
import type { LocalDate } from '../calendar/local-date.js';
import type { InspectionForm, InspectionKind, PlanStatus, TargetGroup } from '../plan/vocabulary.js';

/** The decision (Quyết định) that issues a plan. While the plan is a draft its number may be blank. */
export interface PlanDecision {
  /** '1234/QĐ-UBND'; '' while the draft waits for its number. */
  number: string;
  date: LocalDate | null;
  /** Who signed, as printed: 'Lâm Hải Giang'. */
  signerName: string;
  /** The signing line: 'KT. CHỦ TỊCH PHÓ CHỦ TỊCH'. */
  signerTitle: string;
}

/** The period in which the plan's inspections take place, both days included. */
export interface PlanWindow {
  start: LocalDate;
  end: LocalDate;
}

/** How many communes a district target carries (seed III.1: "từ 02 đến 03 đơn vị cấp xã"). */
export interface SubUnitBounds {
  min: number;
  max: number;
}

export const DEFAULT_SUB_UNIT_BOUNDS: SubUnitBounds = { min: 2, max: 3 };

/** One target of a plan, with the communes it carries when it is a district. */
export interface PlanTarget {
  unitId: string;
  unitName: string;
  kind: InspectionKind;
  group: TargetGroup;
  subUnits: readonly { id: string; name: string }[];
  teamId?: string | null;
}

/** A plan as the planning rules see it. */
export interface Plan {
  status: PlanStatus;
  year: number;
  title: string;
  decision: PlanDecision | null;
  window: PlanWindow | null;
  purposes: readonly string[];
  requirements: readonly string[];
  /** The comprehensive inspection's areas (seed II.1.a: 7 areas). */
  contentAreas: readonly string[];
  /** The thematic topics (seed II.1.b: 4 topics). */
  thematicTopics: readonly string[];
  forms: readonly InspectionForm[];
  expectedTargetCount: number | null;
  subUnitBounds: SubUnitBounds;
  deadlineRules: readonly DeadlineRule[];
  reading: DeadlineReading;
  /** The report outline (đề cương báo cáo) the plan uses. */
  templateRef: string | null;
  targets: readonly PlanTarget[];
}
