import { describe, expect, it } from 'vitest';
import { parseReminderSteps, reminderFieldOf } from './reminder-form';

describe('parseReminderSteps', () => {
  it('reads the steps as a person types them', () => {
    expect(parseReminderSteps('5, 2, 0')).toEqual([5, 2, 0]);
    expect(parseReminderSteps(' 10 5;1 ')).toEqual([10, 5, 1]);
    expect(parseReminderSteps('')).toEqual([]);
  });
  it('refuses what is not a whole number of days', () => {
    expect(parseReminderSteps('5, hai, 0')).toBeNull();
    expect(parseReminderSteps('2.5')).toBeNull();
    expect(parseReminderSteps('-1')).toBeNull();
  });
});

describe('reminderFieldOf', () => {
  it("puts the API's messages beside their field", () => {
    expect(reminderFieldOf('settings.beforeWorkingDays.1')).toBe('beforeWorkingDays');
    expect(reminderFieldOf('settings.escalateAfterWorkingDays')).toBe('escalateAfterWorkingDays');
  });
});
