import { describe, expect, it } from 'vitest';
import type { InspectionStatus } from '../plan/vocabulary.js';
import { checkConclusionIssuable, conclusionNoticeSchema, isConclusionNoticeNumber } from './conclusion.js';
import { codesOf, d, makeFinding, makeRecommendation, messagesOf } from './test-fixtures.js';

// Wed 28/08/2024; the National Day break (31/8–3/9) falls inside the 10 working days.
const inspection = { lastOnSiteDay: d('2024-08-28'), status: 'in_progress' as InspectionStatus };
const notice = { number: '25/TB-ĐKT', date: d('2024-09-13') };
const base = {
  inspection,
  findings: [makeFinding()],
  recommendations: [makeRecommendation()],
  notice,
  today: d('2024-09-13'),
};

describe('checkConclusionIssuable', () => {
  it('accepts a complete conclusion on or after the inspection day', () => {
    expect(checkConclusionIssuable(base)).toEqual({ ok: true });
    expect(
      checkConclusionIssuable({
        ...base,
        notice: { ...notice, date: d('2024-08-28') },
        today: d('2024-08-28'),
      }),
    ).toEqual({ ok: true });
  });

  it('refuses a conclusion before the inspection date', () => {
    const r = checkConclusionIssuable({
      ...base,
      inspection: { ...inspection, lastOnSiteDay: d('2024-09-20') },
    });
    expect(codesOf(r)).toEqual(['conclusion_before_inspection', 'conclusion_notice_before_inspection']);
    expect(messagesOf(r)).toEqual([
      'Chưa thể ban hành kết luận trước ngày kiểm tra: ngày kiểm tra cuối cùng là 20/09/2024.',
      'Ngày thông báo kết luận (13/09/2024) không được trước ngày kiểm tra cuối cùng (20/09/2024); hãy sửa ngày thông báo.',
    ]);
  });

  it('refuses an inspection without a date', () => {
    expect(
      messagesOf(
        checkConclusionIssuable({ ...base, inspection: { ...inspection, lastOnSiteDay: undefined } }),
      ),
    ).toEqual(['Cuộc kiểm tra chưa có ngày kiểm tra; hãy ghi ngày kiểm tra trước khi ban hành kết luận.']);
  });

  it('refuses a notice dated after today', () => {
    expect(messagesOf(checkConclusionIssuable({ ...base, today: d('2024-09-12') }))).toEqual([
      'Ngày thông báo kết luận (13/09/2024) không được sau ngày hôm nay (12/09/2024).',
    ]);
  });

  it('refuses while a shortcoming or violation lacks its responsibility, listing each one', () => {
    const r = checkConclusionIssuable({
      ...base,
      findings: [
        makeFinding({ id: 'ok' }),
        makeFinding({
          id: 'f2',
          area: 'A7',
          kind: 'violation',
          description: 'Chưa số hóa hồ sơ',
          responsibilities: [],
        }),
        makeFinding({ id: 'f3', area: 'T1', description: 'Trễ hạn giải quyết hồ sơ', responsibilities: [] }),
      ],
    });
    expect(codesOf(r)).toEqual([
      'conclusion_finding_responsibility_missing',
      'conclusion_finding_responsibility_missing',
    ]);
    expect(messagesOf(r)[0]).toBe(
      'Vi phạm "Chưa số hóa hồ sơ" (Xây dựng và phát triển chính quyền điện tử, chính quyền số) chưa làm rõ trách nhiệm của cá nhân, tập thể có liên quan; hãy ghi rõ trước khi ban hành kết luận.',
    );
    expect(r.ok === false && r.issues.map((i) => [i.itemIds, i.field])).toEqual([
      [['f2'], 'findings.1.responsibilities'],
      [['f3'], 'findings.2.responsibilities'],
    ]);
  });

  it('refuses a conclusion with no finding at all', () => {
    expect(messagesOf(checkConclusionIssuable({ ...base, findings: [] }))).toEqual([
      'Kết luận chưa có nội dung đánh giá nào; hãy ghi ít nhất một mặt đạt được, tồn tại, hạn chế hoặc vi phạm.',
    ]);
  });

  it('refuses a recommendation without what, who or due date', () => {
    const r = checkConclusionIssuable({
      ...base,
      recommendations: [
        { id: 'r1', action: ' ', responsible: '', dueDate: undefined },
        { id: 'r2', action: 'Cập nhật quy chế', responsible: ' ' },
      ],
    });
    expect(messagesOf(r)).toEqual([
      'Kiến nghị thứ 1 chưa nêu nội dung cần khắc phục.',
      'Kiến nghị thứ 1 chưa nêu cá nhân, tập thể chịu trách nhiệm khắc phục.',
      'Kiến nghị thứ 1 chưa có thời hạn khắc phục; hãy ấn định hạn báo cáo kết quả khắc phục.',
      'Kiến nghị "Cập nhật quy chế" chưa nêu cá nhân, tập thể chịu trách nhiệm khắc phục.',
      'Kiến nghị "Cập nhật quy chế" chưa có thời hạn khắc phục; hãy ấn định hạn báo cáo kết quả khắc phục.',
    ]);
    expect(r.ok === false && r.issues[4]).toMatchObject({
      field: 'recommendations.1.dueDate',
      itemIds: ['r2'],
    });
  });

  it('refuses a recommendation due before the notice date, but accepts one due on it', () => {
    const early = makeRecommendation({ dueDate: d('2024-09-12') });
    expect(messagesOf(checkConclusionIssuable({ ...base, recommendations: [early] }))).toEqual([
      'Kiến nghị "Rà soát, công khai đầy đủ thủ tục hành chính" có thời hạn khắc phục (12/09/2024) trước ngày thông báo kết luận (13/09/2024); hãy lùi thời hạn.',
    ]);
    const same = makeRecommendation({ dueDate: d('2024-09-13') });
    expect(checkConclusionIssuable({ ...base, recommendations: [same] })).toEqual({ ok: true });
  });

  it('refuses unless the inspection is in progress', () => {
    for (const status of ['planned', 'scheduled', 'notified', 'concluded', 'closed', 'cancelled'] as const) {
      expect(codesOf(checkConclusionIssuable({ ...base, inspection: { ...inspection, status } }))).toEqual([
        'conclusion_status',
      ]);
    }
    expect(
      messagesOf(checkConclusionIssuable({ ...base, inspection: { ...inspection, status: 'concluded' } })),
    ).toEqual([
      'Cuộc kiểm tra ở trạng thái "Đã kết luận"; chỉ ban hành thông báo kết luận khi cuộc kiểm tra đang diễn ra (đã tiến hành kiểm tra và chưa kết luận).',
    ]);
  });

  it('refuses a malformed notice number and gives every reason at once', () => {
    const r = checkConclusionIssuable({
      ...base,
      notice: { number: '25-TB', date: d('2024-09-13') },
      findings: [makeFinding({ responsibilities: [] })],
    });
    expect(codesOf(r)).toEqual([
      'conclusion_notice_number_invalid',
      'conclusion_finding_responsibility_missing',
    ]);
    expect(messagesOf(r)[0]).toBe('Số thông báo kết luận phải có dạng số/TB-cơ quan, ví dụ 25/TB-ĐKT.');
  });
});

describe('notice numbers', () => {
  it('accepts Vietnamese capitals and several issuer parts', () => {
    for (const n of ['25/TB-ĐKT', '112/TB-SNV', '7/TB-VPUBND-KSTT', ' 3/TB-ĐKTCCHC ']) {
      expect(isConclusionNoticeNumber(n)).toBe(true);
    }
    for (const n of ['', '25/QĐ-UBND', 'TB-ĐKT', '25/TB-', '25/tb-snv', '25/TB-SNV-']) {
      expect(isConclusionNoticeNumber(n)).toBe(false);
    }
  });

  it('parses a notice with its date', () => {
    expect(conclusionNoticeSchema.parse({ number: ' 25/TB-ĐKT ', date: '2024-09-13' })).toEqual(notice);
    const r = conclusionNoticeSchema.safeParse({ number: '25/TB', date: '2024-09-13' });
    expect(r.error?.issues[0]?.message).toBe(
      'Số thông báo kết luận phải có dạng số/TB-cơ quan, ví dụ 25/TB-ĐKT.',
    );
  });
});
