import type { TRPCClient } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejection } from '../../testing/rejection.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';
import type { AppRouter } from '../root.js';

// The seed visits Xã Bình Tường on Wednesday 5 June 2024 (notified); the clock moves per test.
let now = new Date('2024-06-06T02:00:00Z');

let server: TestServer;
let leader: TRPCClient<AppRouter>;
let member: TRPCClient<AppRouter>;
let admin: TRPCClient<AppRouter>;
let unit: TRPCClient<AppRouter>;
let otherUnit: TRPCClient<AppRouter>;
let inspectionId: string;

const MINUTES = {
  date: '2024-06-05',
  place: 'Trụ sở Ủy ban nhân dân xã Bình Tường',
  attendees: [
    {
      name: 'Trần Quốc Bảo',
      position: 'Phó Giám đốc Sở Nội vụ',
      organisation: 'Sở Nội vụ',
      role: 'team_leader' as const,
    },
    {
      name: 'Lê Văn Sang',
      position: 'Chủ tịch UBND xã',
      organisation: 'UBND xã Bình Tường',
      role: 'unit_head' as const,
    },
  ],
  discussion: 'Trao đổi về tỷ lệ hồ sơ trực tuyến.',
  leaderConclusion: 'Đơn vị cơ bản thực hiện tốt công tác CCHC.',
};

/** Moves the clock to 09:00 of a day; sessions last 12 hours, so everyone signs in again. */
async function at(iso: string) {
  now = new Date(`${iso}T02:00:00Z`);
  leader = await server.signedIn('truongdoan');
  member = await server.signedIn('thanhvien');
  admin = await server.signedIn('admin');
  unit = await server.signedIn('xa.binhtuong');
  otherUnit = await server.signedIn('sct');
}

beforeAll(async () => {
  server = await startTestServer({ clock: { now: () => now } });
  await at('2024-06-06');
  const visits = (await leader.inspections.list.query()).items;
  const visit = visits.find((v) => v.orgUnitName.includes('Bình Tường'));
  if (!visit) throw new Error('no visit to xã Bình Tường in the seed');
  inspectionId = visit.id;
});
afterAll(async () => server?.close());

describe('the minutes, written by the team together', () => {
  it('refuses anyone outside the team, Sở Nội vụ included', async () => {
    for (const outsider of [admin, unit]) {
      const refused = await rejection(
        outsider.minutes.save.mutate({ inspectionId, expectedVersion: 0, minutes: MINUTES }),
      );
      expect(refused.data?.code).toBe('FORBIDDEN');
    }
  });

  it('refuses minutes dated before the inspection, saying what to fix', async () => {
    const refused = await rejection(
      member.minutes.save.mutate({
        inspectionId,
        expectedVersion: 0,
        minutes: { ...MINUTES, date: '2024-06-04' },
      }),
    );
    expect(refused.message).toContain(
      'Ngày lập biên bản (04/06/2024) không được trước ngày kiểm tra đầu tiên (05/06/2024)',
    );
    const visit = await leader.inspections.get.query({ inspectionId });
    expect(visit.status).toBe('notified');
  });

  it('starts the inspection on the first save, and answers a lost update with 409 naming who saved', async () => {
    const first = await member.minutes.save.mutate({ inspectionId, expectedVersion: 0, minutes: MINUTES });
    expect(first.version).toBe(1);
    expect(first.updatedByName).toBe('Phạm Thị Minh Thư');
    expect((await leader.inspections.get.query({ inspectionId })).status).toBe('in_progress');

    const stale = await rejection(
      leader.minutes.save.mutate({
        inspectionId,
        expectedVersion: 0,
        minutes: { ...MINUTES, discussion: 'Bản khác' },
      }),
    );
    expect(stale.data?.httpStatus).toBe(409);
    expect(stale.message).toContain('Biên bản vừa được Phạm Thị Minh Thư lưu (phiên bản 1)');
    const kept = await leader.minutes.get.query({ inspectionId });
    expect(kept.discussion).toBe(MINUTES.discussion);

    const second = await leader.minutes.save.mutate({
      inspectionId,
      expectedVersion: 1,
      minutes: { ...MINUTES, discussion: 'Bổ sung ý kiến của Trưởng đoàn' },
    });
    expect(second.version).toBe(2);
    expect(second.agenda).toHaveLength(5);
  });
});

