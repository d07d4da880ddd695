import { flat, openDocx } from '@kiemtra/documents/testing';
import type { TRPCClient } from '@trpc/client';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCookie, startTestServer, type TestServer } from '../testing/test-server.js';
import type { AppRouter } from '../trpc/root.js';

// Thursday 6 June 2024, the day after the seed's visit to xã Bình Tường, concluded the same day.
const NOW = new Date('2024-06-06T02:00:00Z');

let server: TestServer;
let leader: TRPCClient<AppRouter>;
let admin: TRPCClient<AppRouter>;
let roundId: string;
let teamId: string;

async function download(path: string, username: string | null) {
  const headers: Record<string, string> = {};
  if (username) {
    headers.cookie = await sessionCookie(server.url, username);
  }
  const response = await fetch(`${server.url}${path}`, { headers });
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
}

const fileNameOf = (response: Response) =>
  decodeURIComponent(
    /filename\*=UTF-8''(.+)$/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? '',
  );
const reportPath = () => `/documents/rounds/${roundId}/summary-report.docx`;

beforeAll(async () => {
  server = await startTestServer({ clock: { now: () => NOW } });
  leader = await server.signedIn('truongdoan');
  admin = await server.signedIn('admin');
  const member = await server.signedIn('thanhvien');
  const visit = (await leader.inspections.list.query()).items.find((v) =>
    v.orgUnitName.includes('Bình Tường'),
  );
  if (!visit) throw new Error('no visit to xã Bình Tường');
  const inspectionId = visit.id;
  const row = await server.database.db
    .selectFrom('inspections')
    .select('team_id')
    .where('id', '=', inspectionId)
    .executeTakeFirstOrThrow();
  await member.minutes.save.mutate({
    inspectionId,
    expectedVersion: 0,
    minutes: {
      date: '2024-06-05',
      place: 'Trụ sở UBND xã Bình Tường',
      attendees: [
        { name: 'Trần Quốc Bảo', organisation: 'Sở Nội vụ', role: 'team_leader' },
        { name: 'Lê Văn Sang', organisation: 'UBND xã Bình Tường', role: 'unit_head' },
      ],
    },
  });
  await member.findings.add.mutate({
    inspectionId,
    finding: { area: 'A1', kind: 'achievement', description: 'Ban hành kế hoạch CCHC đúng hạn' },
  });
  const started = await leader.inspections.get.query({ inspectionId });
  await leader.conclusions.issue.mutate({
    inspectionId,
    expectedVersion: started.version,
    notice: { date: '2024-06-06' },
  });
  const created = await leader.rounds.create.mutate({
    planId: visit.planId,
    teamId: row.team_id ?? '',
    name: 'Đợt 1',
    inspectionIds: [inspectionId],
  });
  roundId = created.id;
  teamId = row.team_id ?? '';
});
afterAll(async () => server?.close());

