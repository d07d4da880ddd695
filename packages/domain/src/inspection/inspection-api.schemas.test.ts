import { describe, expect, it } from 'vitest';
import { findingFieldsSchema, RESPONSIBILITY_REQUIRED_MESSAGE } from './inspection-api.schemas.js';

describe('a finding as the team enters it', () => {
  it('refuses a shortcoming that names nobody responsible, on the responsibility field', () => {
    const r = findingFieldsSchema.safeParse({ area: 'A3', kind: 'shortcoming', description: 'Tỷ lệ thấp' });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['responsibilities', RESPONSIBILITY_REQUIRED_MESSAGE],
    ]);
  });

  it('refuses a violation that names nobody, and accepts it once someone is named', () => {
    const violation = { area: 'A5', kind: 'violation', severity: 'minor', description: 'Trễ hạn' } as const;
    expect(findingFieldsSchema.safeParse({ ...violation, responsibilities: [] }).success).toBe(false);
    const named = findingFieldsSchema.safeParse({
      ...violation,
      responsibilities: [{ holderKind: 'individual', holder: 'Ông Nguyễn Văn A' }],
    });
    expect(named.success).toBe(true);
  });

  it('asks nobody to be named for an achievement', () => {
    expect(
      findingFieldsSchema.safeParse({ area: 'A1', kind: 'achievement', description: 'Ban hành đúng hạn' })
        .success,
    ).toBe(true);
  });
});
