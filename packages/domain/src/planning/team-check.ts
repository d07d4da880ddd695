import type { LocalDate } from '../calendar/local-date.js';
import type { TeamMemberRole } from '../plan/vocabulary.js';
import { SIGNER_OFFICE_LABELS, type SignerOffice } from './authorities.js';
import { type PlanningIssue, type PlanningResult, planningIssue, resultOf } from './planning-issue.js';

/** 'thematic_tthc' is the team for the thematic inspection of administrative procedures (seed V.2). */
export const TEAM_KINDS = ['comprehensive', 'thematic_tthc', 'other'] as const;
export type TeamKind = (typeof TEAM_KINDS)[number];
export const TEAM_KIND_LABELS: Record<TeamKind, string> = {
  comprehensive: 'Đoàn kiểm tra công tác CCHC',
  thematic_tthc: 'Đoàn kiểm tra chuyên đề công tác giải quyết thủ tục hành chính',
  other: 'Đoàn kiểm tra khác',
};

export type TeamIssueCode =
  | 'team_leader_missing'
  | 'team_leader_multiple'
  | 'team_member_duplicate'
  | 'member_agency_not_in_plan'
  | 'team_decision_missing'
  | 'team_decision_number_missing'
  | 'team_decision_date_missing'
  | 'team_decision_signer_missing'
  | 'team_signer_wrong'
  | 'team_police_member_missing';

/** An agency that sends staff to the plan's teams (seed IV.1; Công an tỉnh for V.2). */
export interface MemberAgency {
  id: string;
  name: string;
  /** Công an tỉnh (Phòng PC06): required on the thematic TTHC team (seed V.2). */
  isPoliceUnit?: boolean;
}

export interface TeamMember {
  personId: string;
  personName: string;
  role: TeamMemberRole;
  agencyId: string;
  agencyName: string;
}

export interface TeamToCheck {
  name: string;
  kind: TeamKind;
  decision: { number: string; date: LocalDate | null; signerOffice: SignerOffice | null } | null;
  members: readonly TeamMember[];
}

/** Seed V.1: the Director of Sở Nội vụ forms the teams; V.2: the Chief of VP UBND tỉnh forms the TTHC team. */
export const TEAM_SIGNER: Record<TeamKind, SignerOffice> = {
  comprehensive: 'director_home_affairs',
  thematic_tthc: 'chief_of_office_ppc',
  other: 'director_home_affairs',
};

/**
 * Whether a team may be saved as formed: its forming decision (number, date, the right signer),
 * exactly one leader, members from the plan's member agencies (invited press aside), and for the
 * thematic TTHC team a member from the provincial police (PC06).
 * @example checkTeam({ team, memberAgencies }) // { ok: false, issues: [{ code: 'team_leader_missing', … }] }
 */
export function checkTeam(input: {
  team: TeamToCheck;
  memberAgencies: readonly MemberAgency[];
}): PlanningResult<TeamIssueCode> {
  const { team, memberAgencies } = input;
  const issues: PlanningIssue<TeamIssueCode>[] = [];
  const agencies = new Map(memberAgencies.map((a) => [a.id, a]));

  const decision = team.decision;
  const requiredSigner = SIGNER_OFFICE_LABELS[TEAM_SIGNER[team.kind]];
  if (decision === null) {
    issues.push(
      planningIssue(
        'team_decision_missing',
        `Chưa có quyết định thành lập ${team.name}; hãy nhập số, ngày và chức danh người ký (${requiredSigner}).`,
        { field: 'decision' },
      ),
    );
  } else {
    if (decision.number.trim() === '') {
      issues.push(
        planningIssue('team_decision_number_missing', `Chưa có số quyết định thành lập ${team.name}.`, {
          field: 'decision.number',
        }),
      );
    }
    if (decision.date === null) {
      issues.push(
        planningIssue('team_decision_date_missing', `Chưa có ngày ký quyết định thành lập ${team.name}.`, {
          field: 'decision.date',
        }),
      );
    }
    if (decision.signerOffice === null) {
      issues.push(
        planningIssue(
          'team_decision_signer_missing',
          `Chưa có chức danh người ký quyết định thành lập ${team.name}; người ký là ${requiredSigner}.`,
          { field: 'decision.signerOffice' },
        ),
      );
    } else if (decision.signerOffice !== TEAM_SIGNER[team.kind]) {
      const why =
        team.kind === 'thematic_tthc'
          ? 'Đoàn kiểm tra chuyên đề công tác giải quyết thủ tục hành chính do Chánh Văn phòng UBND tỉnh quyết định thành lập (mục V.2 của Kế hoạch)'
          : 'Đoàn kiểm tra do Giám đốc Sở Nội vụ quyết định thành lập (mục V.1 của Kế hoạch)';
      issues.push(
        planningIssue(
          'team_signer_wrong',
          `Quyết định thành lập ${team.name} do ${SIGNER_OFFICE_LABELS[decision.signerOffice]} ký; ${why}.`,
          { field: 'decision.signerOffice' },
        ),
      );
    }
  }

  const leaders = team.members.filter((m) => m.role === 'leader');
  if (leaders.length === 0) {
    issues.push(
      planningIssue(
        'team_leader_missing',
        `${team.name} chưa có Trưởng đoàn; hãy chọn một người làm Trưởng đoàn.`,
        {
          field: 'members',
        },
      ),
    );
  } else if (leaders.length > 1) {
    issues.push(
      planningIssue(
        'team_leader_multiple',
        `${team.name} có ${leaders.length} Trưởng đoàn (${leaders.map((l) => l.personName).join(', ')}); mỗi đoàn chỉ có một Trưởng đoàn.`,
        { field: 'members' },
      ),
    );
  }

  const seen = new Set<string>();
  for (const m of team.members) {
    if (seen.has(m.personId)) {
      issues.push(
        planningIssue(
          'team_member_duplicate',
          `${m.personName} có tên hai lần trong ${team.name}; hãy bỏ bớt một lần.`,
          {
            field: 'members',
          },
        ),
      );
    }
    seen.add(m.personId);
    // Seed IV.1: press are invited from outside the member agencies (Đài PT-TH, Báo Bình Định).
    if (m.role !== 'press' && !agencies.has(m.agencyId)) {
      issues.push(
        planningIssue(
          'member_agency_not_in_plan',
          `${m.personName} thuộc ${m.agencyName}, không phải cơ quan tham gia Đoàn kiểm tra theo kế hoạch; hãy chọn người của các cơ quan: ${memberAgencies.map((a) => a.name).join(', ')}.`,
          { field: 'members' },
        ),
      );
    }
  }

  if (
    team.kind === 'thematic_tthc' &&
    !team.members.some((m) => m.role !== 'press' && agencies.get(m.agencyId)?.isPoliceUnit === true)
  ) {
    issues.push(
      planningIssue(
        'team_police_member_missing',
        `${team.name} phải có thành viên của Công an tỉnh (Phòng PC06) theo mục V.2 của Kế hoạch; hãy bổ sung.`,
        { field: 'members' },
      ),
    );
  }
  return resultOf(issues);
}
