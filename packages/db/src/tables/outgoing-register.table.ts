import type { Generated, JSONColumnType } from 'kysely';

export interface OutgoingRegisterCountersTable {
  tenant_id: string;
  issuer_org_unit_id: string;
  kind: string;
  year: number;
  last_number: number;
}

export interface OutgoingRegisterTable {
  id: Generated<string>;
  tenant_id: string;
  issuer_org_unit_id: string;
  kind: string;
  year: number;
  number: number;
  symbol: string;
  issued_on: string;
  summary: string;
  recipients: JSONColumnType<string[], string | undefined, string>;
  document_type: string;
  document_id: string;
  registered_by: string | null;
  registered_at: Generated<Date>;
}
