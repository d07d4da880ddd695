import { describe, expect, it } from 'vitest';
import { openDocx, paragraphWith } from '../testing/read-docx.js';
import {
  conclusionNoticeSample,
  minutesSample,
  reportOutlineSample,
  scheduleNoticeSample,
  summaryReportSample,
  teamDecisionSample,
  unitReportSample,
} from '../testing/sample-inputs.js';
import { conclusionNoticeDocx } from './conclusion-notice.js';
import { minutesDocx } from './minutes.js';
import { reportOutlineDocx } from './report-outline.js';
import { scheduleNoticeDocx } from './schedule-notice.js';
import { summaryReportDocx } from './summary-report.js';
import { teamDecisionDocx } from './team-decision.js';
import { unitReportDocx } from './unit-report.js';

describe('the decision forming an inspection team (Mẫu 1.2)', () => {
  it('prints the issuer under its parent, the number, the kind, the summary and the authority', async () => {
    const doc = openDocx(await teamDecisionDocx(teamDecisionSample()));
    const parent = paragraphWith(doc, 'UBND TỈNH BÌNH ĐỊNH').runs[0];
    expect(parent).toMatchObject({ bold: false, halfPoints: 24 });
    expect(paragraphWith(doc, 'SỞ NỘI VỤ').runs[0]).toMatchObject({ bold: true, halfPoints: 24 });
    expect(doc.text).toContain('Số: 68/QĐ-SNV');
    expect(doc.text).toContain('Bình Định, ngày 12 tháng 4 năm 2024');
    // The trích yếu is too long for a line: it breaks before "tỉnh", not inside a word pair.
    expect(doc.text).toContain('Về việc thành lập Đoàn kiểm tra công tác cải cách hành chính');
    expect(paragraphWith(doc, 'Về việc thành lập').xml).toMatch(
      /cải cách hành chính<\/w:t><\/w:r><w:r>.*<w:br\/><w:t xml:space="preserve">tỉnh Bình Định năm 2024/,
    );
    expect(paragraphWith(doc, 'GIÁM ĐỐC SỞ NỘI VỤ').runs[0]?.bold).toBe(true);
  });

  it('sets the legal bases in italics, each ending with ";" and the proposal with "."', async () => {
    const doc = openDocx(await teamDecisionDocx(teamDecisionSample()));
    const basis = paragraphWith(doc, 'Căn cứ Quyết định số 1020/QĐ-UBND');
    expect(basis.runs[0]?.italics).toBe(true);
    expect(basis.text.endsWith(';')).toBe(true);
    expect(paragraphWith(doc, 'Theo đề nghị của').text).toBe(
      'Theo đề nghị của Trưởng phòng Cải cách hành chính.',
    );
  });

  it('lists the leader first, then the deputy and members, and invites the reporters apart', async () => {
    const doc = openDocx(await teamDecisionDocx(teamDecisionSample()));
    expect(paragraphWith(doc, 'QUYẾT ĐỊNH:').runs[0]?.bold).toBe(true);
    expect(doc.text).toContain('1. Trần Quốc Bảo, Phó Giám đốc Sở Nội vụ – Trưởng đoàn;');
    expect(doc.text).toContain('2. Hoàng Văn Sơn, Trưởng phòng Cải cách hành chính – Phó Trưởng đoàn;');
    expect(doc.text).toContain('3. Đặng Thị Kim Oanh, Trưởng phòng, Sở Tư pháp – Thành viên.');
    expect(doc.text).not.toMatch(/\d\. Mai Thị Thảo/);
    expect(doc.text).toContain('Mai Thị Thảo (Báo Bình Định)');
    const article = paragraphWith(doc, 'Điều 3.');
    expect(article.runs[0]).toMatchObject({ text: 'Điều 3. ', bold: true });
    expect(article.text.endsWith('chịu trách nhiệm thi hành Quyết định này./.')).toBe(true);
  });

  it('signs with the title in capitals and the name in bold', async () => {
    const doc = openDocx(await teamDecisionDocx(teamDecisionSample()));
    expect(paragraphWith(doc, 'Nguyễn Thanh Phong').runs[0]).toMatchObject({ bold: true, halfPoints: 28 });
    expect(doc.text).toContain('- Như Điều 3;');
    expect(doc.text).toContain('- Lưu: VT, CCHC.');
  });

  it('refuses a team without members, in Vietnamese', async () => {
    const input = teamDecisionSample();
    await expect(teamDecisionDocx({ ...input, team: { ...input.team, members: [] } })).rejects.toThrow(
      'Đoàn kiểm tra phải có ít nhất một thành viên.',
    );
  });
});

