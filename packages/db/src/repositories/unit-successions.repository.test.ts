import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../connection.js';
import { createTestDatabase } from '../testing/index.js';
import { withActor } from '../with-actor.js';
import { insertRegisterUnit } from './unit-register.repository.js';
import { insertSuccessions, loadSuccessions } from './unit-successions.repository.js';

let handle: DatabaseHandle;
const ids: Record<string, string> = {};
const BASIS = { kind: 'resolution' as const, number: '1664/NQ-UBTVQH15', date: '2025-06-16', issuer: null };
const ACTOR = { kind: 'system' as const, id: null, name: 'Kiểm thử', tenantId: 't1' };

beforeAll(async () => {
  handle = await createTestDatabase();
  await handle.db
    .insertInto('tenants')
    .values([
      { id: 't1', name: 'Tỉnh một' },
      { id: 't2', name: 'Tỉnh hai' },
    ])
    .execute();
  await withActor(handle.db, ACTOR, async (trx) => {
    for (const code of ['huyen', 'xa-1', 'xa-2']) {
      ids[code] = await insertRegisterUnit(trx, {
        tenantId: 't1',
        requestId: null,
        code,
        name: code,
        shortName: null,
        kind: 'other',
        communeType: null,
        adminCode: null,
        electronicId: null,
        parentId: null,
        validFrom: '2020-01-01',
      });
    }
  });
});
afterAll(async () => handle?.close());

describe('org_unit_successions', () => {
  it('stores successors in the order named, read per province, and audits each row', async () => {
    await withActor(handle.db, ACTOR, (trx) =>
      insertSuccessions(trx, {
        tenantId: 't1',
        predecessorId: ids.huyen ?? '',
        successorIds: [ids['xa-2'] ?? '', ids['xa-1'] ?? ''],
        effectiveFrom: '2025-07-01',
        basis: BASIS,
      }),
    );
    const links = await loadSuccessions(handle.db, 't1');
    expect(links.map((l) => l.successorId)).toEqual([ids['xa-2'], ids['xa-1']]);
    expect(links[0]).toMatchObject({ predecessorId: ids.huyen, effectiveFrom: '2025-07-01', basis: BASIS });
    expect(await loadSuccessions(handle.db, 't2')).toEqual([]);
    const audit = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM audit_log WHERE entity = 'org_unit_successions' AND operation = 'INSERT'`.execute(
      handle.db,
    );
    expect(audit.rows[0]?.n).toBe(2);
  });

  it('refuses a unit as its own successor and the same link twice', async () => {
    const insert = (successorId: string) =>
      withActor(handle.db, ACTOR, (trx) =>
        insertSuccessions(trx, {
          tenantId: 't1',
          predecessorId: ids.huyen ?? '',
          successorIds: [successorId],
          effectiveFrom: '2025-07-01',
          basis: BASIS,
        }),
      );
    await expect(insert(ids.huyen ?? '')).rejects.toThrow();
    await expect(insert(ids['xa-1'] ?? '')).rejects.toThrow();
  });
});
