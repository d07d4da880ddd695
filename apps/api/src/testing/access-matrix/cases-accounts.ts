import { randomUUID } from 'node:crypto';
import { type Cases, inProvince, STALE, signedIn } from './case.js';

const MANAGE = inProvince('account.manage');
// An account or unit no row has: an allowed call is refused after the access check and changes nothing.
const nobody = () => ({ accountId: randomUUID(), expectedVersion: STALE });
const fields = () => ({
  fullName: 'Người thử quyền',
  orgUnitId: randomUUID(),
  roles: ['inspector'],
});

/** The accounts of the province: kept by its system administrator alone. */
export const accountCases: Cases = {
  'accounts.list': { on: 'none', input: () => ({}), allows: MANAGE },
  'accounts.get': { on: 'none', input: () => ({ accountId: randomUUID() }), allows: MANAGE },
  'accounts.create': { on: 'none', input: () => ({ username: 'thu.quyen', ...fields() }), allows: MANAGE },
  'accounts.update': { on: 'none', input: () => ({ ...nobody(), ...fields() }), allows: MANAGE },
  'accounts.deactivate': { on: 'none', input: nobody, allows: MANAGE },
  'accounts.reactivate': { on: 'none', input: nobody, allows: MANAGE },
  'accounts.resetPassword': { on: 'none', input: nobody, allows: MANAGE },
  'accounts.moveToSuccessor': {
    on: 'none',
    input: () => ({ fromUnitId: randomUUID(), toUnitId: randomUUID() }),
    allows: MANAGE,
  },
  'accounts.import.preview': { on: 'none', input: () => ({ fileBase64: 'AAAA' }), allows: MANAGE },
  'accounts.import.commit': { on: 'none', input: () => ({ fileBase64: 'AAAA' }), allows: MANAGE },
  'accounts.import.template': { on: 'none', allows: MANAGE },
  // Anyone signed in reads the standing of their own account's units.
  'profile.ceasedUnits': { on: 'none', allows: signedIn },
};
