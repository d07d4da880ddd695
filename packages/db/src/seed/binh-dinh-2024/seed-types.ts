import type {
  FigureField,
  FigureRule,
  InspectionForm,
  InspectionKind,
  InspectionStatus,
  OrgUnitKind,
  PlanStatus,
  Role,
  SignerOffice,
  TargetGroup,
  TeamKind,
  TeamMemberRole,
} from '@kiemtra/domain';

/**
 * The shapes of the seed data. Rows refer to each other by stable `code` strings; the loader maps
 * codes to the uuids the database generates, inside its transaction.
 */

/** yyyy-mm-dd */
export type IsoDate = string;

export interface SeedTenant {
  id: string;
  name: string;
}

export interface SeedOrgUnit {
  code: string;
  name: string;
  shortName: string | null;
  kind: OrgUnitKind;
  /** The parent for the whole life of the unit as recorded here; null for a root. */
  parentCode: string | null;
  validFrom: IsoDate;
  /** Last day the unit exists, inclusive; null while it exists (or while its end is not recorded). */
  validTo: IsoDate | null;
  /** Last day of the link to `parentCode`; it can end before the unit does (a commune outlives its district). */
  parentValidTo: IsoDate | null;
}

export interface SeedPlan {
  year: number;
  title: string;
  status: PlanStatus;
  ownerCode: string;
  issuingAuthority: string;
  decisionNumber: string | null;
  decisionDate: IsoDate | null;
  decisionSignerName: string;
  decisionSignerTitle: string;
  legalBases: string[];
  proposal: string;
  purposes: string[];
  requirements: string[];
  forms: InspectionForm[];
  windowStart: IsoDate;
  windowEnd: IsoDate;
  expectedTargetCount: number;
  fundingNote: string;
  reportTemplateCode: string;
}

export interface SeedPlanContent {
  kind: 'area' | 'topic';
  code: string;
  title: string;
  description: string | null;
}

export interface SeedOutlineItem {
  code: string;
  parentCode: string | null;
  title: string;
  guidance: string | null;
  /** Leaf items are what a unit must answer; headings only group them. */
  required: boolean;
  /** Issue 5: structured figures the item asks for, with their checks. */
  figures?: readonly FigureField[];
  figureRules?: readonly FigureRule[];
}

export interface SeedReportTemplate {
  code: string;
  version: number;
  title: string;
  inspectionKind: InspectionKind;
  published: boolean;
  items: SeedOutlineItem[];
}

export interface SeedTeamMember {
  fullName: string;
  position: string;
  agencyCode: string;
  role: TeamMemberRole;
  /** The demo account this member signs in with, if any. */
  username: string | null;
}

export interface SeedTeam {
  code: string;
  name: string;
  leadAgencyCode: string;
  kind: TeamKind;
  /** Who signed the forming decision (V.1: Director of Sở Nội vụ; V.2: Chief of VP UBND tỉnh). */
  decisionSignerOffice: SignerOffice;
  /** Agencies whose staff are police (PC06), for the V.2 check. */
  policeAgencyCodes?: string[];
  decisionNumber: string;
  decisionDate: IsoDate;
  decisionSignerName: string;
  decisionSignerTitle: string;
  members: SeedTeamMember[];
}

export interface SeedTarget {
  /** The inspected unit; in this seed a unit is a target at most once, so it also names the target. */
  unitCode: string;
  inspectionKind: InspectionKind;
  group: TargetGroup;
  teamCode: string;
  note: string | null;
  /** Communes inspected with their district. */
  subUnitCodes: string[];
}

export interface SeedInspection {
  targetUnitCode: string;
  /** The target's own unit or one of its sub-units. */
  unitCode: string;
  form: InspectionForm;
  status: InspectionStatus;
  startDate: IsoDate;
  endDate: IsoDate;
  place: string;
}

export interface SeedAccount {
  username: string;
  fullName: string;
  position: string;
  unitCode: string;
  roles: Role[];
}

/** What the start script prints so that people can try each role. */
export interface DemoSignIn {
  username: string;
  password: string;
  roleLabel: string;
  unitName: string;
}

export interface SeedData {
  tenant: SeedTenant;
  orgUnits: SeedOrgUnit[];
  plan: SeedPlan;
  contents: SeedPlanContent[];
  reportTemplate: SeedReportTemplate;
  teams: SeedTeam[];
  targets: SeedTarget[];
  inspections: SeedInspection[];
  accounts: SeedAccount[];
}
