import { insertScheduleNotice } from '@kiemtra/db';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitIds } from '../testing/planning-fixtures.js';
import { sessionCookie, startTestServer, type TestServer } from '../testing/test-server.js';

/** The 2024 plan as it stood in mid-June 2024: some visits notified, others still scheduled. */
const NOW = new Date('2024-06-20T03:00:00Z');

let server: TestServer;
const cookies = new Map<string, string>();
let ids: {
  plan: string;
  snvTeam: string;
  vpTeam: string;
  unit: (code: string) => string;
  visit: (unitCode: string) => string;
};

async function cookieOf(username: string): Promise<string> {
  const known = cookies.get(username);
  if (known) return known;
  const cookie = await sessionCookie(server.url, username);
  cookies.set(username, cookie);
  return cookie;
}

async function download(path: string, username: string | null) {
  const headers: Record<string, string> = username ? { cookie: await cookieOf(username) } : {};
  const response = await fetch(`${server.url}${path}`, { headers });
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
}

/** The text of a DOCX's body: the <w:t> runs of word/document.xml, paragraphs on their own lines. */
function docxText(bytes: Uint8Array): string {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array());
  return xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n')
    .replace(/&amp;/g, '&');
}

const fileNameOf = (response: Response) =>
  decodeURIComponent(
    /filename\*=UTF-8''(.+)$/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? '',
  );

beforeAll(async () => {
  server = await startTestServer({ clock: { now: () => NOW } });
  const db = server.database.db;
  const unit = await unitIds(server);
  const plan = await db.selectFrom('plans').select('id').where('year', '=', 2024).executeTakeFirstOrThrow();
  const teams = await db.selectFrom('teams').select(['id', 'lead_agency_id']).execute();
  const teamOf = (agency: string) => teams.find((t) => t.lead_agency_id === unit(agency))?.id ?? '';
  const visits = await db.selectFrom('inspections').select(['id', 'org_unit_id']).execute();
  ids = {
    plan: plan.id,
    snvTeam: teamOf('so-noi-vu'),
    vpTeam: teamOf('vp-ubnd-tinh'),
    unit,
    visit: (code) => visits.find((v) => v.org_unit_id === unit(code))?.id ?? '',
  };
});

afterAll(async () => {
  await server?.close();
});

describe('the decision forming a team', () => {
  it('downloads as a DOCX under its Vietnamese name, with the number, date, authority and members', async () => {
    const { response, bytes } = await download(`/documents/teams/${ids.snvTeam}/decision.docx`, 'admin');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(fileNameOf(response)).toBe(
      'Quyết định thành lập Đoàn kiểm tra công tác cải cách hành chính tỉnh Bình Định năm 2024.docx',
    );
    const text = docxText(bytes);
    expect(text).toContain('UBND TỈNH BÌNH ĐỊNH');
    expect(text).toContain('SỞ NỘI VỤ');
    expect(text).toContain('Số: 68/QĐ-SNV');
    expect(text).toContain('Bình Định, ngày 12 tháng 4 năm 2024');
    expect(text).toContain('GIÁM ĐỐC SỞ NỘI VỤ');
    // The signer's authority first, then the plan's decision (its number a blank: the seed has none).
    expect(text).toContain(
      'Căn cứ Quyết định số ……/QĐ-UBND ngày …… của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ;',
    );
    expect(text).toContain(
      'Căn cứ Quyết định số ……/QĐ-UBND ngày 01 tháng 4 năm 2024 của Chủ tịch Ủy ban nhân dân tỉnh Bình Định ban hành Kế hoạch kiểm tra công tác cải cách hành chính tỉnh Bình Định năm 2024;',
    );
    expect(text).toContain('Theo đề nghị của Trưởng phòng Cải cách hành chính.');
    expect(text).toContain('Chánh Văn phòng Sở Nội vụ, Trưởng phòng Cải cách hành chính, Thủ trưởng');
    expect(text).toContain('1. Trần Quốc Bảo, Phó Giám đốc Sở Nội vụ – Trưởng đoàn;');
    expect(text).toContain('Nguyễn Thanh Phong');
  });

  it("prints the thematic team's decision by the Chief of Văn phòng UBND tỉnh, archived under KSTT", async () => {
    const { response, bytes } = await download(`/documents/teams/${ids.vpTeam}/decision.docx`, 'lanhdao');
    expect(response.status).toBe(200);
    const text = docxText(bytes);
    expect(text).toContain('Số: 115/QĐ-VPUBND');
    expect(text).toContain('CHÁNH VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH');
    expect(text).toContain('Bùi Quang Huy');
    expect(text).toContain('- Lưu: VT, KSTT.');
    expect(text).toContain('Theo đề nghị của Trưởng phòng Kiểm soát thủ tục hành chính.');
    expect(text).toContain('Chánh Văn phòng Ủy ban nhân dân tỉnh, Trưởng phòng Kiểm soát thủ tục hành chính');
  });

  it('answers 401 to an anonymous download, 400 to a malformed id and 404 to an unknown team, in Vietnamese', async () => {
    const anonymous = await download(`/documents/teams/${ids.snvTeam}/decision.docx`, null);
    expect(anonymous.response.status).toBe(401);
    expect(JSON.parse(strFromU8(anonymous.bytes))).toEqual({ message: 'Bạn cần đăng nhập để tải văn bản.' });
    const malformed = await download('/documents/teams/abc/decision.docx', 'admin');
    expect(malformed.response.status).toBe(400);
    expect(JSON.parse(strFromU8(malformed.bytes)).message).toBe(
      'Mã Đoàn kiểm tra không hợp lệ; hãy mở lại đường dẫn từ trang của kiemtra.',
    );
    const unknown = await download(
      '/documents/teams/00000000-0000-4000-8000-000000000000/decision.docx',
      'admin',
    );
    expect(unknown.response.status).toBe(404);
    expect(JSON.parse(strFromU8(unknown.bytes)).message).toBe('Không tìm thấy Đoàn kiểm tra này.');
  });
});

