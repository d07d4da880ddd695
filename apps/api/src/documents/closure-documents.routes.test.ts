import { flat, openDocx } from '@kiemtra/documents/testing';
import type { TRPCClient } from '@trpc/client';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCookie, startTestServer, type TestServer } from '../testing/test-server.js';
import type { AppRouter } from '../trpc/root.js';

// The seed visits Xã Bình Tường on Wednesday 5 June 2024; the team concludes on 10 June.
let now = new Date('2024-06-06T02:00:00Z');

let server: TestServer;
let member: TRPCClient<AppRouter>;
let leader: TRPCClient<AppRouter>;
let inspectionId: string;
let unitName: string;
let planId: string;

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

const noticePath = () => `/documents/inspections/${inspectionId}/conclusion-notice.docx`;
const minutesPath = () => `/documents/inspections/${inspectionId}/minutes.docx`;

beforeAll(async () => {
  server = await startTestServer({ clock: { now: () => now } });
  member = await server.signedIn('thanhvien');
  leader = await server.signedIn('truongdoan');
  const visits = (await leader.inspections.list.query()).items;
  const visit = visits.find((v) => v.orgUnitName.includes('Bình Tường'));
  if (!visit) throw new Error('no visit to xã Bình Tường in the seed');
  inspectionId = visit.id;
  unitName = visit.orgUnitName;
  planId = visit.planId;
});
afterAll(async () => server?.close());

