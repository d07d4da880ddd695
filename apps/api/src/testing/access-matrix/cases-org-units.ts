import { randomUUID } from 'node:crypto';
import { type Cases, inProvince, STALE } from './case.js';

const basis = { kind: 'decision', number: '125/QĐ-UBND', date: '2025-01-01', issuer: 'UBND tỉnh' };
const READ = inProvince('orgUnit.read');
const MANAGE = inProvince('orgUnit.manage');

/** The register of units: read by everyone in the province, kept by its administrators. */
export const orgUnitCases: Cases = {
  'orgUnits.tree': { on: 'none', input: () => ({ asAt: '2024-06-06' }), allows: READ },
  'orgUnits.register': { on: 'none', input: () => ({ asAt: '2024-06-06' }), allows: READ },
  'orgUnits.detail': {
    on: 'none',
    input: (_s, w) => ({ unitId: w.unit('so-cong-thuong'), asAt: '2024-06-06' }),
    allows: READ,
  },
  'orgUnits.create': {
    on: 'none',
    // A parent that does not exist: refused after the access check, nothing created.
    input: () => ({
      requestId: randomUUID(),
      name: 'Đơn vị thử quyền',
      kind: 'department',
      parentId: randomUUID(),
      effectiveFrom: '2025-01-01',
      basis,
    }),
    allows: MANAGE,
  },
  'orgUnits.rename': {
    on: 'none',
    input: (_s, w) => ({
      unitId: w.unit('so-cong-thuong'),
      expectedVersion: STALE,
      name: 'Sở Công Thương mới',
      effectiveFrom: '2025-01-01',
      basis,
    }),
    allows: MANAGE,
  },
  'orgUnits.reparent': {
    on: 'none',
    input: (_s, w) => ({
      unitId: w.unit('xa-binh-tuong'),
      expectedVersion: STALE,
      parentId: w.unit('huyen-tuy-phuoc'),
      effectiveFrom: '2025-01-01',
      basis,
    }),
    allows: MANAGE,
  },
  'orgUnits.close': {
    on: 'none',
    input: (_s, w) => ({
      unitId: w.unit('so-cong-thuong'),
      expectedVersion: STALE,
      effectiveFrom: '2025-07-01',
      basis,
    }),
    allows: MANAGE,
  },
  'orgUnits.nameSuccessors': {
    on: 'none',
    input: (_s, w) => ({
      unitId: w.unit('huyen-tuy-phuoc'),
      expectedVersion: STALE,
      successorIds: [w.unit('so-cong-thuong')],
      basis,
    }),
    allows: MANAGE,
  },
  'orgUnits.setCodes': {
    on: 'none',
    input: (_s, w) => ({
      unitId: w.unit('so-cong-thuong'),
      expectedVersion: STALE,
      adminCode: null,
      electronicId: null,
    }),
    allows: MANAGE,
  },
  'orgUnits.import.preview': { on: 'none', input: () => ({ fileBase64: 'AAAA' }), allows: MANAGE },
  'orgUnits.import.commit': { on: 'none', input: () => ({ fileBase64: 'AAAA' }), allows: MANAGE },
  'orgUnits.import.template': { on: 'none', allows: MANAGE },
};
