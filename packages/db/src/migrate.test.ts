import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from './connection.js';
import { migrateToLatest } from './migrate.js';
import { migrations } from './migrations/index.js';
import { createTestDatabase } from './testing/index.js';
import { withActor } from './with-actor.js';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle.close());

describe('migrations', () => {
  it('have run, every one, on the template', async () => {
    const rows = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(
      handle.db,
    );
    expect(rows.rows.map((r) => r.name)).toEqual(Object.keys(migrations).sort());
  });

  it('leave the database as it was when one of them fails (issue 20: a failed upgrade changes nothing)', async () => {
    const good = {
      up: async (db: Kysely<unknown>) => {
        await sql`CREATE TABLE upgrade_probe (id int)`.execute(db);
        await sql`UPDATE plans SET title = title || ' (đã sửa)'`.execute(db);
      },
    };
    const bad = { up: async (db: Kysely<unknown>) => void (await sql`SELECT 1 / 0`.execute(db)) };
    const titles = async () =>
      (await handle.db.selectFrom('plans').select('title').orderBy('id').execute()).map((p) => p.title);
    const before = await titles();
    await expect(
      migrateToLatest(handle.db, {
        ...migrations,
        '29991231000000_probe': good,
        '29991231000100_broken': bad,
      }),
    ).rejects.toThrow('Không chạy được migration 29991231000100_broken');
    const probe = await sql<{ t: string | null }>`SELECT to_regclass('upgrade_probe')::text AS t`.execute(
      handle.db,
    );
    expect(probe.rows[0]?.t).toBeNull();
    expect(await titles()).toEqual(before);
    const applied = await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM kysely_migration WHERE name LIKE '2999%'`.execute(handle.db);
    expect(applied.rows[0]?.n).toBe(0);
  });

  it('do nothing when run again', async () => {
    const result = await migrateToLatest(handle.db);
    expect(result.results).toEqual([]);
  });

  it('run one that landed after a later-named one was applied (each line of work has its own range)', async () => {
    await sql`ALTER TABLE plans DROP CONSTRAINT plans_discarded_is_draft`.execute(handle.db);
    await sql`ALTER TABLE plans DROP COLUMN discarded_at`.execute(handle.db);
    await sql`DELETE FROM kysely_migration WHERE name = '20261203500100_plan_discard'`.execute(handle.db);
    const result = await migrateToLatest(handle.db);
    expect(result.results?.map((r) => [r.migrationName, r.status])).toEqual([
      ['20261203500100_plan_discard', 'Success'],
    ]);
  });
});

describe('audit log', () => {
  const tenant = {
    kind: 'user' as const,
    id: 'u-1',
    name: 'Nguyễn Văn A',
    tenantId: 't-audit',
    reason: 'thử nghiệm',
  };

  it('records who changed what, before and after', async () => {
    await withActor(handle.db, tenant, async (trx) => {
      await trx.insertInto('tenants').values({ id: 't-audit', name: 'Tỉnh thử' }).execute();
      await trx.updateTable('tenants').set({ name: 'Tỉnh thử nghiệm' }).where('id', '=', 't-audit').execute();
    });
    const rows = await handle.db
      .selectFrom('audit_log')
      .select([
        'operation',
        'actor_kind',
        'actor_id',
        'actor_name',
        'reason',
        'before',
        'after',
        'entity',
        'entity_id',
      ])
      .where('entity', '=', 'tenants')
      .where('entity_id', '=', 't-audit')
      .orderBy('id')
      .execute();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      operation: 'INSERT',
      actor_kind: 'user',
      actor_id: 'u-1',
      actor_name: 'Nguyễn Văn A',
      before: null,
    });
    expect(rows[1]).toMatchObject({
      operation: 'UPDATE',
      reason: 'thử nghiệm',
      before: { name: 'Tỉnh thử' },
      after: { name: 'Tỉnh thử nghiệm' },
    });
  });

  it('refuses UPDATE of its rows in the database itself', async () => {
    await expect(sql`UPDATE audit_log SET actor_name = 'kẻ gian'`.execute(handle.db)).rejects.toThrow(
      /chỉ được ghi thêm/,
    );
  });

  it('refuses DELETE and TRUNCATE of its rows', async () => {
    await expect(sql`DELETE FROM audit_log`.execute(handle.db)).rejects.toThrow(/chỉ được ghi thêm/);
    await expect(sql`TRUNCATE audit_log`.execute(handle.db)).rejects.toThrow(/chỉ được ghi thêm/);
    const count = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log`.execute(handle.db);
    expect(count.rows[0]?.n).toBeGreaterThanOrEqual(2);
  });

  it('leaves nothing behind when the transaction fails midway', async () => {
    const before = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log`.execute(handle.db);
    await expect(
      withActor(handle.db, tenant, async (trx) => {
        await trx.insertInto('tenants').values({ id: 't-rollback', name: 'Sẽ bị hủy' }).execute();
        throw new Error('giữa chừng');
      }),
    ).rejects.toThrow('giữa chừng');
    const tenants = await handle.db
      .selectFrom('tenants')
      .select('id')
      .where('id', '=', 't-rollback')
      .execute();
    const after = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log`.execute(handle.db);
    expect(tenants).toEqual([]);
    expect(after.rows[0]?.n).toBe(before.rows[0]?.n);
  });

  it('never stores password hashes', async () => {
    await withActor(handle.db, tenant, async (trx) => {
      const unit = await trx
        .insertInto('org_units')
        .values({
          tenant_id: 't-audit',
          code: 'X',
          name: 'Đơn vị X',
          short_name: null,
          kind: 'department',
          valid_from: '2024-01-01',
          valid_to: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('users')
        .values({
          tenant_id: 't-audit',
          org_unit_id: unit.id,
          username: 'x',
          full_name: 'X',
          position: null,
          password_hash: 'secret-hash',
        })
        .execute();
    });
    const row = await handle.db
      .selectFrom('audit_log')
      .select('after')
      .where('entity', '=', 'users')
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(row.after)).not.toContain('secret-hash');
  });
});
