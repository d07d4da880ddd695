import { randomUUID } from 'node:crypto';
import { type Cases, inProvince } from './case.js';

const MANAGE = inProvince('apiClient.manage');
const system = { name: 'Hệ thống thử quyền', contact: 'Người thử', scopes: ['plans:read'] };

/**
 * The register of provincial systems, kept by the system administrator. Every input names a
 * system, token or unit that does not exist: an allowed call is refused after the access check
 * and changes nothing (the matrix's own tokens stay in use).
 */
export const apiClientCases: Cases = {
  'apiClients.list': { on: 'none', allows: MANAGE },
  'apiClients.get': { on: 'none', input: () => ({ clientId: randomUUID() }), allows: MANAGE },
  'apiClients.calls': { on: 'none', input: () => ({ clientId: randomUUID() }), allows: MANAGE },
  'apiClients.register': {
    on: 'none',
    input: () => ({ ...system, ownerUnitId: randomUUID() }),
    allows: MANAGE,
  },
  'apiClients.update': {
    on: 'none',
    input: (_s, w) => ({
      ...system,
      clientId: randomUUID(),
      expectedVersion: 1,
      ownerUnitId: w.unit('so-noi-vu'),
    }),
    allows: MANAGE,
  },
  'apiClients.issueToken': { on: 'none', input: () => ({ clientId: randomUUID() }), allows: MANAGE },
  'apiClients.rotateToken': {
    on: 'none',
    input: () => ({ tokenId: randomUUID(), graceHours: 1 }),
    allows: MANAGE,
  },
  'apiClients.revokeToken': { on: 'none', input: () => ({ tokenId: randomUUID() }), allows: MANAGE },
};

const READ_AUDIT = inProvince('audit.read');

/** The audit log: the system administrator, Sở Nội vụ and leadership read it; units and teams do not. */
export const auditLogCases: Cases = {
  'auditLog.page': { on: 'none', input: () => ({ entity: 'plans' }), allows: READ_AUDIT },
  'auditLog.filters': { on: 'none', allows: READ_AUDIT },
};