describe('the schedule notice of one visit', () => {
  it('is a draft with blanks to fill while no notice is recorded, with the report deadline counted now', async () => {
    const { response, bytes } = await download(
      `/documents/inspections/${ids.visit('so-cong-thuong')}/schedule-notice.docx`,
      'truongdoan',
    );
    expect(response.status).toBe(200);
    expect(fileNameOf(response)).toBe('Thông báo lịch kiểm tra - Sở Công Thương.docx');
    const text = docxText(bytes);
    expect(text).toMatch(/Số: +\/TB-ĐKT/);
    expect(text).toContain('Bình Định, ngày      tháng      năm 2024');
    expect(text).toContain('Lịch kiểm tra công tác cải cách hành chính tại Sở Công Thương');
    expect(text).toContain('09/05/2024');
    // 5 working days before Thu 09/05/2024 counts the working Saturday 04/05 (LEGAL.md §1.4).
    expect(text).toContain('Báo cáo phục vụ Đoàn kiểm tra: chậm nhất ngày 03/05/2024');
    expect(text).toContain('Quyết định số 68/QĐ-SNV ngày 12/04/2024 về việc thành lập');
    expect(text).toContain('Trần Quốc Bảo');
  });

  it('prints the number, date and recipients of the notice in force once it is recorded', async () => {
    const inspectionId = ids.visit('huyen-hoai-an');
    const row = await server.database.db
      .selectFrom('inspections')
      .select(['tenant_id', 'plan_id', 'visit_dates'])
      .where('id', '=', inspectionId)
      .executeTakeFirstOrThrow();
    await insertScheduleNotice(server.database.db, {
      tenantId: row.tenant_id,
      planId: row.plan_id,
      inspectionId,
      number: '7/TB-ĐKT',
      noticeDate: '2024-06-20',
      recipients: ['UBND huyện Hoài Ân'],
      amendsNoticeId: null,
      visitDates: row.visit_dates,
      deadlines: [{ code: 'UNIT_REPORT', label: 'Báo cáo phục vụ Đoàn kiểm tra', dueDate: '2024-07-02' }],
      lateNoticeReason: null,
    });
    const { bytes } = await download(`/documents/inspections/${inspectionId}/schedule-notice.docx`, 'admin');
    const text = docxText(bytes);
    expect(text).toContain('Số: 07/TB-ĐKT');
    expect(text).toContain('Bình Định, ngày 20 tháng 6 năm 2024');
    expect(text).toContain('- UBND huyện Hoài Ân;');
    expect(text).toContain('chậm nhất ngày 02/07/2024');
  });

  it('lets the inspected unit download its own notice but not another unit’s', async () => {
    const own = await download(
      `/documents/inspections/${ids.visit('so-cong-thuong')}/schedule-notice.docx`,
      'sct',
    );
    expect(own.response.status).toBe(200);
    const other = await download(
      `/documents/inspections/${ids.visit('huyen-tay-son')}/schedule-notice.docx`,
      'sct',
    );
    expect(other.response.status).toBe(403);
    expect(JSON.parse(strFromU8(other.bytes)).message).toBe('Bạn không có quyền xem cuộc kiểm tra.');
  });

  it('lists who attends from a commune: the district office and Phòng Nội vụ (seed IV.2)', async () => {
    const { bytes } = await download(
      `/documents/inspections/${ids.visit('xa-binh-tuong')}/schedule-notice.docx`,
      'admin',
    );
    const text = docxText(bytes);
    expect(text).toContain('Lãnh đạo Văn phòng HĐND và UBND cấp huyện (Ủy ban nhân dân huyện Tây Sơn)');
    expect(text).toContain('Phòng Nội vụ cấp huyện (Ủy ban nhân dân huyện Tây Sơn)');
  });
});

