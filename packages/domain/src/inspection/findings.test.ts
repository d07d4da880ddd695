import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FINDING_AREAS } from './content-areas.js';
import {
  FINDING_KINDS,
  type FindingFacts,
  findingSchema,
  findingsMissingResponsibility,
} from './findings.js';
import { makeFinding } from './test-fixtures.js';

describe('findingSchema', () => {
  it('parses a violation with its severity and defaults its responsibilities to none', () => {
    const f = findingSchema.parse({
      id: 'f1',
      area: 'A5',
      kind: 'violation',
      description: 'Bố trí công chức không đúng vị trí việc làm',
      severity: 'serious',
    });
    expect(f.kind === 'violation' && f.responsibilities).toEqual([]);
  });

  it('refuses a violation without severity and an unknown area, in Vietnamese', () => {
    const r = findingSchema.safeParse({ id: 'f1', area: 'A9', kind: 'violation', description: 'x' });
    const messages = r.error?.issues.map((i) => i.message) ?? [];
    expect(messages).toContain(
      'Lĩnh vực phải là một trong A1–A7 (kiểm tra toàn diện) hoặc T1–T4 (kiểm tra chuyên đề).',
    );
    expect(messages).toContain(
      'Hãy chọn mức độ vi phạm: ít nghiêm trọng, nghiêm trọng hoặc rất nghiêm trọng.',
    );
  });

  it('accepts a thematic topic', () => {
    expect(
      findingSchema.safeParse({ id: 'f', area: 'T4', kind: 'achievement', description: 'x' }).success,
    ).toBe(true);
  });
});

describe('findingsMissingResponsibility', () => {
  it('lists the shortcomings and violations that name nobody, never an achievement', () => {
    const findings = [
      makeFinding({ id: 'a', kind: 'achievement', responsibilities: [] }),
      makeFinding({ id: 's-ok' }),
      makeFinding({ id: 's-none', responsibilities: [] }),
      makeFinding({ id: 'v-blank', kind: 'violation', responsibilities: [{ holder: '  ' }] }),
      makeFinding({ id: 'v-undefined', kind: 'violation', responsibilities: undefined }),
    ];
    expect(findingsMissingResponsibility(findings).map((f) => f.id)).toEqual([
      's-none',
      'v-blank',
      'v-undefined',
    ]);
  });

  it('property: a finding is listed exactly when it is not an achievement and names no holder', () => {
    const finding = fc.record({
      id: fc.string(),
      area: fc.constantFrom(...FINDING_AREAS),
      kind: fc.constantFrom(...FINDING_KINDS),
      description: fc.string(),
      responsibilities: fc.array(fc.record({ holder: fc.constantFrom('', ' ', 'Ông A', 'Phòng Nội vụ') })),
    });
    fc.assert(
      fc.property(fc.array(finding), (findings: FindingFacts[]) => {
        const listed = new Set(findingsMissingResponsibility(findings));
        for (const f of findings) {
          const named = (f.responsibilities ?? []).some((r) => r.holder.trim() !== '');
          expect(listed.has(f)).toBe(f.kind !== 'achievement' && !named);
        }
      }),
    );
  });
});
