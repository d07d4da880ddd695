import { router } from '../init.js';
import { proposedAttendees, timeline } from './schedule/attendees-timeline.procedures.js';
import { notices, recordNotice, reschedule } from './schedule/notice-procedures.js';
import { setSchedule } from './schedule/set-schedule.procedure.js';

/** The team leader's schedule: dates, notices, reschedules; the plan's timeline. */
export const scheduleRouter = router({
  set: setSchedule,
  recordNotice,
  reschedule,
  notices,
  proposedAttendees,
  timeline,
});
