import { describe, expect, it } from 'vitest';
import { answerableItems, sectionsOf } from './outline.js';
import { checkOutlineItems, chooseTemplate, nextTemplateVersion } from './template-version.js';
import { TTHC_OUTLINE } from './tthc-outline.js';

describe('the thematic outline of administrative-procedure handling', () => {
  const items = TTHC_OUTLINE.items;

  it('is a valid outline of a thematic inspection', () => {
    expect(TTHC_OUTLINE.inspectionKind).toBe('thematic');
    expect(checkOutlineItems(items)).toEqual([]);
  });

  it('asks for the remediation of 2021–2023, dossiers, online services and payments, digitisation', () => {
    const keys = items.flatMap((i) => i.figures.map((f) => f.key));
    expect(keys).toEqual(
      expect.arrayContaining([
        'recommendations_total',
        'dossiers_received',
        'dossiers_on_time',
        'dossiers_late',
        'dossiers_overdue',
        'apology_letters',
        'online_services_full',
        'online_services_partial',
        'online_payments',
        'dossiers_digitised_rate',
        'results_digitised_rate',
      ]),
    );
    expect(items.find((i) => i.code === 'I.1')?.title).toMatch(/từ năm 2021 đến năm 2023/);
  });

  it('is filled in three sections: results, assessment, proposals', () => {
    expect(sectionsOf(items).map((s) => [s.code, s.items.length])).toEqual([
      ['I', 6],
      ['II', 2],
      ['III', 1],
    ]);
  });
});

describe('sectionsOf and answerableItems', () => {
  const h = (code: string, parentCode: string | null) => ({
    code,
    parentCode,
    title: code,
    guidance: null,
    required: parentCode !== null,
    figures: [],
    figureRules: [],
  });
  const items = [
    h('I', null),
    h('I.1', 'I'),
    h('I.1.a', 'I.1'),
    h('I.1.b', 'I.1'),
    h('II', null),
    h('II.1', 'II'),
    h('III', null),
  ];

  it('groups bullets under their numbered heading; a lone top-level item is its own section', () => {
    expect(sectionsOf(items).map((s) => [s.code, s.items.map((i) => i.code)])).toEqual([
      ['I.1', ['I.1.a', 'I.1.b']],
      ['II', ['II.1']],
      ['III', ['III']],
    ]);
  });

  it('answers leaves only', () => {
    expect(answerableItems(items).map((i) => i.code)).toEqual(['I.1.a', 'I.1.b', 'II.1', 'III']);
  });
});

describe('checkOutlineItems and nextTemplateVersion', () => {
  const base = TTHC_OUTLINE.items;

  it('refuses duplicate codes, parents that do not come first, unknown figure rules', () => {
    const dup = [...base, base[1] ?? base[0]].filter((i) => i !== undefined);
    expect(checkOutlineItems(dup).map((i) => i.code)).toContain('duplicate_item');
    const orphan = [{ ...base[1], parentCode: 'X' }] as typeof base;
    expect(checkOutlineItems(orphan).map((i) => i.code)).toContain('unknown_parent');
    const badRule = base.map((i) =>
      i.code === 'I.1' ? { ...i, figureRules: [{ key: 'a', notGreaterThan: 'b' }] } : i,
    );
    expect(checkOutlineItems(badRule).map((i) => i.code)).toEqual(['unknown_figure_rule']);
  });

  it('refuses an outline with nothing required to answer', () => {
    expect(checkOutlineItems(base.map((i) => ({ ...i, required: false }))).map((i) => i.code)).toEqual([
      'nothing_to_answer',
    ]);
  });

  it('numbers a new version one above the highest', () => {
    expect(nextTemplateVersion([])).toBe(1);
    expect(nextTemplateVersion([1, 3, 2])).toBe(4);
  });
});

describe('chooseTemplate', () => {
  const published = [
    { id: 'c1', code: 'de-cuong-toan-dien', version: 1, inspectionKind: 'comprehensive' as const },
    { id: 'c2', code: 'de-cuong-toan-dien', version: 2, inspectionKind: 'comprehensive' as const },
    { id: 'x9', code: 'khac', version: 9, inspectionKind: 'comprehensive' as const },
    { id: 't1', code: 'de-cuong-chuyen-de-tthc', version: 1, inspectionKind: 'thematic' as const },
  ];

  it('takes the latest version of the plan’s own outline, not a higher version of another', () => {
    expect(
      chooseTemplate({ planTemplateCode: 'de-cuong-toan-dien', inspectionKind: 'comprehensive', published })
        ?.id,
    ).toBe('c2');
  });

  it('gives a thematic visit the thematic outline, an ad-hoc visit the plan’s own, else nothing', () => {
    expect(
      chooseTemplate({ planTemplateCode: 'de-cuong-toan-dien', inspectionKind: 'thematic', published })?.id,
    ).toBe('t1');
    expect(
      chooseTemplate({ planTemplateCode: 'de-cuong-toan-dien', inspectionKind: 'ad_hoc', published })?.id,
    ).toBe('c2');
    expect(chooseTemplate({ planTemplateCode: null, inspectionKind: 'ad_hoc', published })).toBeNull();
  });
});