describe('the schedule notice (Thông báo lịch kiểm tra)', () => {
  it('tabulates every unit with its dates dd/mm/yyyy, place and attendees', async () => {
    const doc = openDocx(await scheduleNoticeDocx(scheduleNoticeSample()));
    expect(doc.text).toContain('Số: 05/TB-ĐKT');
    expect(doc.text).toContain('Lịch kiểm tra công tác cải cách hành chính đợt 1 năm 2024');
    expect(doc.document).toContain('<w:tblHeader/>');
    for (const text of ['Sở Kế hoạch và Đầu tư', '07/05/2024', 'Trụ sở Sở Công Thương', '09/05/2024']) {
      expect(doc.text).toContain(text);
    }
    expect(doc.text).toContain('- Người đứng đầu cơ quan, đơn vị được kiểm tra');
  });

  it('gives each day its weekday, and the hour when the schedule has one', async () => {
    const input = scheduleNoticeSample();
    const [first, ...rest] = input.visits;
    const doc = openDocx(
      await scheduleNoticeDocx({
        ...input,
        visits: [{ ...(first as NonNullable<typeof first>), startTime: '08:00' }, ...rest],
      }),
    );
    expect(doc.text).toContain('08 giờ 00, Thứ Ba 07/05/2024');
    expect(doc.text).toContain('Thứ Năm 09/05/2024');
  });

  it('names the team once, and says a list of attendees shared by every row once under the table', async () => {
    const input = scheduleNoticeSample();
    const shared = ['Người đứng đầu cơ quan, đơn vị', 'Công chức theo dõi công tác CCHC'];
    const doc = openDocx(
      await scheduleNoticeDocx({ ...input, visits: input.visits.map((v) => ({ ...v, attendees: shared })) }),
    );
    expect(doc.text.split(input.teamName).length - 1).toBe(1);
    expect(doc.text).not.toContain('Thành phần làm việc của đơn vị');
    expect(doc.text).toContain('Thành phần làm việc của mỗi cơ quan, đơn vị được kiểm tra:');
    expect(doc.text.split('- Công chức theo dõi công tác CCHC').length - 1).toBe(1);
  });

  it('titles a thematic notice as a thematic inspection of administrative procedures', async () => {
    const doc = openDocx(await scheduleNoticeDocx({ ...scheduleNoticeSample(), thematic: true }));
    expect(doc.text).toContain('Lịch kiểm tra chuyên đề công tác giải quyết thủ tục hành chính');
    expect(doc.text).not.toContain('Lịch kiểm tra công tác cải cách hành chính');
  });

  it('tells the unit where and by when to send its report', async () => {
    const doc = openDocx(await scheduleNoticeDocx(scheduleNoticeSample()));
    expect(doc.text).toContain(
      'gửi Sở Nội vụ và Đoàn kiểm tra (Báo cáo phục vụ Đoàn kiểm tra: chậm nhất ngày 26/04/2024).',
    );
  });

  it('says the dates will follow when a visit has none yet', async () => {
    const input = scheduleNoticeSample();
    const doc = openDocx(
      await scheduleNoticeDocx({ ...input, visits: [{ unitName: 'Cục Hải quan Bình Định', dates: [] }] }),
    );
    expect(doc.text).toContain('Sẽ thông báo sau');
  });

  it('refuses an impossible date with a message saying what to fix', async () => {
    const input = scheduleNoticeSample();
    await expect(
      scheduleNoticeDocx({ ...input, visits: [{ unitName: 'Sở Công Thương', dates: ['2024-02-30'] }] }),
    ).rejects.toThrow('Ngày không có thật trên lịch');
  });
});

