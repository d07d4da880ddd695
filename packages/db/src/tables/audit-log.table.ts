import type { Generated } from 'kysely';

export interface AuditLogTable {
  id: Generated<string>;
  tenant_id: string | null;
  occurred_at: Generated<Date>;
  actor_kind: string;
  actor_id: string | null;
  actor_name: string | null;
  operation: 'INSERT' | 'UPDATE' | 'DELETE';
  entity: string;
  entity_id: string | null;
  reason: string | null;
  before: unknown;
  after: unknown;
}
