import { strFromU8, strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipFiles } from './zip.js';

describe('zipFiles', () => {
  it('packs files under their Vietnamese names, and reads back byte for byte', () => {
    const zip = zipFiles([
      { name: 'Thông báo - Sở Công Thương.docx', bytes: strToU8('một') },
      { name: 'Thông báo - UBND huyện Tây Sơn.docx', bytes: strToU8('hai') },
    ]);
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual([
      'Thông báo - Sở Công Thương.docx',
      'Thông báo - UBND huyện Tây Sơn.docx',
    ]);
    expect(strFromU8(files['Thông báo - UBND huyện Tây Sơn.docx'] ?? new Uint8Array())).toBe('hai');
  });

  it('numbers repeated names instead of overwriting', () => {
    const files = unzipSync(
      zipFiles([
        { name: 'a.docx', bytes: strToU8('1') },
        { name: 'a.docx', bytes: strToU8('2') },
        { name: 'a.docx', bytes: strToU8('3') },
      ]),
    );
    expect(Object.keys(files)).toEqual(['a.docx', 'a (2).docx', 'a (3).docx']);
    expect(strFromU8(files['a (3).docx'] ?? new Uint8Array())).toBe('3');
  });
});
