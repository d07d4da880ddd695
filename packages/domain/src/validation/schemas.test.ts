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
  it('explains the expected date format in the words a person writes it', () => {
    expect(orgUnitTreeInput.safeParse({ asAt: '2024/05/07' }).error?.issues[0]?.message).toBe(
      'Hãy nhập ngày theo dạng ngày/tháng/năm, ví dụ 07/05/2024.',
    );
  });
  it('reads a date typed day first, whatever the browser', () => {
    expect(orgUnitTreeInput.parse({ asAt: '9/5/2024' }).asAt).toBe('2024-05-09');
    expect(isoDateSchema.safeParse('31/02/2024').error?.issues[0]?.message).toBe(
      'Ngày không tồn tại trong lịch, hãy kiểm tra lại ngày và tháng.',
    );
  });
  it('uses the Vietnamese locale for messages no field overrides', () => {
    const r = orgUnitTreeInput.safeParse({});
    expect(r.error?.issues[0]?.message).toMatch(/[ạảãáàâầấậẩẫăằắặẳẵêềếệểễôồốộổỗơờớợởỡưừứựửữđ]/i);
  });
});
