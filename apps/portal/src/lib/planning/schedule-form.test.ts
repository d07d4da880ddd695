import { describe, expect, it } from 'vitest';
import { hasNotice, noticeOf, readScheduleForm, scheduleFieldOf } from './schedule-form';

function formOf(entries: [string, string][]): FormData {
  const form = new FormData();
  for (const [k, v] of entries) form.append(k, v);
  return form;
}

describe('the scheduling forms', () => {
  it('keeps the days typed, in order, without the blank day fields', () => {
    const values = readScheduleForm(
      formOf([
        ['dates', '2025-05-20'],
        ['dates', ''],
        ['dates', '2025-05-21'],
        ['form', 'on_site'],
        ['place', ' Hội trường UBND huyện '],
      ]),
    );
    expect(values.dates).toEqual(['2025-05-20', '2025-05-21']);
    expect(values.place).toBe('Hội trường UBND huyện');
    expect(hasNotice(values)).toBe(false);
  });

  it('reads a notice with its recipients one a line', () => {
    const values = readScheduleForm(
      formOf([
        ['noticeNumber', '12/TB-SNV'],
        ['noticeDate', '2025-05-02'],
        ['recipients', 'UBND huyện Tây Sơn\n\nPhòng Nội vụ huyện Tây Sơn'],
      ]),
    );
    expect(hasNotice(values)).toBe(true);
    expect(noticeOf(values)).toEqual({
      number: '12/TB-SNV',
      date: '2025-05-02',
      recipients: ['UBND huyện Tây Sơn', 'Phòng Nội vụ huyện Tây Sơn'],
    });
  });

  it('shows each refusal beside its field: the days, the late-notice reason, the notice', () => {
    expect(scheduleFieldOf('dates')).toBe('dates');
    expect(scheduleFieldOf('dates.1')).toBe('dates');
    expect(scheduleFieldOf('lateNoticeReason')).toBe('lateNoticeReason');
    expect(scheduleFieldOf('notice.number')).toBe('noticeNumber');
    expect(scheduleFieldOf('amendedNotice.recipients')).toBe('recipients');
    expect(scheduleFieldOf('status')).toBeNull();
  });
});
