import type { Generated } from 'kysely';

/** A deadline of a visit that a change moved: old and new due date, and why. */
export interface DeadlineMovesTable {
  id: Generated<string>;
  tenant_id: string;
  inspection_id: string;
  deadline_key: string;
  label: string;
  from_date: string;
  to_date: string;
  cause: 'rescheduled' | 'calendar_edited';
  reason: string;
  actor_name: string | null;
  moved_at: Generated<Date>;
}
