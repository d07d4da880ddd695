import type { Generated, JSONColumnType } from 'kysely';

/** What a change recorded: the names or parents before and after, for the unit's history. */
export interface OrgUnitChangeDetails {
  fromName?: string;
  toName?: string;
  fromParentId?: string | null;
  toParentId?: string;
}

export interface TenantsTable {
  id: string;
  name: string;
  created_at: Generated<Date>;
  /** The place its documents print (ô 4, "Bình Định"); null: read from the root unit's name. */
  place_name: Generated<string | null>;
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
  /** Mã đơn vị hành chính (provinces, districts, communes). */
  admin_code: Generated<string | null>;
  /** Mã định danh điện tử (Decision 20/2020/QĐ-TTg). */
  electronic_id: Generated<string | null>;
  commune_type: Generated<'xa' | 'phuong' | 'thi_tran' | 'dac_khu' | null>;
  version: Generated<number>;
  request_id: Generated<string | null>;
}

export interface OrgUnitNamesTable {
  id: Generated<string>;
  tenant_id: string;
  org_unit_id: string;
  name: string;
  short_name: string | null;
  valid_from: string;
}

export interface OrgUnitChangesTable {
  id: Generated<string>;
  tenant_id: string;
  org_unit_id: string;
  change: 'created' | 'renamed' | 'reparented' | 'closed';
  effective_from: string;
  basis_kind: 'resolution' | 'decision' | 'decree' | 'other';
  basis_number: string;
  basis_date: string;
  basis_issuer: string | null;
  details: JSONColumnType<OrgUnitChangeDetails, string, string>;
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

export interface OrgUnitSuccessionsTable {
  id: Generated<string>;
  tenant_id: string;
  predecessor_id: string;
  successor_id: string;
  effective_from: string;
  basis_kind: 'resolution' | 'decision' | 'decree' | 'other';
  basis_number: string;
  basis_date: string;
  basis_issuer: string | null;
  sort_order: Generated<number>;
  created_at: Generated<Date>;
}
