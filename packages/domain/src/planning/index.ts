import type { AdHocOrderIssueCode } from './ad-hoc-order.js';
import type { InspectionStatusIssueCode } from './inspection-status.js';
import type { LowerLevelScopeIssueCode } from './lower-level-scope.js';
import type { PlanCheckCode } from './plan-checks.js';
import type { PlanLifecycleIssueCode } from './plan-lifecycle.js';
import type { ScheduleIssueCode } from './schedule-check.js';
import type { TargetImportIssueCode } from './target-import.js';
import type { TargetRemovalIssueCode } from './target-removal.js';
import type { TargetSubUnitsIssueCode } from './target-sub-units.js';
import type { TeamIssueCode } from './team-check.js';

export * from './ad-hoc-order.js';
export * from './attendees.js';
export * from './authorities.js';
export * from './inspection-status.js';
export * from './lower-level-scope.js';
export * from './plan-as-at.js';
export * from './plan-checks.js';
export * from './plan-input.schemas.js';
export * from './plan-lifecycle.js';
export * from './plan-model.js';
export * from './planning-api.schemas.js';
export * from './planning-issue.js';
export * from './schedule-check.js';
export * from './target-import.js';
export * from './target-import-header.js';
export * from './target-removal.js';
export * from './target-sub-units.js';
export * from './target-successor-mapping.js';
export * from './targets-exist-check.js';
export * from './team-check.js';
export * from './timeline.js';
export * from './unit-lookup.js';

/** Every code a planning rule can answer with, for the API's one map from codes to responses. */
export type PlanningIssueCode =
  | AdHocOrderIssueCode
  | InspectionStatusIssueCode
  | LowerLevelScopeIssueCode
  | PlanCheckCode
  | PlanLifecycleIssueCode
  | ScheduleIssueCode
  | TargetImportIssueCode
  | TargetRemovalIssueCode
  | TargetSubUnitsIssueCode
  | TeamIssueCode;
