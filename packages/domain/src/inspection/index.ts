import type { ClosureIssueCode } from './closure.js';
import type { ConclusionIssueCode } from './conclusion.js';
import type { EarlierConclusionIssueCode } from './earlier-conclusions.js';
import type { FollowUpIssueCode } from './follow-up.js';
import type { InspectionProgressIssueCode } from './inspection-workflow.js';
import type { MinutesIssueCode } from './minutes.js';
import type { RemediationIssueCode } from './remediation.js';
import type { RoundIssueCode } from './rounds.js';
import type { RemediationOpenIssueCode, TeamWorkIssueCode } from './team-work.js';

export * from './closure.js';
export * from './conclusion.js';
export * from './content-areas.js';
export * from './earlier-conclusions.js';
export * from './findings.js';
export * from './follow-up.js';
export * from './inspection-issue.js';
export * from './inspection-workflow.js';
export * from './minutes.js';
export * from './recommendations.js';
export * from './remediation.js';
export * from './rounds.js';
export * from './summary.js';
export * from './team-work.js';

/** Every code an inspection rule can answer with, for the API's one map from codes to responses. */
export type InspectionIssueCode =
  | ClosureIssueCode
  | ConclusionIssueCode
  | EarlierConclusionIssueCode
  | FollowUpIssueCode
  | InspectionProgressIssueCode
  | MinutesIssueCode
  | RemediationIssueCode
  | RoundIssueCode
  | TeamWorkIssueCode
  | RemediationOpenIssueCode;
export * from './inspection-api.schemas.js';
export * from './remediation-report-due.js';
export * from './summary-text.js';
