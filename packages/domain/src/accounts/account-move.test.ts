import { describe, expect, it } from 'vitest';
import type { UnitSuccession } from '../org/unit-successions.js';
import { checkAccountsMove } from './account-move.js';

const link = (predecessorId: string, successorId: string, effectiveFrom: string): UnitSuccession => ({
  predecessorId,
  successorId,
  effectiveFrom,
  basis: null,
});
// Huyện Tây Sơn split between two communes on 01/07/2025; xã Tây Giang merged again on 01/01/2027.
const successions = [
  link('huyen', 'xa-a', '2025-07-01'),
  link('huyen', 'xa-b', '2025-07-01'),
  link('xa-b', 'xa-c', '2027-01-01'),
];
const ceased: { name: string; validTo: string | null } = {
  name: 'UBND huyện Tây Sơn',
  validTo: '2025-06-30',
};
const move = (toUnitId: string, today: string, from = ceased) =>
  checkAccountsMove({ from, fromUnitId: 'huyen', toUnitId, toName: `UBND ${toUnitId}`, successions, today });

describe('checkAccountsMove', () => {
  it('moves the accounts of a ceased unit to any of its successors', () => {
    expect(move('xa-a', '2025-07-01')).toEqual([]);
    expect(move('xa-b', '2026-05-04')).toEqual([]);
  });
  it('follows later changes: after the second merger the successor is the newer unit', () => {
    expect(move('xa-c', '2027-01-04')).toEqual([]);
    expect(move('xa-b', '2027-01-04').map((i) => i.code)).toEqual(['not_a_successor']);
  });
  it('refuses a unit that is not a successor, saying what to do, beside the field', () => {
    const [issue] = move('so-noi-vu', '2025-07-01');
    expect(issue).toMatchObject({ code: 'not_a_successor', field: 'toUnitId' });
    expect(issue?.message).toBe(
      'UBND so-noi-vu không phải là đơn vị kế thừa của UBND huyện Tây Sơn tại ngày 01/07/2025; hãy ghi đơn vị kế thừa ở trang của đơn vị trước.',
    );
  });
  it('refuses a unit still at work, and one whose last day is today', () => {
    expect(
      move('xa-a', '2025-07-01', { name: 'UBND xã Bình Tường', validTo: null }).map((i) => i.code),
    ).toEqual(['unit_not_ceased']);
    expect(move('xa-a', '2025-06-30').map((i) => i.code)).toEqual(['unit_not_ceased']);
  });
});