describe('the report outline and the unit report', () => {
  it('prints every heading of the template version, with blanks to fill and an undated draft number', async () => {
    const doc = openDocx(await reportOutlineDocx(reportOutlineSample()));
    expect(doc.text).toMatch(/Số: +\/BC-SCT/);
    expect(doc.text).toContain('Bình Định, ngày      tháng      năm 2024');
    expect(doc.text).toContain('phiên bản 1');
    expect(paragraphWith(doc, 'I. KẾT QUẢ ĐẠT ĐƯỢC').runs[0]?.bold).toBe(true);
    expect(paragraphWith(doc, '1. Công tác chỉ đạo, điều hành').runs[0]?.bold).toBe(true);
    expect(
      paragraphWith(doc, '- Việc ban hành và tổ chức thực hiện kế hoạch kiểm tra').runs[0]?.italics,
    ).toBe(true);
    expect(doc.text).toContain('(Nêu những kiến nghị, đề xuất với Ủy ban nhân dân tỉnh)');
    expect(doc.text).toContain('Kính gửi:');
    expect(doc.text).toContain('- Sở Nội vụ.');
    expect(doc.paragraphs.filter((p) => p.text.startsWith('……')).length).toBe(2 * 3);
  });

  it("prints the unit's answers and figures under each item, and marks items it left empty", async () => {
    const doc = openDocx(await unitReportDocx(unitReportSample()));
    expect(doc.text).toContain('Số: 112/BC-SCT');
    expect(doc.text).toContain(
      'Sở đã ban hành Kế hoạch kiểm tra CCHC năm 2024, kiểm tra 04 đơn vị trực thuộc.',
    );
    expect(doc.text).toContain('Số đơn vị được kiểm tra');
    expect(doc.text).toContain('4 đơn vị');
    // No note of the software in the body: no outline version, no submission note.
    expect(doc.text).not.toContain('phiên bản');
    expect(doc.text).not.toContain('gửi ngày');
    expect(doc.text).toContain('(Đơn vị không báo cáo nội dung này.)');
  });
});

