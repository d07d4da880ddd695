import { describe, expect, it } from 'vitest';
import { DEFAULT_DEADLINE_RULES_2024 } from '../calendar/deadline-rules.js';
import { planAmendmentInput, planDraftInput } from './plan-input.schemas.js';

const draft = {
  year: 2024,
  title: 'Kế hoạch kiểm tra công tác CCHC năm 2024',
  window: { start: '2024-04-01', end: '2024-09-30' },
  deadlineRules: DEFAULT_DEADLINE_RULES_2024,
};
const firstMessage = (r: { error?: { issues: { message: string }[] } }) => r.error?.issues[0]?.message;

describe('planDraftInput', () => {
  it('accepts a draft with a blank decision number and fills the defaults', () => {
    const r = planDraftInput.safeParse({ ...draft, decision: { number: '', date: null } });
    expect(r.success).toBe(true);
    expect(r.data?.subUnitBounds).toEqual({ min: 2, max: 3 });
    expect(r.data?.reading).toBe('A');
    expect(r.data?.decision?.number).toBe('');
  });

  it('asks for a title', () => {
    expect(firstMessage(planDraftInput.safeParse({ ...draft, title: '  ' }))).toBe('Hãy nhập tên kế hoạch.');
  });

  it('refuses a window that ends before it starts, on the end field', () => {
    const r = planDraftInput.safeParse({ ...draft, window: { start: '2024-09-30', end: '2024-04-01' } });
    expect(firstMessage(r)).toBe('Ngày bắt đầu kiểm tra phải trước hoặc trùng ngày kết thúc.');
    expect(r.error?.issues[0]?.path).toEqual(['window', 'end']);
  });

  it('reads a window typed day first, as Vietnamese write it', () => {
    const r = planDraftInput.safeParse({ ...draft, window: { start: '1/4/2024', end: '30/09/2024' } });
    expect(r.data?.window).toEqual({ start: '2024-04-01', end: '2024-09-30' });
  });

  it('refuses text that is no date, saying how to write one', () => {
    const r = planDraftInput.safeParse({ ...draft, window: { start: 'đầu tháng 4', end: '2024-09-30' } });
    expect(firstMessage(r)).toBe('Hãy nhập ngày theo dạng ngày/tháng/năm, ví dụ 07/05/2024.');
  });

  it('refuses bounds whose minimum exceeds the maximum', () => {
    const r = planDraftInput.safeParse({ ...draft, subUnitBounds: { min: 4, max: 3 } });
    expect(firstMessage(r)).toBe('Số đơn vị cấp xã tối thiểu không được lớn hơn số tối đa.');
  });
});

describe('planAmendmentInput', () => {
  it('requires a reason of at least 10 characters', () => {
    expect(firstMessage(planAmendmentInput.safeParse({ ...draft, reason: '' }))).toBe(
      'Hãy nhập lý do điều chỉnh kế hoạch.',
    );
    expect(firstMessage(planAmendmentInput.safeParse({ ...draft, reason: 'sửa lỗi' }))).toBe(
      'Lý do điều chỉnh quá ngắn; hãy nêu rõ lý do, ít nhất 10 ký tự.',
    );
    expect(planAmendmentInput.safeParse({ ...draft, reason: 'Bổ sung Huyện Phù Mỹ' }).success).toBe(true);
  });
});

describe('the plan\u2019s legal bases, issuing body and outline', () => {
  const base = { ...draft, year: 2027 };
  it('keeps them out when not sent, so that an edit leaves them as they are', () => {
    const parsed = planDraftInput.safeParse(base);
    if (!parsed.success) return expect.unreachable(parsed.error.message);
    expect(parsed.data.legalBases).toBeUndefined();
    expect(parsed.data.issuingAuthority).toBeUndefined();
    expect(parsed.data.templateRef).toBeUndefined();
  });
  it('refuses a blank legal basis and an outline that is no id, in Vietnamese', () => {
    const parsed = planDraftInput.safeParse({
      ...base,
      legalBases: ['Căn cứ Luật Tổ chức chính quyền địa phương', ' '],
      templateRef: 'de-cuong-2024',
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['templateRef', 'Đề cương báo cáo đã chọn không hợp lệ.'],
      ['legalBases.1', 'Mỗi căn cứ phải có nội dung.'],
    ]);
  });
});
