import type { FindingFields, FindingRecord } from '@kiemtra/db';
import {
  FINDING_AREA_LABELS,
  FINDING_KIND_LABELS,
  type FindingFieldsInput,
  type findingFieldsSchema,
  needsResponsibility,
  RESPONSIBLE_KIND_LABELS,
  VIOLATION_SEVERITY_LABELS,
} from '@kiemtra/domain';

type ParsedFinding = ReturnType<typeof findingFieldsSchema.parse>;

/** A finding as parsed from the input, as the repository stores it. */
export function findingFieldsOf(f: ParsedFinding | FindingFieldsInput): FindingFields {
  return {
    area: f.area,
    kind: f.kind,
    severity: f.kind === 'violation' ? f.severity : null,
    description: f.description,
    responsibilities:
      f.kind === 'achievement'
        ? []
        : [...(f.responsibilities ?? [])].map((r) => ({
            holderKind: r.holderKind,
            holder: r.holder,
            description: r.description ?? '',
          })),
  };
}

export function toFindingDto(f: FindingRecord) {
  const missing = needsResponsibility(f) && !f.responsibilities.some((r) => r.holder.trim() !== '');
  return {
    id: f.id,
    area: f.area,
    areaLabel: FINDING_AREA_LABELS[f.area],
    kind: f.kind,
    kindLabel: FINDING_KIND_LABELS[f.kind],
    severity: f.severity,
    severityLabel: f.severity === null ? null : VIOLATION_SEVERITY_LABELS[f.severity],
    description: f.description,
    responsibilities: f.responsibilities.map((r) => ({
      ...r,
      holderKindLabel: RESPONSIBLE_KIND_LABELS[r.holderKind],
    })),
    responsibilityMissing: missing,
    version: f.version,
  };
}

export type FindingDto = ReturnType<typeof toFindingDto>;
