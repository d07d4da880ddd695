import { describe, expect, it } from 'vitest';
import {
  daysOffToText,
  issuesByField,
  parseDaysOffText,
  parseVietnameseDate,
  parseWorkingDaysText,
  workingDaysToText,
} from './schedule-text.js';

describe('parseVietnameseDate', () => {
  it('reads dd/mm/yyyy, d/m/yyyy and ISO dates', () => {
    expect(parseVietnameseDate('18/04/2024')).toBe('2024-04-18');
    expect(parseVietnameseDate('4/5/2024')).toBe('2024-05-04');
    expect(parseVietnameseDate('2027-12-31')).toBe('2027-12-31');
  });

  it('refuses a day that does not exist and text that is not a date', () => {
    expect(parseVietnameseDate('31/02/2027')).toBeNull();
    expect(parseVietnameseDate('29/02/2023')).toBeNull();
    expect(parseVietnameseDate('ngày mai')).toBeNull();
  });
});

describe('parseDaysOffText', () => {
  it('reads date, name and kind, skipping blank lines and # comments', () => {
    const parsed = parseDaysOffText(
      '# Ngày nghỉ 2024\n01/01/2024 | Tết Dương lịch | lễ\n\n29/04/2024 | Nghỉ hoán đổi | hoán đổi\n13/02/2024 | Nghỉ bù Tết | Nghỉ bù\n',
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries).toEqual([
      { date: '2024-01-01', name: 'Tết Dương lịch', kind: 'holiday' },
      { date: '2024-04-29', name: 'Nghỉ hoán đổi', kind: 'swap' },
      { date: '2024-02-13', name: 'Nghỉ bù Tết', kind: 'compensatory' },
    ]);
    expect(parsed.lines).toEqual([2, 4, 5]);
  });

  it('takes a line without a kind as a holiday', () => {
    expect(parseDaysOffText('02/09/2024 | Quốc khánh').entries).toEqual([
      { date: '2024-09-02', name: 'Quốc khánh', kind: 'holiday' },
    ]);
  });

  it('names the line of each mistake', () => {
    const parsed = parseDaysOffText('30/02/2027 | Sai ngày | lễ\n01/01/2027 | Tết | nghỉ phép\n02/01/2027');
    expect(parsed.entries).toEqual([]);
    expect(parsed.errors).toEqual([
      'Dòng 1: “30/02/2027” không phải là ngày (ghi theo dạng dd/mm/yyyy).',
      'Dòng 2: loại ngày nghỉ “nghỉ phép” không rõ; ghi “lễ”, “bù” hoặc “hoán đổi”.',
      'Dòng 3: thiếu tên ngày nghỉ (ví dụ “Tết Nguyên đán”).',
    ]);
  });

  it('reads back what daysOffToText writes', () => {
    const days = [
      { date: '2024-02-13', name: 'Nghỉ bù Tết Nguyên đán', kind: 'compensatory' as const },
      { date: '2024-04-29', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 4/5/2024)', kind: 'swap' as const },
    ];
    const text = daysOffToText(days);
    expect(text).toBe(
      '13/02/2024 | Nghỉ bù Tết Nguyên đán | bù\n29/04/2024 | Nghỉ hoán đổi (làm bù thứ Bảy 4/5/2024) | hoán đổi',
    );
    expect(parseDaysOffText(text).entries).toEqual(days);
  });
});

describe('parseWorkingDaysText', () => {
  it('reads date and name, and round-trips with workingDaysToText', () => {
    const days = [{ date: '2024-05-04', name: 'Làm bù cho ngày 29/4/2024' }];
    expect(workingDaysToText(days)).toBe('04/05/2024 | Làm bù cho ngày 29/4/2024');
    expect(parseWorkingDaysText(workingDaysToText(days)).entries).toEqual(days);
  });

  it('asks for a name', () => {
    expect(parseWorkingDaysText('04/05/2024').errors).toEqual([
      'Dòng 1: thiếu tên ngày làm bù (ví dụ “Làm bù cho ngày 29/4/2024”).',
    ]);
  });
});

describe('issuesByField', () => {
  it('puts each API issue beside its field, naming the line of an entry', () => {
    const placed = issuesByField(
      [
        { path: 'schedule.source', message: 'Phải ghi văn bản thông báo' },
        { path: 'schedule.daysOff.1.date', message: 'Ngày nghỉ 2027-05-01 là Thứ Bảy' },
        {
          path: 'schedule.workingWeekendDays',
          message: 'Số ngày nghỉ hoán đổi (1) phải bằng số ngày làm bù (0)',
        },
        { path: 'expectedVersion', message: 'Phiên bản không hợp lệ' },
      ],
      { daysOff: [1, 4], workingWeekendDays: [] },
    );
    expect(placed).toEqual({
      source: ['Phải ghi văn bản thông báo'],
      daysOff: ['Dòng 4: Ngày nghỉ 2027-05-01 là Thứ Bảy'],
      workingWeekendDays: ['Số ngày nghỉ hoán đổi (1) phải bằng số ngày làm bù (0)'],
      form: ['Phiên bản không hợp lệ'],
    });
  });
});
