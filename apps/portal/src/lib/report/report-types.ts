import type { AppRouter } from '@kiemtra/api';
import type { TRPCClient } from '@trpc/client';

type Client = TRPCClient<AppRouter>;

/** The report of one visit as the API sends it (read off the router's type, never its code). */
export type ReportView = Awaited<ReturnType<Client['reports']['get']['query']>>;
export type ReportSection = ReportView['sections'][number];
export type ReportItem = ReportSection['items'][number];
export type ReportFigure = ReportItem['figures'][number];

/** What the page's form actions return, as the components read it. */
export interface ReportFormState {
  itemCode?: string;
  message?: string;
  issues?: { path: string; message: string }[];
  current?: { narrative: string; version: number; updatedByName: string | null } | null;
  submit?: { message: string; issues: { path: string; message: string }[] };
  upload?: { itemCode: string; message: string };
  review?: { message: string };
  submitted?: { timing: 'on_time' | 'late' | null };
  uploaded?: { itemCode: string; fileName: string };
  commented?: string;
  additionsRequested?: boolean;
  reopened?: boolean;
}
