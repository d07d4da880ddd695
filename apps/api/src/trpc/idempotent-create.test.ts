import { describe, expect, it } from 'vitest';
import { idempotentCreate } from './idempotent-create.js';
import { appRouter } from './root.js';

// Issue 18: every create takes an Idempotency-Key. A new mutation must be named here as a create
// (and carry the middleware) or as a change that a retry cannot duplicate; the test fails otherwise.
const CREATES = [
  'adHoc.add',
  'apiClients.register',
  'conclusions.addRecommendation',
  'earlierConclusions.add',
  'findings.add',
  'followUps.open',
  'orgUnits.create',
  'orgUnits.import.commit',
  'plans.copyFromPreviousYear',
  'plans.create',
  'remediation.report',
  'reports.comment',
  'reports.commentSystemFigure',
  'rounds.create',
  'schedule.recordNotice',
  'targets.add',
  'targets.importCommit',
];
/**
 * Edits under an expected version, removals, state changes, sign-in: a retry is a 409 or a no-op.
 * A token issued or rotated is told once and never stored in clear, so not in a replayable answer;
 * nor is an account's temporary password: a retried account create is refused by its unique
 * username, beside the field (accounts.router.test.ts).
 */
const NOT_CREATES = [
  'accounts.create',
  'accounts.deactivate',
  'accounts.import.commit',
  'accounts.import.preview',
  // Moves what is still at the ceased unit: a retry finds nothing left there and moves 0.
  'accounts.moveToSuccessor',
  'accounts.reactivate',
  'accounts.resetPassword',
  'accounts.update',
  'apiClients.issueToken',
  'apiClients.revokeToken',
  'apiClients.rotateToken',
  'apiClients.update',
  'attachments.remove',
  'auth.changeOwnPassword',
  'auth.signIn',
  'auth.signOut',
  'calendar.saveLawHoliday',
  'calendar.saveSchedule',
  'conclusions.issue',
  'conclusions.removeRecommendation',
  'conclusions.saveAssessment',
  'conclusions.updateRecommendation',
  'findings.remove',
  'findings.update',
  'minutes.save',
  'notifications.markAllRead',
  'notifications.markRead',
  'notifications.setPreferences',
  'orgUnits.close',
  'orgUnits.import.preview',
  'orgUnits.nameSuccessors',
  'orgUnits.rename',
  'orgUnits.reparent',
  'orgUnits.setCodes',
  'plans.discard',
  'plans.publish',
  'plans.setReminderSettings',
  'plans.update',
  'remediation.carryOver',
  'remediation.close',
  'remediation.decide',
  'reports.publishTemplate',
  'reports.pushFigures',
  'reports.reopen',
  'reports.requestAdditions',
  'reports.saveAnswer',
  'reports.submit',
  'rounds.close',
  'schedule.reschedule',
  'schedule.set',
  'summary.issue',
  'summary.save',
  'targets.importPreview',
  'targets.remove',
  'teams.assign',
  'teams.save',
];

type Def = { _def: { type: string; middlewares: unknown[] } };
const PROCEDURES = appRouter._def.procedures as unknown as Record<string, Def>;
const MIDDLEWARE = (idempotentCreate as unknown as { _middlewares: unknown[] })._middlewares[0];

describe('idempotency keys on creates', () => {
  it('names every mutation of the router as a create or not', () => {
    const mutations = Object.keys(PROCEDURES).filter((p) => PROCEDURES[p]?._def.type === 'mutation');
    const unnamed = mutations.filter((p) => !CREATES.includes(p) && !NOT_CREATES.includes(p));
    expect(unnamed, 'mutations to name in idempotent-create.test.ts').toEqual([]);
    expect([...CREATES, ...NOT_CREATES].filter((p) => !mutations.includes(p))).toEqual([]);
  });

  it('runs every create through the idempotency middleware, and no other procedure', () => {
    const withKey = Object.keys(PROCEDURES).filter((p) =>
      PROCEDURES[p]?._def.middlewares.includes(MIDDLEWARE),
    );
    expect(withKey.sort()).toEqual([...CREATES].sort());
  });
});
