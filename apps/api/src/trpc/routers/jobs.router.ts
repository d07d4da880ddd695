import {
  decodeJobCursor,
  JOB_STATE_GROUP_LABELS,
  JOB_STATE_GROUP_NAMES,
  JOB_STATE_GROUPS,
  JOB_STATE_LABELS,
  jobErrorMessage,
  jobListInput,
} from '@kiemtra/domain';
import { countJobs, listJobs } from '../../jobs/job-list.js';
import { procedureFor, router } from '../init.js';

const READ = procedureFor('jobs.read');

/** The background jobs (e-mails, reminders, backups) for the system administrator (issue 15). */
export const jobsRouter = router({
  /** The kinds of job and how many are in each state. */
  overview: READ.query(async ({ ctx }) => {
    const counts = await countJobs(ctx.db, { names: ctx.jobs.names, tenantId: ctx.actor.tenantId });
    const inGroup = (group: (typeof JOB_STATE_GROUP_NAMES)[number], name?: string) =>
      counts
        .filter((c) => (JOB_STATE_GROUPS[group] as readonly string[]).includes(c.state))
        .filter((c) => name === undefined || c.name === name)
        .reduce((sum, c) => sum + c.count, 0);
    return {
      states: JOB_STATE_GROUP_NAMES.map((state) => ({
        state,
        label: JOB_STATE_GROUP_LABELS[state],
        count: inGroup(state),
      })),
      kinds: ctx.jobs.names
        .map((name) => ({ name, label: ctx.jobs.labelOf(name), failed: inGroup('failed', name) }))
        .sort((a, b) => a.label.localeCompare(b.label, 'vi')),
      workersHere: ctx.jobs.runsWorkers,
    };
  }),

  /** One page of jobs in a state, newest first; `nextCursor` opens the page after it. */
  list: READ.input(jobListInput).query(async ({ ctx, input }) => {
    const after = input.cursor ? decodeJobCursor(input.cursor) : null;
    const { jobs, nextCursor } = await listJobs(ctx.db, {
      names: ctx.jobs.names,
      tenantId: ctx.actor.tenantId,
      state: input.state,
      ...(input.name && { name: input.name }),
      ...(after && { after }),
    });
    return {
      nextCursor,
      jobs: jobs.map((j) => ({
        id: j.id,
        name: j.name,
        label: ctx.jobs.labelOf(j.name),
        key: j.key,
        state: j.state,
        stateLabel: JOB_STATE_LABELS[j.state] ?? j.state,
        // pg-boss counts a retry when an attempt after the first starts.
        attempts: j.startedOn === null ? 0 : j.retryCount + 1,
        maxAttempts: j.retryLimit + 1,
        lastError: jobErrorMessage(j.output),
        createdAt: j.createdOn,
        startAfter: j.startAfter,
        startedAt: j.startedOn,
        completedAt: j.completedOn,
      })),
    };
  }),
});
