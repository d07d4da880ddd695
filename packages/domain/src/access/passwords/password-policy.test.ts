import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changeOwnPasswordInput } from '../../validation/auth.schemas.js';
import { COMMON_PASSWORDS_TEXT } from './common-passwords.data.js';
import { commonPasswordCount, isCommonPassword } from './common-passwords.js';
import { DEMO_PASSWORD, DEMO_PASSWORDS } from './demo-passwords.js';
import {
  checkPasswordPolicy,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PASSWORD_RULE_MESSAGES,
  type PasswordRule,
} from './password-policy.js';

const GOOD = 'Tre-xanh-ven-song-47';
const rules = (password: string, username: string | null = 'nguyen.van.an'): PasswordRule[] => {
  const check = checkPasswordPolicy(password, { username });
  return check.ok ? [] : check.issues.map((i) => i.code);
};

describe('checkPasswordPolicy', () => {
  it('accepts a long password that breaks no rule', () => {
    expect(checkPasswordPolicy(GOOD, { username: 'quantri' })).toEqual({ ok: true });
  });

  it(`refuses fewer than ${PASSWORD_MIN_LENGTH} characters and accepts exactly ${PASSWORD_MIN_LENGTH}`, () => {
    expect(rules('Tre-xanh-47')).toEqual(['too_short']);
    expect(rules('Tre-xanh-479')).toEqual([]);
  });

  it('counts characters as a person does: twelve Vietnamese letters with diacritics are twelve', () => {
    // "ệ" composed is one code point; decomposed (e + dấu nặng + dấu mũ) it is still one character once normalised.
    expect(rules('Hồ-Hoàn-Kiếm')).toEqual([]);
    expect(rules('Hồ-Hoàn-Kiếm'.normalize('NFD'))).toEqual([]);
    expect(rules('🌾🌾🌾🌾🌾🌾lúa-x')).toEqual(['too_short']);
  });

  it(`refuses more than ${PASSWORD_MAX_LENGTH} characters`, () => {
    const long = 'abcdefghij'.repeat(20);
    expect(rules(long)).toEqual([]);
    expect(rules(`${long}k`)).toEqual(['too_long']);
  });

  it('refuses a password that is, or contains, the username, whatever the case', () => {
    expect(rules('nguyen.van.an', 'nguyen.van.an')).toContain('contains_username');
    expect(rules('NGUYEN.VAN.AN-2026', 'nguyen.van.an')).toEqual(['contains_username']);
    expect(rules('Xin-chao-quantri!', 'QuanTri')).toEqual(['contains_username']);
  });

  it('does not hold a username of one or two letters against a password that happens to contain it', () => {
    expect(rules('Tre-xanh-ven-song-47', 'an')).toEqual([]);
    expect(rules('Tre-xanh-ven-song-47', 'ven')).toEqual(['contains_username']);
  });

  it('checks no username when the account has none yet', () => {
    expect(rules(GOOD, null)).toEqual([]);
  });

  it('refuses every demo password, inside a longer one and whatever the case', () => {
    for (const demo of DEMO_PASSWORDS) {
      expect(rules(demo)).toEqual(['too_short', 'demo_password']);
      expect(rules(`${demo}!!`)).toEqual(['demo_password']);
      expect(rules(`Mat-${demo.toUpperCase()}`)).toEqual(['demo_password']);
    }
    expect(DEMO_PASSWORDS).toContain(DEMO_PASSWORD);
  });

  it('refuses a common password of twelve characters or more', () => {
    expect(rules('qwerty123456')).toEqual(['common_password']);
    expect(rules('1qaz2wsx3edc')).toEqual(['common_password']);
    expect(rules('administrator')).toEqual(['common_password']);
    expect(rules('anhyeuemnhieu')).toEqual(['common_password']);
  });

  it('refuses a common password dressed up with capitals, digits and signs around it', () => {
    expect(rules('Sunshine2024!!')).toEqual(['common_password']);
    expect(rules('2026@Password#')).toEqual(['common_password']);
    expect(rules('!!MatKhau123456')).toEqual(['common_password']);
  });

  it('does not refuse a password because a common word sits inside other letters', () => {
    expect(rules('dragonfly-over-the-river')).toEqual([]);
    expect(rules('Xyz-abc-love-2024')).toEqual([]);
  });

  it('refuses a password made of fewer than five different characters', () => {
    expect(rules('zzzzzzzzzzzzzzzz')).toEqual(['too_few_distinct']);
    expect(rules('abcdabcdabcdabcd')).toEqual(['too_few_distinct']);
    expect(rules('abcdeabcdeabcde')).toEqual([]);
  });

  it('names every rule broken, each with its Vietnamese message and the field it belongs to', () => {
    const check = checkPasswordPolicy('an-an', { username: 'an-an', field: 'password' });
    expect(check).toEqual({
      ok: false,
      issues: [
        { code: 'too_short', message: PASSWORD_RULE_MESSAGES.too_short, field: 'password' },
        { code: 'contains_username', message: PASSWORD_RULE_MESSAGES.contains_username, field: 'password' },
        { code: 'too_few_distinct', message: PASSWORD_RULE_MESSAGES.too_few_distinct, field: 'password' },
      ],
    });
  });

  it('puts the issues on newPassword unless told otherwise', () => {
    const check = checkPasswordPolicy('ngan', { username: null });
    expect(check.ok === false && check.issues.every((i) => i.field === 'newPassword')).toBe(true);
  });

  it('writes every message in Vietnamese, naming its rule', () => {
    expect(PASSWORD_RULE_MESSAGES.too_short).toBe('Mật khẩu phải dài ít nhất 12 ký tự.');
    for (const message of Object.values(PASSWORD_RULE_MESSAGES)) expect(message).toMatch(/^Mật khẩu .+\.$/u);
  });

  it('never accepts a password shorter than twelve characters, whatever it is', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: PASSWORD_MIN_LENGTH - 1, unit: 'grapheme' }), (p) => {
        expect(rules(p)).toContain('too_short');
      }),
    );
  });
});

