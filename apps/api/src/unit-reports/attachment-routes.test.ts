import { createHash } from 'node:crypto';
import { MAX_ATTACHMENT_BYTES } from '@kiemtra/domain';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejection } from '../testing/rejection.js';
import { sessionCookie, startTestServer, type TestServer } from '../testing/test-server.js';

let server: TestServer;
let inspectionId: string;
const cookies: Record<string, string> = {};

const PDF = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);
const EXE = new Uint8Array([
  0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff,
]);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

beforeAll(async () => {
  server = await startTestServer({ clock: { now: () => new Date('2024-04-25T03:00:00Z') } });
  for (const username of ['sct', 'thanhvien', 'admin', 'tayson']) {
    cookies[username] = await sessionCookie(server.url, username);
  }
  const sct = await server.signedIn('sct');
  inspectionId =
    (await sct.inspections.list.query()).items.find((i) => i.orgUnitName.includes('Công Thương'))?.id ?? '';
});
afterAll(async () => server?.close());

function upload(fileName: string, body: Uint8Array, user = 'sct', itemCode = 'I.1.a') {
  return fetch(`${server.url}/files/reports/${inspectionId}/items/${itemCode}/attachments`, {
    method: 'POST',
    headers: {
      'content-type': 'application/octet-stream',
      'x-file-name': encodeURIComponent(fileName),
      ...(cookies[user] ? { cookie: cookies[user] } : {}),
    },
    body,
  });
}

const download = (id: string, user: string) =>
  fetch(`${server.url}/files/attachments/${id}`, { headers: cookies[user] ? { cookie: cookies[user] } : {} });

let pdfId = '';

describe('uploading evidence', () => {
  it('stores a PDF with its sha-256 and lists it under the item', async () => {
    const response = await upload('Kế hoạch CCHC 2024.pdf', PDF);
    expect(response.status).toBe(201);
    const body = (await response.json()) as {
      id: string;
      sha256: string;
      mediaType: string;
      sizeBytes: number;
    };
    expect(body).toMatchObject({ mediaType: 'application/pdf', sizeBytes: PDF.length, sha256: sha256(PDF) });
    pdfId = body.id;
    const view = await (await server.signedIn('sct')).reports.get.query({ inspectionId });
    expect(view.sections[0]?.items[0]?.attachments.map((a) => a.fileName)).toEqual([
      'Kế hoạch CCHC 2024.pdf',
    ]);
  });

  it('recognises an Excel workbook by its content', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Số liệu').addRow(['Hồ sơ', 120]);
    const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
    const response = await upload('so-lieu.xlsx', xlsx);
    expect(response.status).toBe(201);
    expect(((await response.json()) as { mediaType: string }).mediaType).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
  });

  it('refuses a program renamed to .pdf and a text file named .docx: the content decides', async () => {
    const exe = await upload('bao-cao.pdf', EXE);
    expect(exe.status).toBe(400);
    expect(await exe.json()).toEqual({
      message: 'Tệp “bao-cao.pdf” mang đuôi .pdf nhưng nội dung không phải là PDF.',
    });
    const text = await upload('bao-cao.docx', new TextEncoder().encode('Không phải Word'));
    expect(((await text.json()) as { message: string }).message).toBe(
      'Nội dung tệp “bao-cao.docx” không phải là Word (DOCX) hợp lệ.',
    );
    const exeByName = await upload('setup.exe', EXE);
    expect(((await exeByName.json()) as { message: string }).message).toMatch(
      /chỉ nhận PDF, Word \(DOCX\), Excel \(XLSX\)/,
    );
  });

  it('refuses a file over the size limit, and a caller who is not signed in', async () => {
    const justOver = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    justOver.set(PDF);
    const refused = await upload('lon.pdf', justOver);
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual({
      message: 'Tệp “lon.pdf” lớn hơn 10 MB; hãy nén hoặc chia nhỏ tệp.',
    });
    // Far over it, the body is not even read to the end.
    const farOver = await upload('rat-lon.pdf', new Uint8Array(MAX_ATTACHMENT_BYTES + 4096));
    expect(farOver.status).toBe(413);
    expect(((await farOver.json()) as { message: string }).message).toMatch(/lớn hơn 10 MB/);
    expect((await upload('a.pdf', PDF, 'nobody')).status).toBe(401);
    expect((await upload('a.pdf', PDF, 'thanhvien')).status).toBe(403);
  });
});

describe('reading evidence', () => {
  it('gives the unit its file back, byte for byte, as a download', async () => {
    const response = await download(pdfId, 'sct');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Ke hoach CCHC 2024.pdf"; filename*=UTF-8''${encodeURIComponent('Kế hoạch CCHC 2024.pdf')}`,
    );
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PDF);
  });

  it('keeps it from the team before submission, and from Sở Nội vụ and other units always', async () => {
    expect((await download(pdfId, 'thanhvien')).status).toBe(404);
    expect((await download(pdfId, 'admin')).status).toBe(403);
    expect((await download(pdfId, 'tayson')).status).toBe(403);
    expect((await download(pdfId, 'nobody')).status).toBe(401);
  });

  it('lets the team read it once the report is submitted; the unit can no longer remove it', async () => {
    const sct = await server.signedIn('sct');
    const view = await sct.reports.get.query({ inspectionId });
    for (const item of view.progress.missing) {
      await sct.reports.saveAnswer.mutate({
        inspectionId,
        itemCode: item.code,
        narrative: `<p>Mục ${item.code}</p>`,
        figures: {},
        expectedVersion: 0,
      });
    }
    await sct.reports.submit.mutate({ inspectionId, expectedVersion: view.report.version });
    const response = await download(pdfId, 'thanhvien');
    expect(response.status).toBe(200);
    expect(sha256(new Uint8Array(await response.arrayBuffer()))).toBe(sha256(PDF));
    const removal = await rejection(sct.attachments.remove.mutate({ attachmentId: pdfId }));
    expect(removal.data?.httpStatus).toBe(422);
    expect((await upload('them.pdf', PDF)).status).toBe(422);
  });
});

describe('the report as an official document', () => {
  it('is a DOCX with the unit’s text, for the team once submitted, never for another unit', async () => {
    const get = (user: string) =>
      fetch(`${server.url}/files/reports/${inspectionId}/report.docx`, {
        headers: cookies[user] ? { cookie: cookies[user] } : {},
      });
    const response = await get('thanhvien');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(response.headers.get('content-disposition')).toMatch(/B%C3%A1o%20c%C3%A1o/);
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    expect(xml).toContain('Mục I.1.b');
    expect(xml).toContain('BÁO CÁO');
    expect((await get('tayson')).status).toBe(403);
  });
});
