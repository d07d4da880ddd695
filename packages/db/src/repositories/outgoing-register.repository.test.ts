import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../connection.js';
import { createTestDatabase } from '../testing/index.js';
import { withActor } from '../with-actor.js';
import { listOutgoingRegister, registerOutgoing } from './outgoing-register.repository.js';

let handle: DatabaseHandle;
const TENANT = 'so-dang-ky';
const actor = { kind: 'user' as const, id: null, name: 'Văn thư Sở Nội vụ', tenantId: TENANT };
let snv: string;
let sct: string;

beforeAll(async () => {
  handle = await createTestDatabase();
  await handle.db.insertInto('tenants').values({ id: TENANT, name: 'Tỉnh thử' }).execute();
  const units = await handle.db
    .insertInto('org_units')
    .values(
      ['so-noi-vu', 'so-cong-thuong'].map((code) => ({
        tenant_id: TENANT,
        code,
        name: code,
        kind: 'department' as const,
        valid_from: '2020-01-01',
      })),
    )
    .returning('id')
    .execute();
  [snv, sct] = units.map((u) => u.id) as [string, string];
});

afterAll(async () => {
  await handle?.close();
});

/** Issues one document in a transaction of its own; `fail` rolls the issue back after numbering. */
function issue(body: string, symbol: string, issuedOn: string, fail = false) {
  return withActor(handle.db, actor, async (trx) => {
    const registered = await registerOutgoing(trx, {
      tenantId: TENANT,
      issuerOrgUnitId: body,
      symbol,
      issuedOn,
      summary: 'Kết luận kiểm tra công tác cải cách hành chính',
      recipients: ['Sở Công Thương'],
      documentType: 'conclusion_notice',
      documentId: randomUUID(),
      registeredBy: null,
    });
    if (fail) throw new Error('issue refused after numbering');
    return registered;
  });
}

describe('the outgoing register (sổ đăng ký văn bản đi)', () => {
  it('gives documents issued at the same moment distinct numbers with no gap, even when some issues fail', async () => {
    const attempts = Array.from({ length: 24 }, (_, i) => i % 4 === 3);
    const results = await Promise.allSettled(
      attempts.map((fail) => issue(snv, 'TB-ĐKT', '2024-05-22', fail)),
    );
    const numbers = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value.number] : []));
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(6);
    expect(numbers.toSorted((a, b) => a - b)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
    const register = await listOutgoingRegister(handle.db, {
      tenantId: TENANT,
      issuerOrgUnitIds: [snv],
      year: 2024,
    });
    expect(register.map((e) => e.number)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
    expect(register[0]?.reference).toBe('01/TB-ĐKT');
    expect(register[9]?.reference).toBe('10/TB-ĐKT');
  }, 60_000);

  it('numbers each body, kind and year from 01', async () => {
    expect((await issue(sct, 'TB-SCT', '2024-06-01')).reference).toBe('01/TB-SCT');
    expect((await issue(snv, 'BC-SNV', '2024-10-25')).reference).toBe('01/BC-SNV');
    expect((await issue(snv, 'TB-ĐKT', '2025-01-02')).reference).toBe('01/TB-ĐKT');
    expect((await issue(snv, 'TB-ĐKT', '2024-12-30')).reference).toBe('19/TB-ĐKT');
  });

  it('refuses, in the database itself, a number taken twice or a document numbered twice', async () => {
    await expect(
      handle.db
        .insertInto('outgoing_register')
        .values({
          tenant_id: TENANT,
          issuer_org_unit_id: snv,
          kind: 'TB',
          year: 2024,
          number: 1,
          symbol: 'TB-ĐKT',
          issued_on: '2024-05-22',
          summary: 'Bản trùng số',
          document_type: 'conclusion_notice',
          document_id: randomUUID(),
        })
        .execute(),
    ).rejects.toThrow(/duplicate key|unique/i);
    const documentId = randomUUID();
    const twice = () =>
      withActor(handle.db, actor, (trx) =>
        registerOutgoing(trx, {
          tenantId: TENANT,
          issuerOrgUnitId: sct,
          symbol: 'BC-SCT',
          issuedOn: '2024-07-01',
          summary: 'Báo cáo',
          recipients: [],
          documentType: 'summary_report',
          documentId,
          registeredBy: null,
        }),
      );
    expect((await twice()).reference).toBe('01/BC-SCT');
    await expect(twice()).rejects.toThrow(/duplicate key|unique/i);
    // The refused second registration gave its number back: the next document still takes 02.
    expect((await issue(sct, 'BC-SCT', '2024-07-02')).reference).toBe('02/BC-SCT');
  });
});