describe("the notices of a team's round", () => {
  const teamVisitCount = async (teamId: string) =>
    (
      await server.database.db
        .selectFrom('inspections')
        .select('id')
        .where('team_id', '=', teamId)
        .where('status', '<>', 'cancelled')
        .execute()
    ).length;

  it('come as one DOCX with a row per visit and each unit’s report deadline', async () => {
    const { response, bytes } = await download(
      `/documents/teams/${ids.vpTeam}/schedule-notice.docx`,
      'admin',
    );
    expect(response.status).toBe(200);
    const text = docxText(bytes);
    for (const name of ['Ủy ban nhân dân huyện Phù Cát', 'Ủy ban nhân dân huyện An Lão', 'Chi nhánh']) {
      expect(text).toContain(name);
    }
    expect(text).toContain('Lãnh đạo Văn phòng Đăng ký đất đai tỉnh');
    expect(text).toContain('gửi báo cáo chậm nhất ngày');
  });

  it('come as a ZIP of one notice per visit, each a DOCX of its own', async () => {
    const { response, bytes } = await download(
      `/documents/teams/${ids.snvTeam}/schedule-notices.zip`,
      'truongdoan',
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(fileNameOf(response)).toBe(
      'Thông báo lịch kiểm tra - Đoàn kiểm tra công tác cải cách hành chính tỉnh Bình Định năm 2024.zip',
    );
    const files = unzipSync(bytes);
    const names = Object.keys(files);
    expect(names).toHaveLength(await teamVisitCount(ids.snvTeam));
    expect(names).toContain('Thông báo lịch kiểm tra - Sở Kế hoạch và Đầu tư.docx');
    expect(
      docxText(files['Thông báo lịch kiểm tra - Sở Kế hoạch và Đầu tư.docx'] ?? new Uint8Array()),
    ).toContain('chậm nhất ngày 26/04/2024');
  });

  it('report their progress line by line and end with the ZIP', async () => {
    const { response, bytes } = await download(
      `/documents/teams/${ids.vpTeam}/schedule-notices.zip?progress=1`,
      'admin',
    );
    expect(response.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    const lines = strFromU8(bytes)
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const total = await teamVisitCount(ids.vpTeam);
    expect(lines).toHaveLength(total + 1);
    expect(lines.slice(0, total).map((l) => l.done)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect(lines[0]).toMatchObject({ kind: 'progress', total, unitName: 'Ủy ban nhân dân huyện Phù Cát' });
    const last = lines.at(-1);
    expect(last.kind).toBe('done');
    expect(Object.keys(unzipSync(Buffer.from(last.zipBase64, 'base64')))).toHaveLength(total);
  });

  it('are refused to a unit, which may see only its own visit', async () => {
    const { response } = await download(`/documents/teams/${ids.snvTeam}/schedule-notices.zip`, 'sct');
    expect(response.status).toBe(403);
  });
});

describe('the report outline', () => {
  it('prints the template version in use, for a named unit', async () => {
    const { response, bytes } = await download(
      `/documents/plans/${ids.plan}/report-outline.docx?unitId=${ids.unit('so-cong-thuong')}`,
      'sct',
    );
    expect(response.status).toBe(200);
    expect(fileNameOf(response)).toBe('Đề cương báo cáo - Sở Công Thương - năm 2024.docx');
    const text = docxText(bytes);
    expect(text).toContain('SỞ CÔNG THƯƠNG');
    expect(text).toMatch(/Số: +\/BC-SCT/);
    expect(text).toContain(
      '(Theo Đề cương báo cáo phục vụ kiểm tra toàn diện công tác cải cách hành chính năm 2024, phiên bản 1)',
    );
    expect(text).toContain('I. KẾT QUẢ ĐẠT ĐƯỢC');
    expect(text).toContain('UBND TỈNH BÌNH ĐỊNH');
    expect(text).toContain('Bình Định, ngày');
    expect(text).toContain('GIÁM ĐỐC');
    expect(text).toContain('7. Xây dựng và phát triển chính quyền điện tử, chính quyền số');
    expect(text).toContain('II. ĐÁNH GIÁ CHUNG');
    expect(text).toContain('III. KIẾN NGHỊ, ĐỀ XUẤT');
  });

  it('heads a district’s and a commune’s outline as a People’s Committee: no parent line, its own place, TM. signer, BC-UBND', async () => {
    for (const [code, name, place] of [
      ['huyen-tay-son', 'HUYỆN TÂY SƠN', 'Tây Sơn'],
      ['xa-binh-tuong', 'XÃ BÌNH TƯỜNG', 'Bình Tường'],
    ] as const) {
      const { response, bytes } = await download(
        `/documents/plans/${ids.plan}/report-outline.docx?unitId=${ids.unit(code)}`,
        'admin',
      );
      expect(response.status).toBe(200);
      const lines = docxText(bytes).split('\n');
      // The first paragraph of the header is the issuer itself, on two lines (runs joined here).
      expect(lines[0]).toBe(`ỦY BAN NHÂN DÂN${name}`);
      expect(lines).not.toContain('UBND TỈNH BÌNH ĐỊNH');
      expect(lines.join('\n')).toMatch(/Số: +\/BC-UBND/);
      expect(lines.join('\n')).toContain(`${place}, ngày`);
      expect(lines.join('\n')).toContain('TM. ỦY BAN NHÂN DÂN');
      expect(lines.join('\n')).toContain('CHỦ TỊCH');
    }
  });

  it('refuses a malformed unit id with a message saying what to fix', async () => {
    const { response, bytes } = await download(
      `/documents/plans/${ids.plan}/report-outline.docx?unitId=x`,
      'sct',
    );
    expect(response.status).toBe(400);
    expect(JSON.parse(strFromU8(bytes)).message).toContain('Mã cơ quan, đơn vị không hợp lệ');
  });
});

describe("the plan's workbook", () => {
  it('downloads as .xlsx with the targets, every deadline and its state as of today', async () => {
    const { response, bytes } = await download(`/documents/plans/${ids.plan}/workbook.xlsx`, 'admin');
    expect(response.status).toBe(200);
    expect(fileNameOf(response)).toBe(
      'Tình hình thực hiện - Kế hoạch kiểm tra công tác cải cách hành chính tỉnh Bình Định năm 2024.xlsx',
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer as ArrayBuffer);
    const overview = book.getWorksheet('Kế hoạch');
    expect(overview?.getCell('A5').value).toBe('Kiểm tra từ ngày');
    expect(overview?.getCell('B5').value).toEqual(new Date('2024-04-01T00:00:00Z'));
    expect(overview?.getCell('B5').numFmt).toBe('dd/mm/yyyy');
    expect(overview?.getCell('A7').value).toBe('Số đối tượng dự kiến');
    expect(overview?.getCell('B7').value).toBe(22);
    // Counted as the plan page counts them: communes included, the same number as plans.get.
    const planView = await (await server.signedIn('admin')).plans.get.query({ planId: ids.plan });
    expect(overview?.getCell('A8').value).toBe('Số đối tượng thực tế (kể cả cấp xã)');
    expect(overview?.getCell('B8').value).toBe(planView.targetCount.actual);
    expect(overview?.getCell('B9').value).toBe(planView.targetCount.message);
    const deadlines: unknown[][] = [];
    book.getWorksheet('Thời hạn')?.eachRow((r) => {
      deadlines.push((r.values as unknown[]).slice(1));
    });
    const sct = deadlines.filter((r) => r[0] === 'Sở Công Thương');
    expect(sct.map((r) => r[1])).toEqual([
      'Thông báo lịch kiểm tra',
      'Báo cáo phục vụ Đoàn kiểm tra',
      'Thông báo kết luận kiểm tra',
    ]);
    expect(sct[1]?.[2]).toEqual(new Date('2024-05-03T00:00:00Z'));
  });

  it('is refused to an inspected unit (results.read)', async () => {
    const { response } = await download(`/documents/plans/${ids.plan}/workbook.xlsx`, 'sct');
    expect(response.status).toBe(403);
  });
});
