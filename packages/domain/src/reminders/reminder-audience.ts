import type { DeadlineCode } from '../calendar/deadline-rules.js';

/** The people of one visit whom its reminders can reach, by account id. */
export interface VisitPeople {
  /** The unit's officers (công chức đầu mối): they write the unit's report and its remediation. */
  unitOfficers: readonly string[];
  /** The unit's head (Thủ trưởng). */
  unitHeads: readonly string[];
  teamLeaderId: string | null;
  /** The team's members other than its leader. */
  teamMemberIds: readonly string[];
  /** Sở Nội vụ: the administrators of the visit's plan. */
  planAdminIds: readonly string[];
}

/** Who does an act, who answers for them, and whether the unit acts (it learns of its visit from the notice). */
export interface ActAudience {
  act: readonly string[];
  head: readonly string[];
  /** Sở Nội vụ already acts: nobody above it to escalate to. */
  escalates: boolean;
  byUnit: boolean;
}

/**
 * Who must act on each deadline and who heads them: the unit's officer and head for the unit's
 * report and its remediation; the team leader for the schedule notice; the team (and its leader
 * above it) for the conclusion notice; Sở Nội vụ for the round's summary.
 * @example actAudience('UNIT_REPORT', people) // { act: people.unitOfficers, head: people.unitHeads, … }
 */
export function actAudience(code: DeadlineCode, p: VisitPeople): ActAudience {
  const leader = p.teamLeaderId === null ? [] : [p.teamLeaderId];
  switch (code) {
    case 'UNIT_REPORT':
    case 'REMEDIATION':
      return { act: p.unitOfficers, head: p.unitHeads, escalates: true, byUnit: true };
    case 'SCHEDULE_NOTICE':
      return { act: leader, head: leader, escalates: true, byUnit: false };
    case 'CONCLUSION_NOTICE':
      return { act: [...leader, ...p.teamMemberIds], head: leader, escalates: true, byUnit: false };
    case 'SUMMARY_REPORT':
      return { act: p.planAdminIds, head: p.planAdminIds, escalates: false, byUnit: false };
  }
}

/** Unique ids, in order. */
export const distinct = (ids: readonly string[]): string[] => [...new Set(ids)];
