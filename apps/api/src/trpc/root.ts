import { router } from './init.js';
import { accountsRouter } from './routers/accounts.router.js';
import { adHocRouter } from './routers/ad-hoc.router.js';
import { apiClientsRouter } from './routers/api-clients.router.js';
import { attachmentsRouter } from './routers/attachments.router.js';
import { auditLogRouter } from './routers/audit-log.router.js';
import { authRouter } from './routers/auth.router.js';
import { calendarRouter } from './routers/calendar.router.js';
import { conclusionsRouter } from './routers/conclusions.router.js';
import { earlierConclusionsRouter } from './routers/earlier-conclusions.router.js';
import { findingsRouter } from './routers/findings.router.js';
import { followUpsRouter } from './routers/follow-ups.router.js';
import { inspectionsRouter } from './routers/inspections.router.js';
import { jobsRouter } from './routers/jobs.router.js';
import { minutesRouter } from './routers/minutes.router.js';
import { notificationsRouter } from './routers/notifications.router.js';
import { orgUnitsRouter } from './routers/org-units.router.js';
import { overviewRouter } from './routers/overview.router.js';
import { plansRouter } from './routers/plans.router.js';
import { profileRouter } from './routers/profile.router.js';
import { remediationRouter } from './routers/remediation.router.js';
import { reportsRouter } from './routers/reports.router.js';
import { resultsRouter } from './routers/results.router.js';
import { roundsRouter } from './routers/rounds.router.js';
import { scheduleRouter } from './routers/schedule.router.js';
import { summaryRouter } from './routers/summary.router.js';
import { targetsRouter } from './routers/targets.router.js';
import { teamsRouter } from './routers/teams.router.js';

export const appRouter = router({
  auth: authRouter,
  calendar: calendarRouter,
  orgUnits: orgUnitsRouter,
  accounts: accountsRouter,
  profile: profileRouter,
  plans: plansRouter,
  inspections: inspectionsRouter,
  targets: targetsRouter,
  teams: teamsRouter,
  adHoc: adHocRouter,
  schedule: scheduleRouter,
  reports: reportsRouter,
  attachments: attachmentsRouter,
  minutes: minutesRouter,
  findings: findingsRouter,
  conclusions: conclusionsRouter,
  remediation: remediationRouter,
  rounds: roundsRouter,
  summary: summaryRouter,
  overview: overviewRouter,
  results: resultsRouter,
  followUps: followUpsRouter,
  earlierConclusions: earlierConclusionsRouter,
  apiClients: apiClientsRouter,
  auditLog: auditLogRouter,
  notifications: notificationsRouter,
  jobs: jobsRouter,
});

export type AppRouter = typeof appRouter;
