import { describe, expect, it } from 'vitest';
import { remediationReportDue } from './remediation-report-due.js';

describe('remediationReportDue', () => {
  it('asks for the remediation report by the latest due date of the recommendations', () => {
    expect(remediationReportDue(['2024-06-30', '2024-07-15', '2024-07-01'])).toBe('2024-07-15');
  });

  it('has no date when no recommendation is dated', () => {
    expect(remediationReportDue([])).toBeNull();
    expect(remediationReportDue([null, undefined, ''])).toBeNull();
  });
});
