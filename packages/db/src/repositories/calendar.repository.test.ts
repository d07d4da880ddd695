import { OFFICIAL_SCHEDULES, SCHEDULE_2024 } from '@kiemtra/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../connection.js';
import { loadReferenceData } from '../reference-data.js';
import { createTestDatabase } from '../testing/index.js';
import { listOfficialSchedules, officialSchedulesFingerprint, saveSchedule } from './calendar.repository.js';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle.close());

describe('official schedules', () => {
  it('are loaded from the announced 2024–2026 schedules, once', async () => {
    await loadReferenceData(handle.db);
    await loadReferenceData(handle.db);
    const stored = await listOfficialSchedules(handle.db);
    expect(stored.map((s) => s.year)).toEqual(OFFICIAL_SCHEDULES.map((s) => s.year));
    expect(stored[0]?.schedule).toEqual(SCHEDULE_2024);
  });

  it('refuse an edit made against a version someone else has replaced', async () => {
    const edited = { ...SCHEDULE_2024, source: `${SCHEDULE_2024.source} (đính chính)` };
    const first = await saveSchedule(handle.db, edited, 1);
    expect(first?.version).toBe(2);
    const stale = await saveSchedule(handle.db, { ...SCHEDULE_2024, source: 'bản khác' }, 1);
    expect(stale).toBeNull();
    const [stored] = await listOfficialSchedules(handle.db);
    expect(stored?.schedule.source).toBe(edited.source);
  });

  it('keep an administrator’s correction when the reference data loads again', async () => {
    await loadReferenceData(handle.db);
    const [stored] = await listOfficialSchedules(handle.db);
    expect(stored?.version).toBe(2);
  });

  it('change their fingerprint on every edit', async () => {
    const before = await officialSchedulesFingerprint(handle.db);
    const current = (await listOfficialSchedules(handle.db))[0];
    if (!current) throw new Error('no schedule');
    await saveSchedule(handle.db, current.schedule, current.version);
    expect(await officialSchedulesFingerprint(handle.db)).not.toBe(before);
  });

  it('are written to the audit log', async () => {
    const rows = await handle.db
      .selectFrom('audit_log')
      .select('operation')
      .where('entity', '=', 'official_schedules')
      .execute();
    expect(rows.filter((r) => r.operation === 'INSERT')).toHaveLength(OFFICIAL_SCHEDULES.length);
    expect(rows.filter((r) => r.operation === 'UPDATE').length).toBeGreaterThanOrEqual(2);
  });
});
