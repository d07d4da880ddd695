import { DEFAULT_DEADLINE_RULES_2024, type DeadlineRule, INSPECTION_FORMS } from '@kiemtra/domain';
import { fieldByPrefix } from './field-issues';
import type { PlanCreateApiInput, PlanningPlan } from './planning-types';

/** A plan's form as typed: every field a string (lists one item a line), checkboxes as id lists. */
export interface PlanFormValues {
  year: string;
  title: string;
  decisionNumber: string;
  decisionDate: string;
  signerName: string;
  signerTitle: string;
  windowStart: string;
  windowEnd: string;
  purposes: string;
  requirements: string;
  contentAreas: string;
  thematicTopics: string;
  forms: string[];
  expectedTargetCount: string;
  subUnitMin: string;
  subUnitMax: string;
  reading: string;
  /** Working days of each counted deadline, by its code. */
  ruleDays: Record<string, string>;
  memberAgencies: string[];
  /** The member agencies that are the provincial police (the thematic TTHC team needs one, seed IV.1). */
  policeAgencies: string[];
  /** Who issues the plan; blank on a new plan: the API names it from the plan's level. */
  issuingAuthority: string;
  /** The acts the decision rests on, one a line. */
  legalBases: string;
  /** The report outline: a template id, 'none', or '' for the province's newest (a new plan). */
  templateRef: string;
  reason: string;
}

const lines = (items: readonly string[]) => items.join('\n');
const ruleDaysOf = (rules: readonly DeadlineRule[]) =>
  Object.fromEntries(
    rules.flatMap((r) => (r.kind === 'working_days' ? [[r.code, String(r.workingDays)]] : [])),
  );

/** A new plan's form: the seed's deadlines and bounds, both forms, the rest to fill in. */
export function newPlanFormValues(year: number): PlanFormValues {
  return {
    year: String(year),
    title: `Kế hoạch kiểm tra công tác cải cách hành chính năm ${year}`,
    decisionNumber: '',
    decisionDate: '',
    signerName: '',
    signerTitle: '',
    windowStart: '',
    windowEnd: '',
    purposes: '',
    requirements: '',
    contentAreas: '',
    thematicTopics: '',
    forms: [...INSPECTION_FORMS],
    expectedTargetCount: '',
    subUnitMin: '2',
    subUnitMax: '3',
    reading: 'A',
    ruleDays: ruleDaysOf(DEFAULT_DEADLINE_RULES_2024),
    memberAgencies: [],
    policeAgencies: [],
    issuingAuthority: '',
    legalBases: '',
    templateRef: '',
    reason: '',
  };
}

/** The form of a stored plan, as the editor opens it. */
export function planFormValuesOf(plan: PlanningPlan): PlanFormValues {
  return {
    year: String(plan.year),
    title: plan.title,
    decisionNumber: plan.decision.number,
    decisionDate: plan.decision.date ?? '',
    signerName: plan.decision.signerName,
    signerTitle: plan.decision.signerTitle,
    windowStart: plan.window.start,
    windowEnd: plan.window.end,
    purposes: lines(plan.purposes),
    requirements: lines(plan.requirements),
    contentAreas: lines(plan.contentAreas),
    thematicTopics: lines(plan.thematicTopics),
    forms: [...plan.forms],
    expectedTargetCount: plan.expectedTargetCount === null ? '' : String(plan.expectedTargetCount),
    subUnitMin: String(plan.subUnitBounds.min),
    subUnitMax: String(plan.subUnitBounds.max),
    reading: plan.reading,
    ruleDays: ruleDaysOf(plan.deadlineRules),
    memberAgencies: plan.memberAgencies.map((a) => a.orgUnitId),
    policeAgencies: plan.memberAgencies.filter((a) => a.isPoliceUnit).map((a) => a.orgUnitId),
    issuingAuthority: plan.issuingAuthority,
    legalBases: lines(plan.legalBases),
    templateRef: plan.reportTemplateId ?? 'none',
    reason: '',
  };
}

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();
const all = (form: FormData, name: string) => form.getAll(name).map(String);

