import { router } from '../init.js';
import { proposedAttendees, timeline } from './schedule/attendees-timeline.procedures.js';
import { getSchedule } from './schedule/get-schedule.procedure.js';
import { notices, recordNotice, reschedule } from './schedule/notice-procedures.js';
import { setSchedule } from './schedule/set-schedule.procedure.js';

/** The team leader's schedule: dates, notices, reschedules; the plan's timeline. */
export const scheduleRouter = router({
  get: getSchedule,
  set: setSchedule,
  recordNotice,
  reschedule,
  notices,
  proposedAttendees,
  timeline,
});
