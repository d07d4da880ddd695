import { fieldByPrefix } from '$lib/planning/field-issues';

/**
 * Turns the inspection forms' fields into the API's input shapes. Nothing is validated here: the
 * API parses every input with the domain's zod schemas and answers in Vietnamese.
 */

const text = (form: FormData, name: string): string => {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
};

/** Rows named `${prefix}.${i}.${field}`, i = 0, 1, …, until a row has none of the fields. */
function rows(form: FormData, prefix: string, fields: readonly string[]): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (let i = 0; ; i += 1) {
    if (!fields.some((f) => form.has(`${prefix}.${i}.${f}`))) return out;
    out.push(Object.fromEntries(fields.map((f) => [f, text(form, `${prefix}.${i}.${f}`)])));
  }
}

/** The minutes form: blank attendee rows (no name) are dropped, the agenda keeps its order. */
export function minutesFromForm(form: FormData) {
  return {
    date: text(form, 'date'),
    place: text(form, 'place'),
    attendees: rows(form, 'attendees', ['name', 'position', 'organisation', 'role'])
      .filter((a) => a.name !== '')
      .map((a) => ({
        name: a.name ?? '',
        position: a.position ?? '',
        organisation: a.organisation ?? '',
        role: a.role ?? '',
      })),
    agenda: rows(form, 'agenda', ['title', 'notes'])
      .filter((a) => a.title !== '')
      .map((a) => ({ title: a.title ?? '', notes: a.notes ?? '' })),
    discussion: text(form, 'discussion'),
    leaderConclusion: text(form, 'leaderConclusion'),
  };
}

/** The finding form; one responsibility row, kept only when it names someone. */
export function findingFromForm(form: FormData) {
  const kind = text(form, 'kind');
  const holder = text(form, 'holder');
  const responsibilities =
    holder === ''
      ? []
      : [
          {
            holderKind: text(form, 'holderKind'),
            holder,
            description: text(form, 'responsibilityDescription'),
          },
        ];
  const base = { area: text(form, 'area'), kind, description: text(form, 'description') };
  if (kind === 'achievement') return base;
  if (kind === 'violation') return { ...base, severity: text(form, 'severity'), responsibilities };
  return { ...base, responsibilities };
}

/** The recommendation form; an empty due date is left for the rules to ask for. */
export function recommendationFromForm(form: FormData) {
  const dueDate = text(form, 'dueDate');
  return {
    action: text(form, 'action'),
    responsible: text(form, 'responsible'),
    dueDate: dueDate === '' ? null : dueDate,
    // Editing keeps the findings the recommendation answers (hidden fields); adding names none.
    findingIds: form.getAll('findingId').filter((v): v is string => typeof v === 'string' && v !== ''),
  };
}

/** One evidence reference a line. */
export function evidenceFromForm(form: FormData): string[] {
  return text(form, 'evidence')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** A version number from a hidden field; NaN lets the API say it is missing. */
export function versionFromForm(form: FormData, name = 'expectedVersion'): number {
  const raw = text(form, name);
  return raw === '' ? Number.NaN : Number(raw);
}

export const textOf = text;

/** The earlier conclusion's recommendation rows (`earlier.${i}.*`); blank rows are dropped. */
export function earlierRecommendationsFromForm(form: FormData) {
  return rows(form, 'earlier', ['action', 'responsible', 'dueDate'])
    .filter((r) => r.action !== '' || r.responsible !== '' || r.dueDate !== '')
    .map((r) => ({
      action: r.action,
      responsible: r.responsible,
      ...(r.dueDate === '' ? {} : { dueDate: r.dueDate }),
    }));
}

/**
 * Which field of the finding form shows an issue about a path of findings.add/update's input.
 * @example findingFieldOf('finding.responsibilities') // 'holder'
 */
export const findingFieldOf = fieldByPrefix({
  'finding.area': 'area',
  'finding.kind': 'kind',
  'finding.severity': 'severity',
  'finding.description': 'description',
  'finding.responsibilities': 'holder',
});
