import type { Generated } from 'kysely';

export interface TenantsTable {
  id: string;
  name: string;
  created_at: Generated<Date>;
}

export interface OrgUnitsTable {
  id: Generated<string>;
  tenant_id: string;
  code: string;
  name: string;
  short_name: string | null;
  kind: 'province' | 'department' | 'central_agency' | 'district' | 'commune' | 'other';
  /** Dates are read as yyyy-mm-dd strings (see the type parsers in connection.ts). */
  valid_from: string;
  valid_to: string | null;
  created_at: Generated<Date>;
}

export interface OrgUnitParentsTable {
  id: Generated<string>;
  tenant_id: string;
  org_unit_id: string;
  parent_id: string;
  valid_from: string;
  valid_to: string | null;
}