/** What the person typed into the plan form. */
export function readPlanForm(form: FormData): PlanFormValues {
  const ruleDays: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith('ruleDays.')) ruleDays[key.slice('ruleDays.'.length)] = String(value).trim();
  }
  return {
    year: text(form, 'year'),
    title: text(form, 'title'),
    decisionNumber: text(form, 'decisionNumber'),
    decisionDate: text(form, 'decisionDate'),
    signerName: text(form, 'signerName'),
    signerTitle: text(form, 'signerTitle'),
    windowStart: text(form, 'windowStart'),
    windowEnd: text(form, 'windowEnd'),
    purposes: text(form, 'purposes'),
    requirements: text(form, 'requirements'),
    contentAreas: text(form, 'contentAreas'),
    thematicTopics: text(form, 'thematicTopics'),
    forms: all(form, 'forms'),
    expectedTargetCount: text(form, 'expectedTargetCount'),
    subUnitMin: text(form, 'subUnitMin'),
    subUnitMax: text(form, 'subUnitMax'),
    reading: text(form, 'reading'),
    ruleDays,
    memberAgencies: all(form, 'memberAgencies'),
    policeAgencies: all(form, 'policeAgencies'),
    issuingAuthority: text(form, 'issuingAuthority'),
    legalBases: text(form, 'legalBases'),
    templateRef: text(form, 'templateRef'),
    reason: text(form, 'reason'),
  };
}

/** One item a line; blank lines dropped. */
export const listOf = (value: string): string[] =>
  value
    .split(/\r?\n/u)
    .map((l) => l.trim())
    .filter((l) => l !== '');

/** A typed number; a blank or non-numeric entry stays NaN so that the API's schema names the field. */
const numberOf = (value: string): number => (value === '' ? Number.NaN : Number(value));

/**
 * The plan as the API takes it, from the form; the API parses it with the domain's schema and
 * answers each mistake with its field. The deadline rules keep their wording, with the days typed.
 */
export function planInputOf(values: PlanFormValues, rules: readonly DeadlineRule[]): PlanCreateApiInput {
  const police = new Set(values.policeAgencies);
  const hasDecision =
    values.decisionNumber !== '' ||
    values.decisionDate !== '' ||
    values.signerName !== '' ||
    values.signerTitle !== '';
  return {
    year: numberOf(values.year),
    title: values.title,
    decision: hasDecision
      ? {
          number: values.decisionNumber,
          date: values.decisionDate === '' ? null : values.decisionDate,
          signerName: values.signerName,
          signerTitle: values.signerTitle,
        }
      : null,
    window:
      values.windowStart === '' && values.windowEnd === ''
        ? null
        : { start: values.windowStart, end: values.windowEnd },
    purposes: listOf(values.purposes),
    requirements: listOf(values.requirements),
    contentAreas: listOf(values.contentAreas),
    thematicTopics: listOf(values.thematicTopics),
    forms: values.forms as PlanCreateApiInput['forms'],
    expectedTargetCount: values.expectedTargetCount === '' ? null : numberOf(values.expectedTargetCount),
    subUnitBounds: { min: numberOf(values.subUnitMin), max: numberOf(values.subUnitMax) },
    deadlineRules: rules.map((r) =>
      r.kind === 'working_days' && values.ruleDays[r.code] !== undefined
        ? { ...r, workingDays: numberOf(values.ruleDays[r.code] ?? '') }
        : { ...r },
    ),
    reading: values.reading as PlanCreateApiInput['reading'],
    // '' keeps what the API chooses (the newest outline for a new plan); 'none' is no outline.
    ...(values.templateRef === ''
      ? {}
      : { templateRef: values.templateRef === 'none' ? null : values.templateRef }),
    ...(values.issuingAuthority === '' ? {} : { issuingAuthority: values.issuingAuthority }),
    legalBases: listOf(values.legalBases),
    memberAgencies: [...new Set(values.memberAgencies)].map((orgUnitId) => ({
      orgUnitId,
      isPoliceUnit: police.has(orgUnitId),
    })),
  };
}

/** Which field of the plan form shows an issue the API sent about a path. */
export const planFieldOf = fieldByPrefix({
  year: 'year',
  title: 'title',
  decision: 'decisionNumber',
  'decision.number': 'decisionNumber',
  'decision.date': 'decisionDate',
  'decision.signerName': 'signerName',
  'decision.signerTitle': 'signerTitle',
  window: 'windowStart',
  'window.start': 'windowStart',
  'window.end': 'windowEnd',
  purposes: 'purposes',
  requirements: 'requirements',
  contentAreas: 'contentAreas',
  thematicTopics: 'thematicTopics',
  forms: 'forms',
  expectedTargetCount: 'expectedTargetCount',
  subUnitBounds: 'subUnitMin',
  'subUnitBounds.max': 'subUnitMax',
  deadlineRules: 'deadlineRules',
  reading: 'reading',
  memberAgencies: 'memberAgencies',
  issuingAuthority: 'issuingAuthority',
  legalBases: 'legalBases',
  templateRef: 'templateRef',
  reason: 'reason',
});