describe('findings, recommendations and the conclusion', () => {
  let shortcomingId: string;
  let shortcomingVersion: number;

  it('records findings by area and kind; the unit sees none of the draft', async () => {
    await member.findings.add.mutate({
      inspectionId,
      finding: { area: 'A1', kind: 'achievement', description: 'Ban hành kế hoạch CCHC đúng hạn' },
    });
    // A shortcoming that names nobody responsible is refused where it is entered, beside the field.
    const nobody = await rejection(
      member.findings.add.mutate({
        inspectionId,
        finding: { area: 'A3', kind: 'shortcoming', description: 'Tỷ lệ hồ sơ trực tuyến toàn trình thấp' },
      }),
    );
    expect(nobody.data?.issues?.map((i) => i.path)).toEqual(['finding.responsibilities']);
    expect(nobody.message).toBe(
      'Dữ liệu nhập chưa đúng. Hãy nhập tên cá nhân hoặc tập thể chịu trách nhiệm: bắt buộc đối với tồn tại, hạn chế và vi phạm.',
    );
    expect(await member.findings.list.query({ inspectionId })).toHaveLength(1);
    const s = await member.findings.add.mutate({
      inspectionId,
      finding: {
        area: 'A3',
        kind: 'shortcoming',
        description: 'Tỷ lệ hồ sơ trực tuyến toàn trình thấp',
        responsibilities: [{ holderKind: 'collective', holder: 'Bộ phận Một cửa' }],
      },
    });
    shortcomingId = s.id;
    shortcomingVersion = s.version;
    expect(s.responsibilityMissing).toBe(false);
    const refused = await rejection(
      member.findings.add.mutate({
        inspectionId,
        finding: { area: 'A5', kind: 'violation', description: 'x' } as never,
      }),
    );
    expect(refused.message).toContain('Hãy chọn mức độ vi phạm');

    expect(await unit.findings.list.query({ inspectionId })).toEqual([]);
    const view = await unit.conclusions.get.query({ inspectionId });
    expect(view.visible).toBe(false);
    expect(await otherUnit.conclusions.get.query({ inspectionId }).catch((e) => e.data?.code)).toBe(
      'FORBIDDEN',
    );
  });

  it('refuses the conclusion from anyone but the leader, and while a shortcoming names no one', async () => {
    await member.conclusions.addRecommendation.mutate({
      inspectionId,
      recommendation: {
        action: 'Nâng tỷ lệ hồ sơ trực tuyến toàn trình',
        responsible: 'Chủ tịch UBND xã Bình Tường',
        dueDate: '2024-06-28',
      },
    });
    const visit = await leader.inspections.get.query({ inspectionId });
    const notice = { date: '2024-06-06' };
    const byMember = await rejection(
      member.conclusions.issue.mutate({ inspectionId, expectedVersion: visit.version, notice }),
    );
    expect(byMember.data?.code).toBe('FORBIDDEN');

    const early = await rejection(
      leader.conclusions.issue.mutate({
        inspectionId,
        expectedVersion: visit.version,
        notice: { ...notice, date: '2024-06-04' },
      }),
    );
    expect(early.data?.httpStatus).toBe(422);
    expect(early.data?.issues?.map((i) => i.code)).toEqual(['conclusion_notice_before_inspection']);
    expect((await leader.inspections.get.query({ inspectionId })).status).toBe('in_progress');
  });

  it('edits a draft recommendation with its version; a stale edit is refused with 409, the unit is refused', async () => {
    const draft = await member.conclusions.addRecommendation.mutate({
      inspectionId,
      recommendation: { action: 'Niêm yết TTHC', responsible: 'Công chức Văn phòng', dueDate: null },
    });
    const fields = {
      action: 'Niêm yết đầy đủ TTHC',
      responsible: 'Văn phòng UBND xã',
      dueDate: '2024-07-31',
    };
    const edited = await leader.conclusions.updateRecommendation.mutate({
      recommendationId: draft.id,
      expectedVersion: draft.version,
      recommendation: fields,
    });
    expect(edited).toMatchObject({ ...fields, dueDateText: '31/07/2024', version: draft.version + 1 });
    const stale = await rejection(
      member.conclusions.updateRecommendation.mutate({
        recommendationId: draft.id,
        expectedVersion: draft.version,
        recommendation: { ...fields, action: 'Bản cũ' },
      }),
    );
    expect(stale.data?.httpStatus).toBe(409);
    expect(stale.message).toContain('Kiến nghị vừa được người khác thay đổi');
    const byUnit = await rejection(
      unit.conclusions.updateRecommendation.mutate({
        recommendationId: draft.id,
        expectedVersion: edited.version,
        recommendation: fields,
      }),
    );
    expect(byUnit.data?.code).toBe('FORBIDDEN');
    const view = await leader.conclusions.get.query({ inspectionId });
    expect(view.recommendations.find((r) => r.id === draft.id)?.action).toBe('Niêm yết đầy đủ TTHC');
    await leader.conclusions.removeRecommendation.mutate({
      recommendationId: draft.id,
      expectedVersion: edited.version,
    });
  });

  it('refuses a follow-up of an inspection not concluded yet', async () => {
    const refused = await rejection(leader.followUps.open.mutate({ inspectionId, kind: 're_inspection' }));
    expect(refused.data?.issues?.map((i) => i.code)).toEqual(['follow_up_source_not_concluded']);
    expect(refused.message).toContain('Chỉ tái kiểm tra một cuộc kiểm tra đã kết luận');
  });

  it('issues the notice with the responsibility named more precisely: on time, and the unit then sees it', async () => {
    await member.findings.update.mutate({
      findingId: shortcomingId,
      expectedVersion: shortcomingVersion,
      finding: {
        area: 'A3',
        kind: 'shortcoming',
        description: 'Tỷ lệ hồ sơ trực tuyến toàn trình thấp',
        responsibilities: [{ holderKind: 'collective', holder: 'Bộ phận Một cửa xã Bình Tường' }],
      },
    });
    await at('2024-06-10');
    const visit = await leader.inspections.get.query({ inspectionId });
    const issued = await leader.conclusions.issue.mutate({
      inspectionId,
      expectedVersion: visit.version,
      notice: { date: '2024-06-10' },
    });
    expect(issued.inspection.status).toBe('concluded');
    expect(issued.notice).toMatchObject({
      number: '01/TB-ĐKT',
      dateText: '10/06/2024',
      issuedByName: 'Trần Quốc Bảo',
    });
    expect(issued.deadline).toMatchObject({ dueDateText: '19/06/2024', state: 'met_on_time' });

    const seen = await unit.conclusions.get.query({ inspectionId });
    expect(seen.visible).toBe(true);
    expect(seen.canReport).toBe(true);
    expect(seen.findings.map((f) => f.kindLabel)).toEqual(['Mặt đạt được', 'Tồn tại, hạn chế']);
    expect(seen.recommendations[0]).toMatchObject({ dueDateText: '28/06/2024', overdue: false });

    const late = await rejection(
      member.findings.add.mutate({
        inspectionId,
        finding: { area: 'A1', kind: 'achievement', description: 'y' },
      }),
    );
    expect(late.message).toContain('thông báo kết luận đã ban hành');
  });
});

