import { router } from './init.js';
import { authRouter } from './routers/auth.router.js';
import { calendarRouter } from './routers/calendar.router.js';
import { inspectionsRouter } from './routers/inspections.router.js';
import { orgUnitsRouter } from './routers/org-units.router.js';
import { plansRouter } from './routers/plans.router.js';

export const appRouter = router({
  auth: authRouter,
  calendar: calendarRouter,
  orgUnits: orgUnitsRouter,
  plans: plansRouter,
  inspections: inspectionsRouter,
});

export type AppRouter = typeof appRouter;
