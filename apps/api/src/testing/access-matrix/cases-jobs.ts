import { type Cases, inProvince } from './case.js';

const READ_JOBS = inProvince('jobs.read');

/** The background jobs' page: the system administrator's alone (issue 15). */
export const jobCases: Cases = {
  'jobs.overview': { on: 'none', allows: READ_JOBS },
  'jobs.list': { on: 'none', input: () => ({ state: 'failed' }), allows: READ_JOBS },
};
