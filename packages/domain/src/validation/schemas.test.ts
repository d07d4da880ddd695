import { describe, expect, it } from 'vitest';
import { signInInput } from './auth.schemas.js';
import { isoDateSchema } from './common.js';
import { orgUnitTreeInput } from './query.schemas.js';

describe('input schemas answer in Vietnamese', () => {
  it('names the missing username', () => {
    const r = signInInput.safeParse({ username: '  ', password: 'x' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('Hãy nhập tên đăng nhập.');
  });
  it('rejects a date that does not exist', () => {
    expect(isoDateSchema.safeParse('2024-02-30').error?.issues[0]?.message).toBe(
      'Ngày không tồn tại trong lịch, hãy kiểm tra lại ngày và tháng.',
    );
    expect(isoDateSchema.safeParse('2024-02-29').success).toBe(true);
  });
  it('explains the expected date format', () => {
    expect(orgUnitTreeInput.safeParse({ asAt: '07/05/2024' }).error?.issues[0]?.message).toBe(
      'Ngày phải có dạng yyyy-mm-dd, ví dụ 2024-05-07.',
    );
  });
  it('uses the Vietnamese locale for messages no field overrides', () => {
    const r = orgUnitTreeInput.safeParse({});
    expect(r.error?.issues[0]?.message).toMatch(/[ạảãáàâầấậẩẫăằắặẳẵêềếệểễôồốộổỗơờớợởỡưừứựửữđ]/i);
  });
});
