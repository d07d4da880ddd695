import { fieldByPrefix } from './field-issues';
import { listOf } from './plan-form';

/** The scheduling forms as typed: the visit's days, form, place, late-notice reason, and a notice. */
export interface ScheduleFormValues {
  dates: string[];
  form: string;
  place: string;
  lateNoticeReason: string;
  noticeNumber: string;
  noticeDate: string;
  recipients: string;
}

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

/** What was typed; blank day fields are unused, the days keep the order typed. */
export function readScheduleForm(form: FormData): ScheduleFormValues {
  return {
    dates: form
      .getAll('dates')
      .map((d) => String(d).trim())
      .filter((d) => d !== ''),
    form: text(form, 'form'),
    place: text(form, 'place'),
    lateNoticeReason: text(form, 'lateNoticeReason'),
    noticeNumber: text(form, 'noticeNumber'),
    noticeDate: text(form, 'noticeDate'),
    recipients: text(form, 'recipients'),
  };
}

/** The schedule notice as the API takes it: recipients one a line. */
export const noticeOf = (values: ScheduleFormValues) => ({
  number: values.noticeNumber,
  date: values.noticeDate,
  recipients: listOf(values.recipients),
});

/** Whether the amended-notice part of a reschedule was filled in at all. */
export const hasNotice = (values: ScheduleFormValues): boolean =>
  values.noticeNumber !== '' || values.noticeDate !== '' || values.recipients !== '';

/** Which field of the scheduling forms shows an issue about a path. */
export const scheduleFieldOf = fieldByPrefix({
  dates: 'dates',
  form: 'form',
  place: 'place',
  lateNoticeReason: 'lateNoticeReason',
  notice: 'noticeNumber',
  'notice.number': 'noticeNumber',
  'notice.date': 'noticeDate',
  'notice.recipients': 'recipients',
  amendedNotice: 'noticeNumber',
  'amendedNotice.number': 'noticeNumber',
  'amendedNotice.date': 'noticeDate',
  'amendedNotice.recipients': 'recipients',
});
