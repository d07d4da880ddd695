import { all, type Cases, inProvince, may, STALE, signedIn } from './case.js';

const byInspection = (s: { id: string }) => ({ inspectionId: s.id });
const minutes = {
  date: '2024-06-06',
  place: 'Trụ sở đơn vị',
  attendees: [
    { name: 'Trần Quốc Bảo', organisation: 'Sở Nội vụ', role: 'team_leader' },
    { name: 'Người đứng đầu', organisation: 'Đơn vị', role: 'unit_head' },
  ],
};
const finding = { area: 'A1', kind: 'achievement', description: 'Ban hành kế hoạch đúng hạn' };
const recommendation = { action: 'Rà soát quy trình', responsible: 'Văn phòng' };

/** A visit, its schedule, the team's work, the conclusion, remediation, rounds and the summary. */
export const inspectionCases: Cases = {
  'inspections.list': { on: 'none', allows: signedIn },
  'inspections.todo': { on: 'none', allows: signedIn },
  'inspections.get': { on: 'inspection', input: byInspection, allows: may('inspection.read') },
  'inspections.deadlines': { on: 'inspection', input: byInspection, allows: may('inspection.read') },

  'schedule.get': { on: 'inspection', input: byInspection, allows: may('inspection.read') },
  'schedule.set': {
    on: 'inspection',
    input: (s) => ({ inspectionId: s.id, expectedVersion: STALE, dates: ['2024-07-01'], form: 'on_site' }),
    allows: may('inspection.schedule'),
  },
  'schedule.recordNotice': {
    on: 'inspection',
    input: (s) => ({
      inspectionId: s.id,
      expectedVersion: STALE,
      notice: { number: '12/TB-SNV', date: '2024-06-06', recipients: ['Đơn vị được kiểm tra'] },
    }),
    allows: may('inspection.schedule'),
  },
  'schedule.reschedule': {
    on: 'inspection',
    input: (s) => ({ inspectionId: s.id, expectedVersion: STALE, dates: ['2024-07-01'] }),
    allows: may('inspection.schedule'),
  },
  'schedule.notices': { on: 'inspection', input: byInspection, allows: may('inspection.read') },
  'schedule.proposedAttendees': { on: 'inspection', input: byInspection, allows: may('inspection.read') },
  'schedule.timeline': { on: 'plan', input: (s) => ({ planId: s.id }), allows: may('plan.read') },

  'minutes.get': { on: 'inspection', input: byInspection, allows: may('teamWork.read') },
  'minutes.save': {
    on: 'inspection',
    input: (s) => ({ inspectionId: s.id, expectedVersion: STALE, minutes }),
    allows: may('inspection.record'),
  },
  'findings.list': { on: 'inspection', input: byInspection, allows: may('inspection.read') },
  'findings.add': {
    on: 'inspection',
    input: (s) => ({ inspectionId: s.id, finding }),
    allows: may('inspection.record'),
  },
  'findings.update': {
    on: 'finding',
    input: (s) => ({ findingId: s.id, expectedVersion: STALE, finding }),
    allows: may('inspection.record'),
  },
  'findings.remove': {
    on: 'finding',
    input: (s) => ({ findingId: s.id, expectedVersion: STALE }),
    allows: may('inspection.record'),
  },
  'conclusions.get': { on: 'inspection', input: byInspection, allows: may('inspection.read') },
  'conclusions.saveAssessment': {
    on: 'inspection',
    input: (s) => ({ inspectionId: s.id, expectedVersion: STALE, generalAssessment: 'Đánh giá chung' }),
    allows: may('inspection.record'),
  },
  'conclusions.addRecommendation': {
    on: 'inspection',
    input: (s) => ({ inspectionId: s.id, recommendation }),
    allows: may('inspection.record'),
  },
  'conclusions.updateRecommendation': {
    on: 'recommendation',
    input: (s) => ({ recommendationId: s.id, expectedVersion: STALE, recommendation }),
    allows: may('inspection.record'),
  },
  'conclusions.removeRecommendation': {
    on: 'recommendation',
    input: (s) => ({ recommendationId: s.id, expectedVersion: STALE }),
    allows: may('inspection.record'),
  },
  'conclusions.issue': {
    on: 'inspection',
    input: (s) => ({
      inspectionId: s.id,
      expectedVersion: STALE,
      notice: { date: '2024-06-06' },
    }),
    allows: may('inspection.conclude'),
  },
  'remediation.report': {
    on: 'recommendation',
    input: (s) => ({
      recommendationId: s.id,
      expectedVersion: STALE,
      state: 'done',
      actionsTaken: 'Đã rà soát',
    }),
    allows: may('remediation.write'),
  },
  'remediation.decide': {
    on: 'recommendation',
    input: (s) => ({ recommendationId: s.id, expectedVersion: STALE, decision: { decision: 'accepted' } }),
    allows: may('remediation.review'),
  },
  'remediation.carryOver': {
    on: 'recommendation',
    input: (s) => ({ recommendationId: s.id, expectedVersion: STALE, reason: 'Chuyển năm sau' }),
    allows: may('remediation.review'),
  },
  'remediation.close': {
    on: 'inspection',
    input: (s) => ({ inspectionId: s.id, expectedVersion: STALE }),
    allows: may('inspection.conclude'),
  },
  'followUps.open': {
    on: 'inspection',
    input: (s) => ({ inspectionId: s.id, kind: 'follow_up' }),
    allows: may('inspection.conclude'),
  },
  'followUps.links': { on: 'inspection', input: byInspection, allows: may('inspection.read') },
  'earlierConclusions.list': { on: 'inspection', input: byInspection, allows: may('inspection.read') },
  'earlierConclusions.add': {
    on: 'inspection',
    input: (s) => ({
      inspectionId: s.id,
      conclusion: {
        year: 2023,
        issuer: 'Sở Nội vụ',
        documentNumber: '12/TB-SNV',
        date: '2023-06-01',
        recommendations: [recommendation],
      },
    }),
    allows: may('inspection.record'),
  },

  'rounds.list': { on: 'plan', input: (s) => ({ planId: s.id }), allows: may('plan.read') },
  'rounds.create': {
    on: 'team',
    input: (s) => ({
      planId: s.refs.planId,
      teamId: s.id,
      name: 'Đợt thử',
      inspectionIds: [s.refs.inspectionId],
    }),
    allows: all(may('plan.read'), may('round.manage')),
  },
  'rounds.get': {
    on: 'round',
    input: (s) => ({ roundId: s.id }),
    allows: all(may('plan.read'), may('inspection.read')),
  },
  'rounds.close': {
    on: 'round',
    input: (s) => ({ roundId: s.id, expectedVersion: STALE }),
    allows: all(may('plan.read'), may('round.manage')),
  },
  'summary.get': {
    on: 'round',
    input: (s) => ({ roundId: s.id }),
    allows: all(may('plan.read'), may('results.read')),
  },
  'summary.save': {
    on: 'round',
    input: (s) => ({
      roundId: s.id,
      expectedVersion: STALE,
      title: 'Báo cáo',
      body: 'Nội dung',
      signerTitle: 'GIÁM ĐỐC',
      signerName: 'Nguyễn Thanh Phong',
    }),
    allows: all(may('plan.read'), may('summary.manage')),
  },
  'summary.issue': {
    on: 'round',
    input: (s) => ({
      roundId: s.id,
      expectedVersion: STALE,
      issuedOn: '2024-06-06',
    }),
    allows: all(may('plan.read'), may('summary.manage')),
  },
  'results.byPlan': { on: 'plan', input: (s) => ({ planId: s.id }), allows: may('results.read') },
  'overview.get': { on: 'none', input: () => ({ year: 2024 }), allows: inProvince('results.read') },
  'reports.states': { on: 'none', allows: signedIn },
  'reports.templates': { on: 'none', allows: inProvince('reportTemplate.manage') },
};
