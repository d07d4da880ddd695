import { formatVietnamese, type LocalDate } from '../calendar/local-date.js';
import { distinct, type VisitPeople } from '../reminders/reminder-audience.js';
import type { NotificationKind } from './notification-kinds.js';

/** What happened on one visit, as its notifications read it. */
interface VisitRef {
  inspectionId: string;
  planId: string;
  unitName: string;
  people: VisitPeople;
}

/** An act that tells someone, with what they need to know of it (issue 15's list). */
export type NotificationEvent =
  | (VisitRef & {
      type: 'schedule_notice';
      noticeId: string;
      visitDates: readonly LocalDate[];
      reportDueDate: LocalDate | null;
    })
  | (VisitRef & {
      type: 'schedule_changed';
      changeId: string;
      /** The unit sees its visit (the notice went out): it is told too. */
      unitInformed: boolean;
      moves: readonly { label: string; from: LocalDate; to: LocalDate }[];
      why: string;
    })
  | (VisitRef & { type: 'report_feedback'; feedbackId: string; what: 'additions' | 'comment' | 'reopened' })
  | (VisitRef & { type: 'report_submitted'; submissionId: string; again: boolean })
  | (VisitRef & { type: 'minutes_ready'; minutesId: string })
  | (VisitRef & { type: 'conclusion_issued'; conclusionId: string; noticeNumber: string | null })
  | (VisitRef & { type: 'remediation_submitted'; reportId: string; action: string })
  | (VisitRef & { type: 'remediation_reviewed'; reportId: string; action: string; accepted: boolean })
  | {
      type: 'round_closed';
      roundId: string;
      roundName: string;
      summaryDueDate: LocalDate;
      planAdminIds: readonly string[];
    }
  | {
      type: 'token_expiring';
      tokenId: string;
      clientId: string;
      clientName: string;
      expiresOn: LocalDate;
      systemAdminIds: readonly string[];
    };

/** One notification to one person, with the key that keeps it from being recorded twice. */
export interface NotificationDraft {
  key: string;
  recipientId: string;
  kind: NotificationKind;
  title: string;
  body: string;
  href: string;
}

/** "ngày 07/05/2024", or "các ngày 07/05/2024, 08/05/2024". */
export function visitDatesText(dates: readonly LocalDate[]): string {
  const sorted = dates.toSorted((a, b) => a - b).map(formatVietnamese);
  return sorted.length === 1 ? `ngày ${sorted[0]}` : `các ngày ${sorted.join(', ')}`;
}

const team = (p: VisitPeople) =>
  distinct([...(p.teamLeaderId === null ? [] : [p.teamLeaderId]), ...p.teamMemberIds]);
const unit = (p: VisitPeople) => distinct([...p.unitOfficers, ...p.unitHeads]);

interface Shape {
  kind: NotificationKind;
  id: string;
  to: readonly string[];
  title: string;
  body: string;
  href: string;
}