describe('the minutes and the conclusion notice of a visit', () => {
  it('is a 404 in Vietnamese while the team has recorded nothing, as are the minutes', async () => {
    const { response, bytes } = await download(noticePath(), 'truongdoan');
    expect(response.status).toBe(404);
    expect(JSON.parse(new TextDecoder().decode(bytes)).message).toContain('chưa có kết luận');
    const minutes = await download(minutesPath(), 'truongdoan');
    expect(minutes.response.status).toBe(404);
    expect(JSON.parse(new TextDecoder().decode(minutes.bytes)).message).toBe(
      'Cuộc kiểm tra này chưa có biên bản làm việc.',
    );
  });

  it('is a draft without number or date for the team before it is issued, hidden from the unit', async () => {
    await member.minutes.save.mutate({
      inspectionId,
      expectedVersion: 0,
      minutes: {
        date: '2024-06-05',
        place: 'Trụ sở Ủy ban nhân dân xã Bình Tường',
        attendees: [
          { name: 'Trần Quốc Bảo', position: '', organisation: 'Sở Nội vụ', role: 'team_leader' },
          { name: 'Lê Văn Sang', position: '', organisation: 'UBND xã Bình Tường', role: 'unit_head' },
        ],
        discussion: 'Trao đổi về tỷ lệ hồ sơ trực tuyến.',
        leaderConclusion: 'Đơn vị cơ bản thực hiện tốt công tác CCHC.',
      },
    });
    await member.findings.add.mutate({
      inspectionId,
      finding: { area: 'A1', kind: 'achievement', description: 'Ban hành kế hoạch CCHC đúng hạn' },
    });
    await member.findings.add.mutate({
      inspectionId,
      finding: {
        area: 'A3',
        kind: 'shortcoming',
        description: 'Tỷ lệ hồ sơ trực tuyến toàn trình thấp',
        responsibilities: [{ holderKind: 'collective', holder: 'Bộ phận Một cửa xã Bình Tường' }],
      },
    });
    await member.conclusions.addRecommendation.mutate({
      inspectionId,
      recommendation: {
        action: 'Nâng tỷ lệ hồ sơ trực tuyến toàn trình',
        responsible: 'Chủ tịch UBND xã Bình Tường',
        dueDate: '2024-06-28',
      },
    });

    const minutes = await download(minutesPath(), 'thanhvien');
    expect(minutes.response.status).toBe(200);
    expect(fileNameOf(minutes.response)).toBe(`Biên bản làm việc - ${unitName}.docx`);
    const said = flat(openDocx(minutes.bytes).text);
    expect(said).toContain('BIÊN BẢN');
    expect(said).toContain('Địa điểm: Trụ sở Ủy ban nhân dân xã Bình Tường.');
    expect(said).toContain('Lê Văn Sang, UBND xã Bình Tường');
    expect(said).toContain('Trao đổi về tỷ lệ hồ sơ trực tuyến.');
    expect(said).toContain('Đơn vị cơ bản thực hiện tốt công tác CCHC.');
    expect(said).toContain('Thời gian bắt đầu: …… giờ ……, ngày 05 tháng 6 năm 2024.');
    expect(said).toContain('Chủ trì: Trần Quốc Bảo');
    expect((await download(minutesPath(), 'admin')).response.status).toBe(200);
    expect((await download(minutesPath(), 'xa.binhtuong')).response.status).toBe(404);

    const draft = await download(noticePath(), 'thanhvien');
    expect(draft.response.status).toBe(200);
    expect(draft.response.headers.get('content-type')).toContain('wordprocessingml');
    const text = flat(openDocx(draft.bytes).text);
    expect(text).toContain('THÔNG BÁO');
    expect(text).toContain(unitName);
    expect(text).toContain('Tỷ lệ hồ sơ trực tuyến toàn trình thấp');
    expect(text).toContain('Nâng tỷ lệ hồ sơ trực tuyến toàn trình');
    expect(text).toContain('Bộ phận Một cửa xã Bình Tường');
    expect(text).not.toContain('25/TB-ĐKT');

    const unit = await download(noticePath(), 'xa.binhtuong');
    expect(unit.response.status).toBe(404);
    expect(JSON.parse(new TextDecoder().decode(unit.bytes)).message).toBe(
      'Thông báo kết luận kiểm tra chưa được ban hành.',
    );
  });

  it('carries the number and date once issued, for the team, Sở Nội vụ and the unit, not another unit', async () => {
    now = new Date('2024-06-10T02:00:00Z');
    leader = await server.signedIn('truongdoan');
    const visit = await leader.inspections.get.query({ inspectionId });
    await leader.conclusions.issue.mutate({
      inspectionId,
      expectedVersion: visit.version,
      notice: { date: '2024-06-10' },
    });
    for (const username of ['truongdoan', 'admin', 'xa.binhtuong']) {
      const { response, bytes } = await download(noticePath(), username);
      expect(response.status, username).toBe(200);
      expect(fileNameOf(response)).toBe(`Thông báo kết luận kiểm tra - ${unitName}.docx`);
      const text = flat(openDocx(bytes).text);
      // Numbered from the register of the team's lead agency: the first notice of 2024.
      expect(text).toContain('Số: 01/TB-ĐKT');
      expect(text).toContain('ngày 10 tháng 6 năm 2024');
      expect(text).toContain('Trần Quốc Bảo');
    }
    const other = await download(noticePath(), 'sct');
    expect(other.response.status).toBe(403);
    expect((await download(minutesPath(), 'sct')).response.status).toBe(403);
    const minutes = await download(minutesPath(), 'xa.binhtuong');
    expect(minutes.response.status).toBe(200);
    expect(flat(openDocx(minutes.bytes).text)).toContain('Trao đổi về tỷ lệ hồ sơ trực tuyến.');
  });

  it("lists the visit's findings and recommendations, overdue ones flagged, in the plan's workbook", async () => {
    now = new Date('2024-07-01T02:00:00Z');
    const { response, bytes } = await download(`/documents/plans/${planId}/workbook.xlsx`, 'admin');
    expect(response.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer as ArrayBuffer);
    const rows = (name: string) => {
      const sheet = book.getWorksheet(name);
      const out: string[] = [];
      sheet?.eachRow((row) => {
        out.push((row.values as unknown[]).map((v) => String(v ?? '')).join(' | '));
      });
      return out;
    };
    const findings = rows('Danh sách phát hiện').filter((r) => r.includes(unitName));
    expect(findings).toHaveLength(2);
    expect(findings.join('\n')).toContain('Tỷ lệ hồ sơ trực tuyến toàn trình thấp');
    const recommendations = rows('Kiến nghị').filter((r) => r.includes(unitName));
    expect(recommendations).toHaveLength(1);
    expect(recommendations[0]).toContain('Nâng tỷ lệ hồ sơ trực tuyến toàn trình');
    // Due on 28/06/2024 and not done by 01/07/2024: flagged overdue.
    expect(recommendations[0]).toMatch(/\| Có$/u);
  });

  it('answers 401 to an anonymous download and 400 to a malformed id, in Vietnamese', async () => {
    expect((await download(noticePath(), null)).response.status).toBe(401);
    const bad = await download('/documents/inspections/abc/conclusion-notice.docx', 'admin');
    expect(bad.response.status).toBe(400);
    expect(JSON.parse(new TextDecoder().decode(bad.bytes)).message).toContain(
      'Mã cuộc kiểm tra không hợp lệ',
    );
  });
});
