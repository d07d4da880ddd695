import type { AppRouter } from '@kiemtra/api';
import type { TRPCClient } from '@trpc/client';

type Client = TRPCClient<AppRouter>;

/** The shapes of the conclusion pages, read off the router's type. */
export type ConclusionView = Awaited<ReturnType<Client['conclusions']['get']['query']>>;
export type FindingView = ConclusionView['findings'][number];
export type RecommendationView = ConclusionView['recommendations'][number];

/** What a form action answered, as the pages read `form`. */
export interface ActionAnswer {
  action?: string;
  done?: string;
  message?: string;
  issues?: { path: string; message: string }[];
  /** A 409: the page shows the saved version in the form and `mine` beside it. */
  conflict?: boolean;
  mine?: { action: string; responsible: string; dueDate: string | null };
}
