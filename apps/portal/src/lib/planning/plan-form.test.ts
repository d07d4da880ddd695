import { DEFAULT_DEADLINE_RULES_2024 } from '@kiemtra/domain';
import { describe, expect, it } from 'vitest';
import { listOf, newPlanFormValues, planFieldOf, planInputOf, readPlanForm } from './plan-form';

function formOf(entries: [string, string][]): FormData {
  const form = new FormData();
  for (const [k, v] of entries) form.append(k, v);
  return form;
}

describe('the plan form', () => {
  it('turns what was typed into the plan the API takes: lists a line each, numbers, police agencies', () => {
    const values = readPlanForm(
      formOf([
        ['year', '2025'],
        ['title', ' Kế hoạch kiểm tra năm 2025 '],
        ['decisionNumber', '512/QĐ-UBND'],
        ['decisionDate', '2025-02-20'],
        ['windowStart', '2025-03-01'],
        ['windowEnd', '2025-06-30'],
        ['purposes', 'Tăng cường kỷ luật\n\n  Đánh giá khách quan  '],
        ['forms', 'on_site'],
        ['expectedTargetCount', '3'],
        ['subUnitMin', '2'],
        ['subUnitMax', '3'],
        ['reading', 'B'],
        ['ruleDays.SCHEDULE_NOTICE', '12'],
        ['memberAgencies', 'a'],
        ['memberAgencies', 'b'],
        ['policeAgencies', 'b'],
      ]),
    );
    const input = planInputOf(values, DEFAULT_DEADLINE_RULES_2024);
    expect(input.title).toBe('Kế hoạch kiểm tra năm 2025');
    expect(input.decision).toEqual({
      number: '512/QĐ-UBND',
      date: '2025-02-20',
      signerName: '',
      signerTitle: '',
    });
    expect(input.window).toEqual({ start: '2025-03-01', end: '2025-06-30' });
    expect(input.purposes).toEqual(['Tăng cường kỷ luật', 'Đánh giá khách quan']);
    expect(input.forms).toEqual(['on_site']);
    expect(input.expectedTargetCount).toBe(3);
    expect(input.reading).toBe('B');
    expect(input.memberAgencies).toEqual([
      { orgUnitId: 'a', isPoliceUnit: false },
      { orgUnitId: 'b', isPoliceUnit: true },
    ]);
    const notice = input.deadlineRules?.find((r) => r.code === 'SCHEDULE_NOTICE');
    expect(notice?.kind === 'working_days' && notice.workingDays).toBe(12);
    const report = input.deadlineRules?.find((r) => r.code === 'UNIT_REPORT');
    expect(report?.kind === 'working_days' && report.workingDays).toBe(5);
  });

  it('sends no decision and no window when they were left blank, so the API asks for the window', () => {
    const input = planInputOf(newPlanFormValues(2026), DEFAULT_DEADLINE_RULES_2024);
    expect(input.decision).toBeNull();
    expect(input.window).toBeNull();
    expect(input.expectedTargetCount).toBeNull();
  });

  it('leaves a mistyped number as NaN for the schema to name, rather than guessing', () => {
    const values = { ...newPlanFormValues(2026), year: 'hai nghìn', subUnitMax: '' };
    const input = planInputOf(values, DEFAULT_DEADLINE_RULES_2024);
    expect(input.year).toBeNaN();
    expect(input.subUnitBounds?.max).toBeNaN();
  });

  it('reads one item a line, dropping blank lines', () => {
    expect(listOf(' a \r\n\r\nb\n')).toEqual(['a', 'b']);
  });

  it('shows the API issues beside the fields they are about', () => {
    expect(planFieldOf('window')).toBe('windowStart');
    expect(planFieldOf('window.end')).toBe('windowEnd');
    expect(planFieldOf('decision.number')).toBe('decisionNumber');
    expect(planFieldOf('subUnitBounds.max')).toBe('subUnitMax');
    expect(planFieldOf('purposes.3')).toBe('purposes');
    expect(planFieldOf('targets')).toBeNull();
  });
});

describe('the plan form: legal bases, issuing body and outline', () => {
  const rules = DEFAULT_DEADLINE_RULES_2024;
  it('sends the legal bases one a line, and leaves the outline to the API when none is chosen', () => {
    const values = { ...newPlanFormValues(2027), legalBases: 'Căn cứ Luật A;\n\nCăn cứ Nghị định B;' };
    const input = planInputOf(values, rules);
    expect(input.legalBases).toEqual(['Căn cứ Luật A;', 'Căn cứ Nghị định B;']);
    expect('templateRef' in input).toBe(false);
    expect('issuingAuthority' in input).toBe(false);
  });

  it('sends no outline as null and a chosen one by id', () => {
    expect(planInputOf({ ...newPlanFormValues(2027), templateRef: 'none' }, rules).templateRef).toBeNull();
    expect(planInputOf({ ...newPlanFormValues(2027), templateRef: 'abc' }, rules).templateRef).toBe('abc');
    expect(
      planInputOf({ ...newPlanFormValues(2027), issuingAuthority: 'Giám đốc Sở Nội vụ' }, rules)
        .issuingAuthority,
    ).toBe('Giám đốc Sở Nội vụ');
  });
});