function shapeOf(e: NotificationEvent): Shape {
  switch (e.type) {
    case 'schedule_notice':
      return {
        kind: 'schedule_notice',
        id: e.noticeId,
        to: unit(e.people),
        title: 'Thông báo lịch kiểm tra công tác cải cách hành chính',
        body: `Đoàn kiểm tra làm việc tại ${e.unitName} ${visitDatesText(e.visitDates)}.${e.reportDueDate === null ? '' : ` Đơn vị gửi báo cáo phục vụ Đoàn kiểm tra chậm nhất ngày ${formatVietnamese(e.reportDueDate)}.`}`,
        href: `/bao-cao/${e.inspectionId}`,
      };
    case 'schedule_changed':
      return {
        kind: 'schedule_changed',
        id: e.changeId,
        to: distinct([...(e.unitInformed ? unit(e.people) : []), ...team(e.people)]),
        title: `Thời hạn thay đổi: ${e.unitName}`,
        body: `${e.moves.map((m) => `${m.label}: hạn ${formatVietnamese(m.from)} → ${formatVietnamese(m.to)}`).join('; ')}. Lý do: ${e.why}.`,
        href: `/cuoc-kiem-tra/${e.inspectionId}`,
      };
    case 'report_feedback':
      return {
        kind: 'report_feedback',
        id: e.feedbackId,
        to: unit(e.people),
        title:
          e.what === 'additions'
            ? 'Đoàn kiểm tra đề nghị bổ sung báo cáo'
            : e.what === 'reopened'
              ? 'Đoàn kiểm tra mở lại báo cáo để chỉnh sửa'
              : 'Đoàn kiểm tra cho ý kiến về báo cáo',
        body: `Báo cáo phục vụ Đoàn kiểm tra của ${e.unitName}.`,
        href: `/bao-cao/${e.inspectionId}`,
      };
    case 'report_submitted':
      return {
        kind: 'report_submitted',
        id: e.submissionId,
        to: team(e.people),
        title: e.again ? `${e.unitName} đã gửi lại báo cáo` : `${e.unitName} đã gửi báo cáo`,
        body: 'Báo cáo phục vụ Đoàn kiểm tra đã gửi; Đoàn kiểm tra đọc trước ngày làm việc tại đơn vị.',
        href: `/bao-cao/${e.inspectionId}`,
      };
    case 'minutes_ready':
      return {
        kind: 'minutes_ready',
        id: e.minutesId,
        to: unit(e.people),
        title: 'Biên bản làm việc của Đoàn kiểm tra',
        body: `Biên bản làm việc tại ${e.unitName} đã sẵn sàng để đơn vị đọc.`,
        href: `/cuoc-kiem-tra/${e.inspectionId}/bien-ban`,
      };
    case 'conclusion_issued':
      return {
        kind: 'conclusion_issued',
        id: e.conclusionId,
        to: unit(e.people),
        title: 'Thông báo kết luận kiểm tra đã ban hành',
        body: `${e.noticeNumber === null ? 'Thông báo kết luận' : `Thông báo kết luận số ${e.noticeNumber}`} về kết quả kiểm tra tại ${e.unitName}; đơn vị thực hiện các kiến nghị và báo cáo kết quả khắc phục.`,
        href: `/cuoc-kiem-tra/${e.inspectionId}/ket-luan`,
      };
    case 'remediation_submitted':
      return {
        kind: 'remediation_submitted',
        id: e.reportId,
        to: team(e.people),
        title: `${e.unitName} báo cáo kết quả khắc phục`,
        body: `Kiến nghị: ${e.action}. Đoàn kiểm tra xem xét báo cáo.`,
        href: `/cuoc-kiem-tra/${e.inspectionId}/khac-phuc`,
      };
    case 'remediation_reviewed':
      return {
        kind: 'remediation_reviewed',
        id: e.reportId,
        to: unit(e.people),
        title: e.accepted ? 'Báo cáo khắc phục được chấp nhận' : 'Báo cáo khắc phục bị trả lại',
        body: `Kiến nghị: ${e.action}.${e.accepted ? '' : ' Đơn vị báo cáo lại kết quả khắc phục.'}`,
        href: `/cuoc-kiem-tra/${e.inspectionId}/khac-phuc`,
      };
    case 'round_closed':
      return {
        kind: 'round_closed',
        id: e.roundId,
        to: e.planAdminIds,
        title: `Kết thúc ${e.roundName}`,
        body: `Sở Nội vụ ban hành báo cáo kết quả kiểm tra của đợt chậm nhất ngày ${formatVietnamese(e.summaryDueDate)}.`,
        href: `/bao-cao-tong-hop/${e.roundId}`,
      };
    case 'token_expiring':
      return {
        kind: 'token_expiring',
        id: e.tokenId,
        to: e.systemAdminIds,
        title: `Mã kết nối của ${e.clientName} sắp hết hạn`,
        body: `Mã kết nối hết hạn ngày ${formatVietnamese(e.expiresOn)}; hãy cấp mã mới cho hệ thống trước ngày đó.`,
        href: `/he-thong-ket-noi/${e.clientId}`,
      };
  }
}

/**
 * Who is told of an act, and in which words: the unit's officer and head of what the team does,
 * the team of what the unit sends, Sở Nội vụ of a round closed, the system administrator of a
 * token about to expire. Never the person who acted. One key per event and recipient.
 * @example notificationsFor(event, 'leader-id').map((n) => n.recipientId) // ['officer-id', 'head-id']
 */
export function notificationsFor(event: NotificationEvent, actorId: string | null): NotificationDraft[] {
  const s = shapeOf(event);
  return distinct(s.to)
    .filter((id) => id !== actorId)
    .map((recipientId) => ({
      key: `${s.kind}:${s.id}:${recipientId}`,
      recipientId,
      kind: s.kind,
      title: s.title,
      body: s.body,
      href: s.href,
    }));
}

/** How long before a system's token expires its system administrator is told: 14 days. */
export const TOKEN_EXPIRY_NOTICE_DAYS = 14;

/**
 * Whether a token is about to expire: still valid now, and expiring within the notice period.
 * @example tokenAboutToExpire(new Date('2025-05-10T00:00:00Z'), new Date('2025-05-01T00:00:00Z')) // true
 */
export function tokenAboutToExpire(expiresAt: Date, now: Date, days = TOKEN_EXPIRY_NOTICE_DAYS): boolean {
  const left = expiresAt.getTime() - now.getTime();
  return left > 0 && left <= days * 86_400_000;
}