describe('the minutes (Biên bản, Mẫu 1.9)', () => {
  it('records time, place, both sides, chair and secretary, agenda and closing', async () => {
    const doc = openDocx(await minutesDocx(minutesSample()));
    expect(doc.text).toContain('Số: 03/BB-ĐKT');
    expect(doc.text).toContain('Thời gian bắt đầu: 08 giờ 00, ngày 09 tháng 5 năm 2024.');
    expect(doc.text).toContain('Địa điểm: Trụ sở Sở Công Thương.');
    // Attendees as a secretary writes them: the agency once, the team's role after a dash.
    expect(doc.text).toContain('- Trần Quốc Bảo, Phó Giám đốc Sở Nội vụ – Trưởng đoàn;');
    expect(doc.text).toContain('- Nguyễn Văn Hùng, Giám đốc Sở Công Thương;');
    expect(doc.text).not.toContain('Sở Nội vụ, Sở Nội vụ');
    expect(doc.text).toContain('Chủ trì: Trần Quốc Bảo, Trưởng đoàn.');
    expect(doc.text).toContain('Thư ký (người ghi biên bản): Trương Thị Ngọc Ánh, Thư ký Đoàn kiểm tra.');
    expect(paragraphWith(doc, '1. Báo cáo tình hình thực hiện CCHC').runs[0]?.bold).toBe(true);
    expect(doc.text).toContain('Cuộc họp kết thúc vào 11 giờ 30 cùng ngày');
  });

  it('prints an agenda item with nothing noted as a plain line, not an empty heading', async () => {
    const doc = openDocx(await minutesDocx(minutesSample()));
    const item = paragraphWith(doc, '2. Trưởng đoàn kiểm tra kết luận');
    expect(item.text).toBe('2. Trưởng đoàn kiểm tra kết luận.');
    expect(item.runs[0]?.bold).toBe(false);
  });

  it('is signed by both sides with their titles: the unit, the team leader, the secretary', async () => {
    const doc = openDocx(await minutesDocx(minutesSample()));
    for (const [title, office] of [
      ['ĐẠI DIỆN SỞ CÔNG THƯƠNG', 'GIÁM ĐỐC'],
      ['ĐẠI DIỆN ĐOÀN KIỂM TRA', 'TRƯỞNG ĐOÀN'],
      ['NGƯỜI GHI BIÊN BẢN', 'THƯ KÝ ĐOÀN KIỂM TRA'],
    ] as const) {
      const block = paragraphWith(doc, title);
      expect(block.runs[0]?.bold).toBe(true);
      expect(block.text).toBe(`${title}${office}`);
    }
  });

  it('leaves the times as dots to fill by hand when they were not recorded', async () => {
    const { startTime: _s, endTime: _e, ...untimed } = minutesSample();
    const doc = openDocx(await minutesDocx(untimed));
    expect(doc.text).toContain('Thời gian bắt đầu: …… giờ ……,');
    expect(doc.text).toContain('Cuộc họp kết thúc vào …… giờ …… cùng ngày');
  });

  it('refuses a time that is not hh:mm', async () => {
    await expect(minutesDocx({ ...minutesSample(), startTime: '8h' })).rejects.toThrow(
      'Giờ phải có dạng hh:mm',
    );
  });
});

describe('the conclusion notice (Thông báo kết luận kiểm tra)', () => {
  it('states results, shortcomings and violations by area with each responsibility, and the recommendations', async () => {
    const doc = openDocx(await conclusionNoticeDocx(conclusionNoticeSample()));
    expect(doc.text).toContain('Số: 25/TB-ĐKT');
    expect(doc.text).toContain('Kết luận kiểm tra công tác cải cách hành chính');
    expect(doc.text).toContain('ngày 09/05/2024');
    expect(paragraphWith(doc, 'I. ĐÁNH GIÁ CHUNG').runs[0]?.bold).toBe(true);
    expect(doc.text).toContain(
      'Sở Công Thương cơ bản thực hiện đầy đủ các nhiệm vụ cải cách hành chính năm 2024.',
    );
    expect(paragraphWith(doc, 'II. KẾT QUẢ ĐẠT ĐƯỢC').runs[0]?.bold).toBe(true);
    expect(doc.text).toContain('- Ban hành kịp thời Kế hoạch CCHC năm 2024.');
    expect(doc.text).toContain('III. TỒN TẠI, HẠN CHẾ, VI PHẠM VÀ TRÁCH NHIỆM');
    expect(doc.text).toContain('Cải cách thủ tục hành chính');
    expect(doc.text).toContain('Trách nhiệm thuộc về Văn phòng Sở (theo dõi, đôn đốc).');
    expect(doc.text).not.toMatch(/cá nhân Ông|tập thể Văn phòng/);
    expect(doc.text).toContain(
      '- Vi phạm: Chưa cập nhật công khai thủ tục hành chính trên Trang thông tin điện tử (mức độ: ít nghiêm trọng).',
    );
    expect(doc.text).toContain('Trách nhiệm thuộc về Ông Lê Văn Tín, Chánh Văn phòng.');
    expect(doc.text).toContain(
      '1. Rà soát, công khai đầy đủ thủ tục hành chính trên Trang thông tin điện tử (trách nhiệm thực hiện: Văn phòng Sở; thời hạn hoàn thành: 30/06/2024).',
    );
    expect(doc.text).toContain('gửi Đoàn kiểm tra (qua Sở Nội vụ) chậm nhất ngày 05/07/2024');
    expect(doc.text).toContain('V. TỔ CHỨC THỰC HIỆN');
  });

  it('says so when nothing was found wrong', async () => {
    const input = conclusionNoticeSample();
    const doc = openDocx(
      await conclusionNoticeDocx({ ...input, findings: input.findings.slice(0, 1), recommendations: [] }),
    );
    expect(doc.text).toContain('Qua kiểm tra, Đoàn kiểm tra không phát hiện tồn tại, hạn chế, vi phạm.');
    expect(doc.text).toContain('Không có kiến nghị.');
  });
});