describe('the list of common passwords', () => {
  it('holds at least 10,000 passwords, lower-cased, once each', () => {
    const lines = COMMON_PASSWORDS_TEXT.split('\n');
    expect(commonPasswordCount()).toBeGreaterThanOrEqual(10_000);
    expect(new Set(lines).size).toBe(lines.length);
    for (const line of lines) expect(line).toBe(line.toLowerCase());
  });

  it('finds every password of its list, in any case', () => {
    for (const p of COMMON_PASSWORDS_TEXT.split('\n')) {
      expect(isCommonPassword(p)).toBe(true);
      expect(isCommonPassword(p.toUpperCase())).toBe(true);
    }
  });

  it('starts with the most common ones and holds Vietnamese ones', () => {
    expect(COMMON_PASSWORDS_TEXT.split('\n').slice(0, 3)).toEqual(['123456', 'password', '12345678']);
    expect(isCommonPassword('anhyeuem')).toBe(true);
    expect(isCommonPassword('matkhau123')).toBe(true);
  });

  it('does not strip a common word from inside letters, nor a core of fewer than four letters', () => {
    expect(isCommonPassword('xpasswordx')).toBe(false);
    expect(isCommonPassword('12abc34')).toBe(false);
  });
});

describe('changeOwnPasswordInput', () => {
  const input = { currentPassword: 'cu-mat-khau-1', newPassword: GOOD, newPasswordRepeat: GOOD };

  it('accepts the current password and the new one given twice alike', () => {
    expect(changeOwnPasswordInput.safeParse(input).success).toBe(true);
  });

  it('refuses two different new passwords beside the second field', () => {
    const parsed = changeOwnPasswordInput.safeParse({ ...input, newPasswordRepeat: `${GOOD}x` });
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['newPasswordRepeat', 'Hai lần nhập mật khẩu mới không giống nhau.'],
    ]);
  });

  it('refuses a new password equal to the current one', () => {
    const parsed = changeOwnPasswordInput.safeParse({
      currentPassword: GOOD,
      newPassword: GOOD,
      newPasswordRepeat: GOOD,
    });
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['newPassword']);
  });

  it('asks for each field left empty, by its name', () => {
    const parsed = changeOwnPasswordInput.safeParse({
      currentPassword: '',
      newPassword: '',
      newPasswordRepeat: '',
    });
    expect(parsed.error?.issues.map((i) => i.message)).toEqual([
      'Hãy nhập mật khẩu hiện tại.',
      'Hãy nhập mật khẩu mới.',
      'Hãy nhập lại mật khẩu mới.',
    ]);
  });

  it('refuses a password longer than 200 characters', () => {
    const long = 'a'.repeat(201);
    const parsed = changeOwnPasswordInput.safeParse({ ...input, newPassword: long, newPasswordRepeat: long });
    expect(parsed.error?.issues.map((i) => i.message)).toContain('Mật khẩu dài tối đa 200 ký tự.');
  });
});
