import type { AppRouter } from '@kiemtra/api';
import type { TRPCClient } from '@trpc/client';

/** The shapes the planning procedures return, read off the router's type. */
type Client = TRPCClient<AppRouter>;

export type PlanningPlan = Awaited<ReturnType<Client['plans']['forEditing']['query']>>;
export type PlanningTarget = PlanningPlan['targets'][number];
export type PlanCreateApiInput = Parameters<Client['plans']['create']['mutate']>[0];
export type PlanChecks = Awaited<ReturnType<Client['plans']['checks']['query']>>;
export type PlanHistoryEntry = Awaited<ReturnType<Client['plans']['history']['query']>>[number];
export type PlanRollupRow = Awaited<ReturnType<Client['plans']['rollup']['query']>>[number];
export type ImportPreview = Awaited<ReturnType<Client['targets']['importPreview']['mutate']>>;
export type TeamDetail = Awaited<ReturnType<Client['teams']['get']['query']>>;
export type Timeline = Awaited<ReturnType<Client['schedule']['timeline']['query']>>;
export type ScheduledInspection = Awaited<ReturnType<Client['schedule']['set']['mutate']>>;
export type ScheduleNotice = Awaited<ReturnType<Client['schedule']['notices']['query']>>[number];
export type ProposedAttendees = Awaited<ReturnType<Client['schedule']['proposedAttendees']['query']>>;
