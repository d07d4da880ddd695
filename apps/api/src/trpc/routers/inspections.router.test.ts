import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejection } from '../../testing/rejection.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

describe('inspections: who sees what', () => {
  it('shows a unit reporter only its own unit’s inspection', async () => {
    const reporter = await server.signedIn('sct');
    const mine = (await reporter.inspections.list.query()).items;
    expect(mine.map((i) => i.orgUnitName)).toEqual(['Sở Công Thương']);
  });

  it('refuses a unit reporter another unit’s inspection with 403', async () => {
    const admin = await server.signedIn('admin');
    const all = (await admin.inspections.list.query()).items;
    const taySon = all.find((i) => i.orgUnitName.includes('Tây Sơn'));
    if (!taySon) throw new Error('no Tây Sơn inspection in the seed');
    const reporter = await server.signedIn('sct');
    const error = await rejection(reporter.inspections.get.query({ inspectionId: taySon.id }));
    expect(error.data?.httpStatus).toBe(403);
    expect(error.message).toBe('Bạn không có quyền xem cuộc kiểm tra.');
    const own = await (await server.signedIn('tayson')).inspections.get.query({ inspectionId: taySon.id });
    expect(own.orgUnitName).toBe(taySon.orgUnitName);
  });

  it('shows an inspector only the inspections of the teams they are on', async () => {
    const inspector = await server.signedIn('thanhvien');
    const admin = await server.signedIn('admin');
    const theirs = (await inspector.inspections.list.query()).items;
    const all = (await admin.inspections.list.query()).items;
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.length).toBeLessThan(all.length);
    expect(new Set(theirs.map((i) => i.teamName)).size).toBe(1);
  });

  it('lets leadership read every inspection of the province', async () => {
    const leadership = await server.signedIn('lanhdao');
    const admin = await server.signedIn('admin');
    expect((await leadership.inspections.list.query()).items.length).toBe(
      (await admin.inspections.list.query()).items.length,
    );
  });
});
