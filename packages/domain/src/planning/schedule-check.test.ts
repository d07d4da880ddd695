import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DEADLINE_RULES_2024, type DeadlineReading } from '../calendar/deadline-rules.js';
import { addDays, formatVietnameseWithWeekday, type LocalDate, toIsoDate } from '../calendar/local-date.js';
import { checkSchedule, type ScheduleCheckInput, type ScheduledVisit } from './schedule-check.js';
import { calendar2024, d } from './test-fixtures.js';

const visit = (
  overrides: Partial<ScheduleCheckInput['inspection']> = {},
): ScheduleCheckInput['inspection'] => ({
  id: 'i-ts',
  unitId: 'ts',
  unitName: 'Huyện Tây Sơn',
  targetId: 't-ts',
  teamId: 'team-1',
  teamName: 'Đoàn kiểm tra số 1',
  kind: 'comprehensive',
  form: 'on_site',
  dates: [d('2024-05-07')],
  ...overrides,
});
const run = (
  overrides: {
    inspection?: Partial<ScheduleCheckInput['inspection']>;
    today?: string;
    others?: ScheduledVisit[];
    reason?: string;
    reading?: DeadlineReading;
    issuedOn?: string | null;
  } = {},
) =>
  checkSchedule({
    inspection: visit(overrides.inspection),
    plan: {
      window: { start: d('2024-04-01'), end: d('2024-09-30') },
      issuedOn: overrides.issuedOn === null ? null : d(overrides.issuedOn ?? '2024-04-01'),
    },
    otherInspections: overrides.others ?? [],
    calendar: calendar2024,
    today: d(overrides.today ?? '2024-04-01'),
    rules: DEFAULT_DEADLINE_RULES_2024,
    reading: overrides.reading ?? 'A',
    lateNoticeReason: overrides.reason ?? null,
  });
const errors = (r: ReturnType<typeof run>) => (r.ok ? [] : r.issues.map((i) => i.message));
const codes = (r: ReturnType<typeof run>) => (r.ok ? [] : r.issues.map((i) => i.code));