describe('the summary report to UBND tỉnh (Báo cáo kết quả kiểm tra)', () => {
  it('addresses UBND tỉnh and reports counts against the expected number', async () => {
    const doc = openDocx(await summaryReportDocx(summaryReportSample()));
    expect(doc.text).toContain('Kính gửi: Ủy ban nhân dân tỉnh.');
    expect(doc.text).toContain('Số: 310/BC-SNV');
    expect(doc.text).toContain('Kết quả kiểm tra công tác cải cách hành chính đợt 1 năm 2024');
    expect(doc.text).toContain('Thời gian kiểm tra: từ ngày 07/05/2024 đến ngày 30/09/2024.');
    expect(doc.text).toContain(
      'Số cơ quan, đơn vị, địa phương đã kiểm tra: 1 trên tổng số 22 cơ quan, đơn vị, địa phương theo Kế hoạch.',
    );
    expect(doc.text).toContain('Chưa kiểm tra: Cục Hải quan Bình Định.');
    expect(doc.text).toContain('Thông báo kết luận kiểm tra');
    expect(doc.text).toContain('Vi phạm theo mức độ: ít nghiêm trọng 1; nghiêm trọng 0; rất nghiêm trọng 0.');
    expect(doc.text).toContain('(chưa kiểm tra)');
  });

  it('describes the results by CCHC area and each shortcoming with its responsibility, from the conclusions', async () => {
    const doc = openDocx(await summaryReportDocx(summaryReportSample()));
    expect(doc.text).toContain('II. KẾT QUẢ KIỂM TRA THEO LĨNH VỰC CẢI CÁCH HÀNH CHÍNH');
    expect(doc.text).toContain('1. Công tác chỉ đạo, điều hành CCHC');
    expect(doc.text).toContain('- Sở Công Thương: Ban hành kịp thời Kế hoạch CCHC năm 2024.');
    expect(doc.text).toContain(
      '- Sở Công Thương: vi phạm: Chưa cập nhật công khai thủ tục hành chính trên Trang thông tin điện tử (mức độ: ít nghiêm trọng). Trách nhiệm thuộc về Ông Lê Văn Tín, Chánh Văn phòng.',
    );
    expect(doc.text).toContain(
      'Tổng số kiến nghị: 1; đã khắc phục đúng hạn: 0; quá hạn chưa khắc phục xong: 0.',
    );
    expect(doc.text).toContain('Chưa báo cáo khắc phục\n(quá hạn)');
  });

  it("prints Sở Nội vụ's assessment and proposals in sections of their own, none while it has written none", async () => {
    const doc = openDocx(await summaryReportDocx(summaryReportSample()));
    expect(doc.text).toContain('VI. ĐÁNH GIÁ CHUNG');
    expect(doc.text).toContain('VII. ĐỀ XUẤT, KIẾN NGHỊ');
    expect(doc.text).toContain('1. Chỉ đạo các cơ quan, đơn vị khắc phục tồn tại, hạn chế đã được chỉ ra.');
    const bare = openDocx(
      await summaryReportDocx({ ...summaryReportSample(), assessment: [], proposals: [] }),
    );
    expect(bare.text).not.toContain('ĐÁNH GIÁ CHUNG');
    expect(bare.text).not.toContain('ĐỀ XUẤT');
    expect(bare.text).not.toContain('……');
  });
});