describe('the documents of a round: its summary report and its schedule notices', () => {
  it('is a draft from the conclusions for Sở Nội vụ and leadership, refused to the inspected unit', async () => {
    for (const username of ['admin', 'lanhdao']) {
      const { response, bytes } = await download(reportPath(), username);
      expect(response.status, username).toBe(200);
      expect(fileNameOf(response)).toBe('Báo cáo kết quả kiểm tra - Đợt 1.docx');
      const text = flat(openDocx(bytes).text);
      expect(text).toContain('BÁO CÁO');
      expect(text).toContain('Kính gửi: Ủy ban nhân dân tỉnh.');
      expect(text).toContain('Ủy ban nhân dân xã Bình Tường');
      expect(text).toContain('Số: /BC-SNV');
    }
    const unit = await download(reportPath(), 'xa.binhtuong');
    expect(unit.response.status).toBe(403);
    expect(JSON.parse(new TextDecoder().decode(unit.bytes)).message).toMatch(
      /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễ]/u,
    );
  });

  it('prints the text Sở Nội vụ edited, and the number and date once issued', async () => {
    const draft = await admin.summary.get.query({ roundId });
    const saved = await admin.summary.save.mutate({
      roundId,
      expectedVersion: 0,
      title: draft.title,
      body: 'Xã Bình Tường thực hiện tốt công tác cải cách hành chính.',
      proposals: 'Đề nghị UBND tỉnh biểu dương xã Bình Tường',
      signerTitle: 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC',
      signerName: 'Trần Quốc Bảo',
    });
    const round = await leader.rounds.get.query({ roundId });
    await leader.rounds.close.mutate({ roundId, expectedVersion: round.version });
    await admin.summary.issue.mutate({ roundId, expectedVersion: saved.version, issuedOn: '2024-06-06' });
    const { response, bytes } = await download(reportPath(), 'admin');
    expect(response.status).toBe(200);
    const text = flat(openDocx(bytes).text);
    expect(text).toContain('Kết quả kiểm tra công tác cải cách hành chính đợt 1 năm 2024');
    expect(text).toContain('ĐÁNH GIÁ CHUNG Xã Bình Tường thực hiện tốt công tác cải cách hành chính.');
    expect(text).toContain('ĐỀ XUẤT, KIẾN NGHỊ 1. Đề nghị UBND tỉnh biểu dương xã Bình Tường.');
    expect(text).toContain('- Ủy ban nhân dân xã Bình Tường: Ban hành kế hoạch CCHC đúng hạn.');
    expect(text).toContain('Số: 01/BC-SNV');
    expect(text).toContain('ngày 06 tháng 6 năm 2024');
    expect(text).toContain('KT. GIÁM ĐỐC');
    expect(text).toContain('Trần Quốc Bảo');
    expect(text).not.toContain('Ký, ghi rõ họ tên');
  });

  it("gives the schedule notices of the round's visits only when a round is named", async () => {
    const round = await download(
      `/documents/teams/${teamId}/schedule-notices.zip?roundId=${roundId}`,
      'truongdoan',
    );
    expect(round.response.status).toBe(200);
    expect(fileNameOf(round.response)).toMatch(/^Thông báo lịch kiểm tra - Đợt 1 - .+\.zip$/u);
    const names = Object.keys(unzipSync(round.bytes));
    expect(names).toHaveLength(1);
    expect(names[0]).toContain('Bình Tường');
    const whole = await download(`/documents/teams/${teamId}/schedule-notices.zip`, 'truongdoan');
    expect(Object.keys(unzipSync(whole.bytes)).length).toBeGreaterThan(1);
    const one = await download(
      `/documents/teams/${teamId}/schedule-notice.docx?roundId=${roundId}`,
      'truongdoan',
    );
    expect(one.response.status).toBe(200);
    expect(flat(openDocx(one.bytes).text)).toContain('Ủy ban nhân dân xã Bình Tường');
    const foreign = await download(
      `/documents/teams/${teamId}/schedule-notice.docx?roundId=0b8f5a0e-2c1d-4e5f-8a9b-0c1d2e3f4a5b`,
      'truongdoan',
    );
    expect(foreign.response.status).toBe(404);
    expect(JSON.parse(new TextDecoder().decode(foreign.bytes)).message).toBe(
      'Không tìm thấy đợt kiểm tra này của Đoàn kiểm tra.',
    );
  });

  it('answers 400 to a malformed round id and 404 to an unknown round, in Vietnamese', async () => {
    const bad = await download('/documents/rounds/abc/summary-report.docx', 'admin');
    expect(bad.response.status).toBe(400);
    expect(JSON.parse(new TextDecoder().decode(bad.bytes)).message).toContain('Mã đợt kiểm tra không hợp lệ');
    const unknown = await download(
      '/documents/rounds/0b8f5a0e-2c1d-4e5f-8a9b-0c1d2e3f4a5b/summary-report.docx',
      'admin',
    );
    expect(unknown.response.status).toBe(404);
    expect(JSON.parse(new TextDecoder().decode(unknown.bytes)).message).toBe(
      'Không tìm thấy đợt kiểm tra này.',
    );
  });
});
