import { describe, expect, it } from 'vitest';
import { DEFAULT_DEADLINE_RULES_2024 } from '../calendar/deadline-rules.js';
import { calendar, d } from '../inspection/test-fixtures.js';
import { headlineDeadline } from './headline-deadline.js';
import { type VisitFacts, visitDeadlines } from './visit-deadlines.js';

// Visit Tue 07/05/2024: notice due 19/04, report due 26/04, conclusion due 21/05/2024.
const base: VisitFacts = { status: 'notified', form: 'on_site', visitDates: [d('2024-05-07')] };
const key = (facts: Partial<VisitFacts>, today: string) =>
  headlineDeadline(
    visitDeadlines({
      facts: { ...base, ...facts },
      rules: DEFAULT_DEADLINE_RULES_2024,
      reading: 'A',
      calendar,
      today: d(today),
    }),
  )?.key;

describe('headlineDeadline', () => {
  it('shows the most overdue deadline first', () => {
    expect(key({}, '2024-04-30')).toBe('SCHEDULE_NOTICE');
  });
  it('else the soonest due', () => {
    expect(key({ scheduleNoticeSentOn: d('2024-04-18') }, '2024-04-22')).toBe('UNIT_REPORT');
  });
  it('else the latest act met, and nothing when no deadline applies', () => {
    const done = {
      scheduleNoticeSentOn: d('2024-04-18'),
      unitReport: { firstSubmittedOn: d('2024-04-25'), awaitingResubmission: false },
      conclusionNoticeSentOn: d('2024-05-20'),
    };
    expect(key(done, '2024-06-01')).toBe('CONCLUSION_NOTICE');
    expect(key({ status: 'cancelled' }, '2024-06-01')).toBeUndefined();
    expect(key({ visitDates: [] }, '2024-06-01')).toBeUndefined();
  });
});
