import type { AppRouter } from '@kiemtra/api';
import type { TRPCClient } from '@trpc/client';

/**
 * The shapes the API returns, read off the router's type (never its code), for components to
 * type their props.
 */
type Client = TRPCClient<AppRouter>;

export type Me = Awaited<ReturnType<Client['auth']['me']['query']>>;
/** A signed-in person; API clients never hold a browser session. */
export type SignedInUser = Extract<Me, { kind: 'user' }>;
export type PlanSummary = Awaited<ReturnType<Client['plans']['list']['query']>>[number];
export type PlanDetail = Awaited<ReturnType<Client['plans']['get']['query']>>;
export type TargetGroup = PlanDetail['targetGroups'][number];
export type Target = TargetGroup['targets'][number];
export type Team = PlanDetail['teams'][number];
export type InspectionPage = Awaited<ReturnType<Client['inspections']['list']['query']>>;
export type Inspection = InspectionPage['items'][number];
export type TodoItem = Awaited<ReturnType<Client['inspections']['todo']['query']>>[number];
export type OrgUnitTree = Awaited<ReturnType<Client['orgUnits']['tree']['query']>>;
export type OrgUnitNode = OrgUnitTree['roots'][number];

/** An org unit with its kind already in words, as the tree page shows it. */
export interface LabelledOrgUnit {
  id: string;
  name: string;
  kindLabel: string;
  children: LabelledOrgUnit[];
}

export type CalendarYear = Awaited<ReturnType<Client['calendar']['year']['query']>>;
export type CalendarDay = CalendarYear['days'][number];
export type WorkingDaySum = Awaited<ReturnType<Client['calendar']['addWorkingDays']['query']>>;
export type ExplainedDeadline = Awaited<ReturnType<Client['calendar']['explain']['query']>>;
export type InspectionDeadlines = Awaited<ReturnType<Client['inspections']['deadlines']['query']>>;
export type InspectionDeadline = InspectionDeadlines['deadlines'][number];
export type DeadlineExplanation = InspectionDeadline['explanation'];
/** A deadline as the plan page lists it, without its explanation. */
export type DeadlineSummary = Target['inspections'][number]['deadlines'][number];
export type PlanInspection = Target['inspections'][number];
export type Overview = Awaited<ReturnType<Client['overview']['get']['query']>>;
export type AccountSummary = Awaited<ReturnType<Client['accounts']['list']['query']>>['accounts'][number];
export type AccountImportPreview = Awaited<ReturnType<Client['accounts']['import']['preview']['mutate']>>;
