import { randomUUID } from 'node:crypto';
import { can } from '@kiemtra/domain';
import { makePlanInput } from '../planning-fixtures.js';
import { all, anyone, type Cases, inProvince, may, STALE, signedIn } from './case.js';

const PUBLISHED = { planStatus: 'published' } as const;

/** Sign-in, the calendar, the unit register, plans, targets and teams. */
export const planningCases: Cases = {
  'auth.signIn': { on: 'none', input: (_s, w) => w.signInAccount, allows: anyone },
  'auth.signOut': { on: 'none', allows: anyone, endsSession: true },
  'auth.me': { on: 'none', allows: signedIn },
  // A wrong current password: every person gets past the gate to a 400 beside the field, changing
  // nothing; a system (a token) has no password to change.
  'auth.changeOwnPassword': {
    on: 'none',
    input: () => ({
      currentPassword: 'không-phải-mật-khẩu-hiện-tại',
      newPassword: 'Tre-xanh-ven-song-47',
      newPasswordRepeat: 'Tre-xanh-ven-song-47',
    }),
    allows: (actor) => actor?.kind === 'user',
  },

  'calendar.year': { on: 'none', input: () => ({ year: 2024 }), allows: inProvince('calendar.read') },
  'calendar.addWorkingDays': {
    on: 'none',
    input: () => ({ date: '2024-06-06', days: 5 }),
    allows: inProvince('calendar.read'),
  },
  'calendar.explain': {
    on: 'none',
    input: () => ({ code: 'CONCLUSION_NOTICE', baseDate: '2024-06-06' }),
    allows: inProvince('calendar.read'),
  },
  'calendar.schedules': { on: 'none', allows: inProvince('calendar.read') },
  'calendar.lawHolidays': { on: 'none', allows: inProvince('calendar.read') },
  'calendar.saveLawHoliday': {
    on: 'none',
    input: () => ({
      id: null,
      expectedVersion: null,
      rule: {
        name: 'Ngày lễ thử của ma trận quyền',
        month: 1,
        day: 1,
        status: 'proposed',
        validFrom: '2030-01-01',
        basis: 'Văn bản thử nghiệm',
      },
    }),
    allows: inProvince('calendar.manage'),
  },
  'calendar.saveSchedule': {
    on: 'none',
    input: () => ({
      schedule: { year: 2030, source: 'TB 1/TB-LĐTBXH ngày 01/01/2030', daysOff: [], workingWeekendDays: [] },
      expectedVersion: STALE,
    }),
    allows: inProvince('calendar.manage'),
  },

  'plans.list': { on: 'none', allows: inProvince('plan.read', PUBLISHED) },
  'plans.get': {
    on: 'plan',
    input: (s) => ({ planId: s.id }),
    allows: all(inProvince('plan.read', PUBLISHED), may('plan.read')),
  },
  'plans.create': {
    on: 'none',
    input: (_s, w) => makePlanInput(w.unit, { year: 2031 }),
    // The new plan is owned by the actor's own unit.
    allows: (actor, s) =>
      actor?.kind === 'user' &&
      can(actor, 'plan.manage', { tenantId: s.resource.tenantId, planOwnerUnitId: actor.orgUnitId }).allowed,
  },
  'plans.copyFromPreviousYear': {
    on: 'plan',
    input: (s) => ({ planId: s.id, year: 2032 }),
    allows: all(may('plan.read'), may('plan.manage')),
  },
  'plans.copyMapping': { on: 'plan', input: (s) => ({ planId: s.id }), allows: may('plan.read') },
  'plans.forEditing': { on: 'plan', input: (s) => ({ planId: s.id }), allows: may('plan.read') },
  'plans.update': {
    on: 'plan',
    input: (s, w) => ({
      ...makePlanInput(w.unit),
      planId: s.id,
      expectedVersion: STALE,
      reason: 'Điều chỉnh',
    }),
    allows: may('plan.manage'),
  },
  'plans.publish': {
    on: 'plan',
    input: (s) => ({ planId: s.id, expectedVersion: STALE }),
    allows: may('plan.manage'),
  },
  'plans.discard': {
    on: 'plan',
    input: (s) => ({ planId: s.id, expectedVersion: STALE }),
    allows: may('plan.manage'),
  },
  'plans.history': { on: 'plan', input: (s) => ({ planId: s.id }), allows: may('audit.read') },
  'plans.checks': { on: 'plan', input: (s) => ({ planId: s.id }), allows: may('plan.read') },
  'plans.reminderSettings': { on: 'plan', input: (s) => ({ planId: s.id }), allows: may('plan.read') },
  'plans.setReminderSettings': {
    on: 'plan',
    input: (s) => ({
      planId: s.id,
      expectedVersion: STALE,
      settings: { beforeWorkingDays: [5, 2, 0], escalateAfterWorkingDays: 3 },
    }),
    allows: may('plan.manage'),
  },
  'plans.rollup': { on: 'none', input: () => ({}), allows: inProvince('plan.read', PUBLISHED) },

  'targets.add': {
    on: 'plan',
    input: (s, w) => ({
      planId: s.id,
      orgUnitId: w.unit('so-y-te'),
      kind: 'comprehensive',
      group: 'provincial_agencies',
      reason: 'Bổ sung đối tượng',
    }),
    allows: may('plan.manage'),
  },
  'targets.remove': {
    on: 'target',
    input: (s) => ({ targetId: s.id, expectedVersion: STALE, reason: 'Bỏ đối tượng' }),
    allows: may('plan.manage'),
  },
  'targets.importPreview': {
    on: 'plan',
    input: (s) => ({ planId: s.id, fileBase64: 'AAAA' }),
    allows: may('plan.manage'),
  },
  'targets.importCommit': {
    on: 'plan',
    input: (s) => ({ planId: s.id, fileBase64: 'AAAA' }),
    allows: may('plan.manage'),
  },
  'targets.importTemplate': { on: 'none', allows: inProvince('plan.read', PUBLISHED) },

  'teams.save': {
    on: 'team',
    input: (s, w) => ({
      planId: s.refs.planId,
      teamId: s.id,
      expectedVersion: STALE,
      name: 'Đoàn kiểm tra',
      kind: 'comprehensive',
      leadAgencyId: w.unit('so-noi-vu'),
      members: [],
      reason: 'Điều chỉnh Đoàn',
    }),
    allows: may('team.manage'),
  },
  'teams.people': { on: 'plan', input: (s) => ({ planId: s.id }), allows: may('team.manage') },
  'teams.assign': {
    on: 'team',
    input: (s) => ({ teamId: s.id, targetIds: [randomUUID()], reason: 'Điều chỉnh Đoàn' }),
    allows: may('team.manage'),
  },
  'teams.get': { on: 'team', input: (s) => ({ teamId: s.id }), allows: may('plan.read') },
  'adHoc.add': {
    on: 'plan',
    input: (s, w) => ({
      planId: s.id,
      orgUnitId: w.unit('so-y-te'),
      order: { decisionNumber: '', decisionDate: null, orderedBy: null },
    }),
    allows: may('plan.manage'),
  },
};
