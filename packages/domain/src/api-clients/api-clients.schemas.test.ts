import { describe, expect, it } from 'vitest';

const randomUUID = () => '6f1c2d3e-4b5a-4c6d-8e7f-901234567890';

import {
  apiClientIssueTokenInput,
  apiClientRegisterInput,
  apiClientRotateTokenInput,
} from './api-clients.schemas.js';

const valid = {
  name: '  Cổng   dịch vụ công ',
  ownerUnitId: randomUUID(),
  contact: 'Nguyễn Văn An, 0256 3822 000',
  scopes: ['inspections:read', 'plans:read', 'plans:read'],
};

describe('registering a system', () => {
  it('tidies the name and keeps each scope once, in the list’s order', () => {
    const parsed = apiClientRegisterInput.parse(valid);
    expect(parsed.name).toBe('Cổng dịch vụ công');
    expect(parsed.scopes).toEqual(['plans:read', 'inspections:read']);
  });

  it('says in Vietnamese what is missing or wrong, field by field', () => {
    const result = apiClientRegisterInput.safeParse({
      name: ' ',
      ownerUnitId: '',
      contact: 'x'.repeat(301),
      scopes: [],
    });
    expect(result.success).toBe(false);
    const byField = Object.fromEntries(result.error?.issues.map((i) => [String(i.path[0]), i.message]) ?? []);
    expect(byField).toEqual({
      name: 'Hãy nhập tên hệ thống.',
      ownerUnitId: 'Hãy chọn đơn vị quản lý hệ thống.',
      contact: 'Người liên hệ dài tối đa 300 ký tự.',
      scopes: 'Hãy chọn ít nhất một quyền truy cập.',
    });
  });

  it('refuses a scope that is not in the list', () => {
    expect(
      apiClientRegisterInput.safeParse({ ...valid, scopes: ['admin:all'] }).error?.issues[0]?.message,
    ).toBe('Quyền truy cập không có trong danh sách.');
  });
});

describe('issuing and rotating tokens', () => {
  it('reads a blank expiry as none and a typed date as yyyy-mm-dd', () => {
    const clientId = randomUUID();
    expect(apiClientIssueTokenInput.parse({ clientId, expiresOn: '' }).expiresOn).toBeNull();
    expect(apiClientIssueTokenInput.parse({ clientId }).expiresOn).toBeNull();
    expect(apiClientIssueTokenInput.parse({ clientId, expiresOn: '31/12/2027' }).expiresOn).toBe(
      '2027-12-31',
    );
  });

  it('bounds the grace period to 0–720 whole hours', () => {
    const tokenId = randomUUID();
    expect(apiClientRotateTokenInput.parse({ tokenId, graceHours: '24' }).graceHours).toBe(24);
    expect(apiClientRotateTokenInput.safeParse({ tokenId, graceHours: 721 }).error?.issues[0]?.message).toBe(
      'Thời gian chuyển tiếp tối đa 720 giờ (30 ngày).',
    );
    expect(apiClientRotateTokenInput.safeParse({ tokenId, graceHours: -1 }).success).toBe(false);
  });
});
