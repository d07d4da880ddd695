import { describe, expect, it } from 'vitest';
import { issuingBodyOf } from './issuing-body.js';

describe('issuingBodyOf', () => {
  it('heads a district People’s Committee with no parent line, its own place, TM. signer and UBND', () => {
    expect(
      issuingBodyOf({
        name: 'Ủy ban nhân dân huyện Tây Sơn',
        parentName: 'Ủy ban nhân dân tỉnh Bình Định',
        abbreviation: 'UBNDTS',
      }),
    ).toEqual({
      parentLine: '',
      name: 'ỦY BAN NHÂN DÂN\nHUYỆN TÂY SƠN',
      ownPlace: 'Tây Sơn',
      signerTitle: 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH',
      abbreviation: 'UBND',
    });
  });

  it('heads a commune (UBND abbreviated too) with the commune as its place', () => {
    const body = issuingBodyOf({
      name: 'UBND xã Bình Tường',
      parentName: 'Ủy ban nhân dân huyện Tây Sơn',
      abbreviation: 'UBNDBT',
    });
    expect(body.parentLine).toBe('');
    expect(body.name).toBe('ỦY BAN NHÂN DÂN\nXÃ BÌNH TƯỜNG');
    expect(body.ownPlace).toBe('Bình Tường');
  });

  it('puts a department under its People’s Committee, in the province’s place, signed by its head', () => {
    expect(
      issuingBodyOf({
        name: 'Sở Công Thương',
        parentName: 'Ủy ban nhân dân tỉnh Bình Định',
        abbreviation: 'SCT',
      }),
    ).toEqual({
      parentLine: 'UBND TỈNH BÌNH ĐỊNH',
      name: 'SỞ CÔNG THƯƠNG',
      ownPlace: null,
      signerTitle: 'GIÁM ĐỐC',
      abbreviation: 'SCT',
    });
  });

  it('gives a district office the district as its place and its head’s title', () => {
    const body = issuingBodyOf({
      name: 'Văn phòng HĐND và UBND huyện',
      parentName: 'Ủy ban nhân dân huyện Tây Sơn',
      abbreviation: 'VP',
    });
    expect(body.parentLine).toBe('UBND HUYỆN TÂY SƠN');
    expect(body.ownPlace).toBe('Tây Sơn');
    expect(body.signerTitle).toBe('CHÁNH VĂN PHÒNG');
  });

  it('falls back to the head of the body for a name it does not know', () => {
    expect(
      issuingBodyOf({ name: 'Cục Hải quan Bình Định', parentName: null, abbreviation: 'HQ' }),
    ).toMatchObject({ parentLine: '', signerTitle: 'CỤC TRƯỞNG' });
    expect(issuingBodyOf({ name: 'Hội Nông dân', parentName: null, abbreviation: 'HND' }).signerTitle).toBe(
      'THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ',
    );
  });
});