describe('checkSchedule on the official 2024 calendar', () => {
  it('accepts Tue 07/05/2024 on 18/04/2024: the notice is due Fri 19/04 (reading A)', () => {
    const r = run({ today: '2024-04-18' });
    expect(r.ok).toBe(true);
    expect(r.warnings).toEqual([]);
    expect(r.deadlines.map((x) => [x.code, toIsoDate(x.dueDate), x.stateLabel])).toEqual([
      ['SCHEDULE_NOTICE', '2024-04-19', 'Còn 1 ngày làm việc (hạn 19/04/2024)'],
      ['UNIT_REPORT', '2024-04-26', 'Còn 6 ngày làm việc (hạn 26/04/2024)'],
      ['CONCLUSION_NOTICE', '2024-05-21', 'Chưa đến thời gian tính hạn (hạn 21/05/2024)'],
    ]);
  });

  it('accepts it on the due day itself', () => {
    expect(run({ today: '2024-04-19' }).ok).toBe(true);
  });

  it('refuses it on 22/04/2024, naming the passed deadline and the first date still on time', () => {
    const r = run({ today: '2024-04-22' });
    expect(codes(r)).toEqual(['schedule_notice_deadline_passed']);
    expect(errors(r)).toEqual([
      'Hạn gửi thông báo lịch kiểm tra là Thứ Sáu 19/04/2024 (trước 10 ngày làm việc) đã qua (hôm nay 22/04/2024); hãy chọn ngày kiểm tra từ Thứ Tư 08/05/2024 trở đi hoặc ghi lý do thông báo muộn.',
    ]);
    expect(run({ today: '2024-04-22', inspection: { dates: [d('2024-05-08')] } }).ok).toBe(true);
  });

  it('accepts it on 22/04/2024 with a late-notice reason, keeping a visible warning', () => {
    const r = run({ today: '2024-04-22', reason: '  Lãnh đạo huyện đề nghị giữ ngày 07/5 ' });
    expect(r.ok).toBe(true);
    expect(r.warnings).toEqual([
      {
        code: 'late_notice',
        message:
          'Thông báo lịch kiểm tra gửi muộn: hạn là Thứ Sáu 19/04/2024 (trước 10 ngày làm việc). Lý do: Lãnh đạo huyện đề nghị giữ ngày 07/5',
        field: 'lateNoticeReason',
      },
    ]);
    expect(run({ today: '2024-04-22', reason: '   ' }).ok).toBe(false);
  });

  it('counts under the strict reading B one working day earlier', () => {
    const r = run({ today: '2024-04-18', reading: 'B' });
    // B: due Wed 17/04; 18/04 is Giỗ Tổ, so the first date on time counts 11 days from Fri 19/04.
    expect(errors(r)).toEqual([
      'Hạn gửi thông báo lịch kiểm tra là Thứ Tư 17/04/2024 (trước 10 ngày làm việc, tính đủ ngày trọn vẹn) đã qua (hôm nay 18/04/2024); hãy chọn ngày kiểm tra từ Thứ Tư 08/05/2024 trở đi hoặc ghi lý do thông báo muộn.',
    ]);
    expect(run({ today: '2024-04-18', reading: 'B', inspection: { dates: [d('2024-05-08')] } }).ok).toBe(
      true,
    );
  });

  it('refuses a date whose notice would be due before the plan was issued', () => {
    const r = run({ today: '2024-03-20', inspection: { dates: [d('2024-04-10')] } });
    expect(codes(r)).toEqual(['schedule_notice_before_plan_issued']);
    expect(errors(r)).toEqual([
      'Hạn gửi thông báo lịch kiểm tra là Thứ Tư 27/03/2024 (trước 10 ngày làm việc), trước ngày ban hành kế hoạch 01/04/2024; hãy chọn ngày kiểm tra từ Thứ Hai 15/04/2024 trở đi hoặc ghi lý do thông báo muộn.',
    ]);
    expect(
      run({ today: '2024-03-20', inspection: { dates: [d('2024-04-10')] }, reason: 'Chỉ đạo của UBND tỉnh' })
        .ok,
    ).toBe(true);
    expect(run({ today: '2024-03-20', issuedOn: null, inspection: { dates: [d('2024-04-10')] } }).ok).toBe(
      true,
    );
  });

  it('refuses Sat 27/04/2024 as "Thứ Bảy"', () => {
    expect(calendar2024.dayInfo(d('2024-04-27')).label).toBe('Thứ Bảy');
    expect(errors(run({ inspection: { dates: [d('2024-04-27')] } }))).toEqual([
      'Ngày 27/04/2024 không phải ngày làm việc (Thứ Bảy); hãy chọn ngày làm việc khác.',
    ]);
  });

  it('refuses Thu 18/04/2024 as "Giỗ Tổ Hùng Vương"', () => {
    expect(calendar2024.dayInfo(d('2024-04-18')).label).toBe('Giỗ Tổ Hùng Vương');
    expect(errors(run({ inspection: { dates: [d('2024-04-18')] } }))).toEqual([
      'Ngày 18/04/2024 không phải ngày làm việc (Giỗ Tổ Hùng Vương); hãy chọn ngày làm việc khác.',
    ]);
  });

  it('refuses the swapped Monday 29/04/2024 and allows the official working Saturday 04/05/2024', () => {
    expect(errors(run({ inspection: { dates: [d('2024-04-29')] } }))).toEqual([
      'Ngày 29/04/2024 không phải ngày làm việc (Nghỉ hoán đổi (làm bù thứ Bảy 4/5/2024)); hãy chọn ngày làm việc khác.',
    ]);
    const saturday = calendar2024.dayInfo(d('2024-05-04'));
    expect([saturday.working, saturday.kind, saturday.label]).toEqual([
      true,
      'working_weekend',
      'Ngày làm bù (Thứ Bảy): làm bù cho ngày 29/4/2024',
    ]);
    expect(run({ inspection: { dates: [d('2024-05-04')] } }).ok).toBe(true);
  });

  it('refuses a comprehensive inspection outside 01/04–30/09/2024 and allows an ad-hoc one', () => {
    expect(run({ inspection: { dates: [d('2024-09-30')] } }).ok).toBe(true);
    expect(errors(run({ inspection: { dates: [d('2024-10-01')] } }))).toEqual([
      'Ngày 01/10/2024 nằm ngoài thời gian kiểm tra của kế hoạch (01/04/2024 – 30/09/2024).',
    ]);
    expect(run({ inspection: { dates: [d('2024-10-01')], kind: 'ad_hoc' } }).ok).toBe(true);
  });

  it('checks every day of a multi-day visit and counts the conclusion from the last one', () => {
    const r = run({ inspection: { dates: [d('2024-05-08'), d('2024-05-07'), d('2024-05-11')] } });
    expect(errors(r)).toEqual([
      'Ngày 11/05/2024 không phải ngày làm việc (Thứ Bảy); hãy chọn ngày làm việc khác.',
    ]);
    const ok = run({ inspection: { dates: [d('2024-05-08'), d('2024-05-07')] } });
    expect(ok.deadlines.map((x) => toIsoDate(x.dueDate))).toEqual(['2024-04-19', '2024-04-26', '2024-05-22']);
  });

  it('refuses a visit without dates and a date chosen twice', () => {
    expect(errors(run({ inspection: { dates: [] } }))).toEqual([
      'Chưa chọn ngày kiểm tra; hãy chọn ít nhất một ngày.',
    ]);
    expect(errors(run({ inspection: { dates: [d('2024-05-07'), d('2024-05-07')] } }))).toEqual([
      'Một ngày kiểm tra được chọn hai lần; hãy bỏ ngày trùng.',
    ]);
  });

  describe('the same team or unit twice on one day', () => {
    const congThuong: ScheduledVisit = {
      id: 'i-sct',
      unitId: 'sct',
      unitName: 'Sở Công Thương',
      targetId: 't-sct',
      teamId: 'team-1',
      teamName: 'Đoàn kiểm tra số 1',
      dates: [d('2024-05-07')],
    };

    it('refuses the team at another target the same day', () => {
      const r = run({ others: [congThuong] });
      expect(r.ok === false && r.issues.map((i) => [i.code, i.unitIds])).toEqual([
        ['schedule_team_busy', ['sct']],
      ]);
      expect(errors(r)).toEqual([
        'Ngày 07/05/2024 Đoàn kiểm tra số 1 đã có lịch kiểm tra Sở Công Thương; một đoàn không kiểm tra hai đối tượng trong cùng một ngày.',
      ]);
    });

    it('lets the team visit a district and its own communes the same day', () => {
      const commune: ScheduledVisit = {
        ...congThuong,
        id: 'i-bt',
        unitId: 'bt',
        unitName: 'Xã Bình Tường',
        targetId: 't-ts',
      };
      expect(run({ others: [commune] }).ok).toBe(true);
    });

    it('refuses the unit visited by another team the same day', () => {
      const other: ScheduledVisit = {
        ...congThuong,
        id: 'i-ts-2',
        unitId: 'ts',
        unitName: 'Huyện Tây Sơn',
        targetId: 't-ts-thematic',
        teamId: 'team-2',
        teamName: 'Đoàn kiểm tra số 2',
      };
      expect(errors(run({ others: [other] }))).toEqual([
        'Ngày 07/05/2024 Huyện Tây Sơn đã có lịch làm việc với Đoàn kiểm tra số 2; một đơn vị không bị kiểm tra hai lần trong cùng một ngày.',
      ]);
    });

    it('ignores the visit itself among the others and visits on other days', () => {
      expect(
        run({
          others: [
            { ...congThuong, id: 'i-ts' },
            { ...congThuong, dates: [d('2024-05-08')] },
          ],
        }).ok,
      ).toBe(true);
    });
  });

  it('never accepts a day that is not a working day (property)', () => {
    const start = d('2024-01-01');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 365 }),
        fc.constantFrom<DeadlineReading>('A', 'B'),
        fc.boolean(),
        (offset, reading, adHoc) => {
          const date = addDays(start, offset);
          const r = checkSchedule({
            inspection: visit({ dates: [date], kind: adHoc ? 'ad_hoc' : 'comprehensive' }),
            plan: { window: { start: d('2024-01-01'), end: d('2024-12-31') }, issuedOn: null },
            otherInspections: [],
            calendar: calendar2024,
            today: d('2023-06-01'),
            rules: DEFAULT_DEADLINE_RULES_2024,
            reading,
            lateNoticeReason: 'Lý do bất kỳ',
          });
          expect(r.ok).toBe(calendar2024.isWorkingDay(date));
          if (!r.ok) expect(r.issues.map((i) => i.code)).toEqual(['schedule_non_working_day']);
        },
      ),
    );
  });

  it('advises no date after the plan has ended: only a reason for the late notice', () => {
    const r = checkSchedule({
      inspection: visit({ dates: [d('2024-09-27')] }),
      plan: { window: { start: d('2024-04-01'), end: d('2024-09-30') }, issuedOn: d('2024-03-25') },
      otherInspections: [],
      calendar: calendar2024,
      today: d('2026-12-03'),
      rules: DEFAULT_DEADLINE_RULES_2024,
      reading: 'A',
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]?.message).toContain(
        'trong thời gian của kế hoạch (đến 30/09/2024) không còn ngày nào kịp thông báo đúng hạn; hãy ghi lý do thông báo muộn.',
      );
      expect(r.issues[0]?.message).not.toContain('trở đi');
    }
  });

  it('proposes a first date whose notice is exactly on time (property)', () => {
    // The "chọn ngày kiểm tra từ … trở đi" date is accepted, and the working day before it is not.
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 150 }),
        fc.constantFrom<DeadlineReading>('A', 'B'),
        (offset, reading) => {
          const today = addDays(d('2024-04-01'), offset);
          const extra = reading === 'B' ? 1 : 0;
          const first = calendar2024.addWorkingDays(calendar2024.workingDayOnOrAfter(today), 10 + extra);
          const check = (date: LocalDate) =>
            checkSchedule({
              inspection: visit({ dates: [date], kind: 'ad_hoc' }),
              plan: { window: { start: d('2024-01-01'), end: d('2024-12-31') }, issuedOn: null },
              otherInspections: [],
              calendar: calendar2024,
              today,
              rules: DEFAULT_DEADLINE_RULES_2024,
              reading,
            });
          expect(check(first).ok).toBe(true);
          const late = check(calendar2024.previousWorkingDay(first));
          expect(late.ok).toBe(false);
          if (!late.ok)
            expect(late.issues[0]?.message).toContain(`từ ${formatVietnameseWithWeekday(first)} trở đi`);
        },
      ),
    );
  });
});