describe('remediation, acceptance and closure', () => {
  const recommendation = async () => {
    const view = await leader.conclusions.get.query({ inspectionId });
    const r = view.recommendations[0];
    if (!r) throw new Error('no recommendation');
    return r;
  };

  it('lets the unit report and only the team review; closure waits for every recommendation', async () => {
    const r = await recommendation();
    const byMember = await rejection(
      member.remediation.report.mutate({
        recommendationId: r.id,
        expectedVersion: r.version,
        state: 'done',
        actionsTaken: 'x',
      }),
    );
    expect(byMember.data?.code).toBe('FORBIDDEN');
    const reported = await unit.remediation.report.mutate({
      recommendationId: r.id,
      expectedVersion: r.version,
      state: 'done',
      actionsTaken: 'Đã hướng dẫn người dân nộp hồ sơ trực tuyến',
      evidenceRefs: ['Báo cáo số 12/BC-UBND ngày 20/6/2024'],
    });
    expect(reported.status).toBe('reported');
    const byUnit = await rejection(
      unit.remediation.decide.mutate({
        recommendationId: r.id,
        expectedVersion: reported.version,
        decision: { decision: 'accepted' },
      }),
    );
    expect(byUnit.data?.code).toBe('FORBIDDEN');

    const visit = await leader.inspections.get.query({ inspectionId });
    const open = await rejection(
      leader.remediation.close.mutate({ inspectionId, expectedVersion: visit.version }),
    );
    expect(open.data?.issues?.map((i) => i.code)).toEqual(['closure_recommendation_open']);

    const returned = await member.remediation.decide.mutate({
      recommendationId: r.id,
      expectedVersion: reported.version,
      decision: { decision: 'returned', reason: 'Thiếu số liệu kiểm chứng' },
    });
    expect(returned).toMatchObject({ status: 'returned', returnReason: 'Thiếu số liệu kiểm chứng' });
    expect(returned.reports[0]).toMatchObject({
      decisionLabel: 'Trả lại',
      decidedByName: 'Phạm Thị Minh Thư',
    });
  });

  it('opens a follow-up linked to the concluded inspection, checking its open recommendations', async () => {
    const byMember = await rejection(member.followUps.open.mutate({ inspectionId, kind: 'follow_up' }));
    expect(byMember.data?.code).toBe('FORBIDDEN');
    const opened = await leader.followUps.open.mutate({ inspectionId, kind: 'follow_up' });
    const r = await recommendation();
    expect(opened.recommendationIds).toEqual([r.id]);
    const links = await leader.followUps.links.query({ inspectionId: opened.id });
    expect(links.source).toMatchObject({ sourceInspectionId: inspectionId, kindLabel: 'Phúc tra' });
    expect(links.checkedRecommendations.map((x) => x.id)).toEqual([r.id]);
    const fromSource = await leader.followUps.links.query({ inspectionId });
    expect(fromSource.followUps.map((f) => f.inspectionId)).toEqual([opened.id]);
    const visit = await leader.inspections.get.query({ inspectionId: opened.id });
    expect(visit.status).toBe('planned');
  });

  it('takes over an earlier year’s conclusion: its open recommendations are followed up like its own', async () => {
    const refused = await rejection(
      member.earlierConclusions.add.mutate({
        inspectionId,
        conclusion: {
          year: 2024,
          issuer: 'Sở Nội vụ',
          documentNumber: '12/TB-SNV',
          date: '2024-03-01',
          recommendations: [],
        },
      }),
    );
    expect(refused.data?.issues?.map((i) => i.code)).toEqual([
      'earlier_conclusion_not_earlier',
      'earlier_conclusion_no_recommendations',
    ]);
    await member.earlierConclusions.add.mutate({
      inspectionId,
      conclusion: {
        year: 2022,
        issuer: 'Sở Nội vụ',
        documentNumber: '98/TB-SNV',
        date: '2022-09-20',
        recommendations: [
          { action: 'Kiện toàn bộ phận Một cửa', responsible: 'UBND xã Bình Tường', dueDate: '2022-12-31' },
          {
            action: 'Niêm yết thủ tục hành chính',
            responsible: 'Văn phòng UBND xã',
            remediatedBeforeEntry: true,
          },
        ],
      },
    });
    const [earlier] = await unit.earlierConclusions.list.query({ inspectionId });
    expect(earlier).toMatchObject({
      year: 2022,
      documentNumber: '98/TB-SNV',
      documentDateText: '20/09/2022',
    });
    expect(earlier?.recommendations.map((r) => r.action)).toEqual(['Kiện toàn bộ phận Một cửa']);
    const taken = earlier?.recommendations[0];
    if (!taken) throw new Error('no earlier recommendation');
    expect(taken).toMatchObject({
      originLabel: 'Kiến nghị theo kết luận kiểm tra năm 2022 (số 98/TB-SNV)',
      overdueLabel: 'Quá hạn khắc phục (hạn 31/12/2022)',
    });
    const carried = await member.remediation.carryOver.mutate({
      recommendationId: taken.id,
      expectedVersion: taken.version,
      reason: 'Chờ sắp xếp lại tổ chức bộ máy cấp xã',
    });
    expect(carried.status).toBe('carried_over');
  });

  it('flags a recommendation past its due date, and closes once it is accepted as done', async () => {
    await at('2024-07-01');
    const r = await recommendation();
    expect(r.overdueLabel).toBe('Quá hạn khắc phục (hạn 28/06/2024)');
    const overdueInView = (await leader.conclusions.get.query({ inspectionId })).recommendations.filter(
      (x) => x.overdue,
    ).length;
    expect(overdueInView).toBeGreaterThanOrEqual(1);
    // Every list of visits carries the same count: the team's, Sở Nội vụ's and the unit's.
    for (const reader of [leader, admin, unit]) {
      const listed = (await reader.inspections.list.query()).items.find((i) => i.id === inspectionId);
      expect(listed).toMatchObject({
        overdueRecommendations: overdueInView,
        overdueLabel: `${overdueInView} kiến nghị quá hạn khắc phục`,
      });
    }
    const others = (await admin.inspections.list.query()).items.filter((i) => i.id !== inspectionId);
    expect(others.every((i) => i.overdueRecommendations === 0 && i.overdueLabel === null)).toBe(true);
    const again = await unit.remediation.report.mutate({
      recommendationId: r.id,
      expectedVersion: r.version,
      state: 'done',
      actionsTaken: 'Tỷ lệ hồ sơ trực tuyến đạt 62%',
      evidenceRefs: ['Số liệu Hệ thống thông tin giải quyết TTHC tỉnh'],
    });
    const stale = await rejection(
      member.remediation.decide.mutate({
        recommendationId: r.id,
        expectedVersion: r.version,
        decision: { decision: 'accepted' },
      }),
    );
    expect(stale.data?.httpStatus).toBe(409);
    const accepted = await member.remediation.decide.mutate({
      recommendationId: r.id,
      expectedVersion: again.version,
      decision: { decision: 'accepted' },
    });
    expect(accepted).toMatchObject({ status: 'done', doneOn: '2024-07-01', overdue: false });
    const afterAcceptance = (await unit.inspections.list.query()).items.find((i) => i.id === inspectionId);
    expect(afterAcceptance?.overdueRecommendations).toBe(overdueInView - 1);

    const visit = await leader.inspections.get.query({ inspectionId });
    const closed = await leader.remediation.close.mutate({ inspectionId, expectedVersion: visit.version });
    expect(closed.inspection.status).toBe('closed');
    const after = await rejection(
      unit.remediation.report.mutate({
        recommendationId: r.id,
        expectedVersion: accepted.version,
        state: 'done',
        actionsTaken: 'x',
      }),
    );
    expect(after.message).toBe('Cuộc kiểm tra đã kết thúc; không báo cáo hay xem xét khắc phục thêm.');
  });

  it('wrote every change to the audit log', async () => {
    const rows = await server.database.db
      .selectFrom('audit_log')
      .select(['entity', 'actor_name'])
      .where('entity', 'in', [
        'inspection_minutes',
        'findings',
        'conclusions',
        'recommendations',
        'remediation_reports',
      ])
      .execute();
    const entities = new Set(rows.map((r) => r.entity));
    expect([...entities].sort()).toEqual([
      'conclusions',
      'findings',
      'inspection_minutes',
      'recommendations',
      'remediation_reports',
    ]);
    expect(rows.some((r) => r.entity === 'remediation_reports' && r.actor_name === 'Lê Văn Sang')).toBe(true);
  });
});
