import { describe, expect, it } from 'vitest';
import type { InspectionStatus } from '../plan/vocabulary.js';
import {
  type InspectionScheduleState,
  inspectionStatusAfter,
  type ScheduleNotice,
  scheduleNoticeInput,
} from './inspection-status.js';
import { d } from './test-fixtures.js';

const notice: ScheduleNotice = {
  number: '12/TB-SNV',
  date: d('2024-04-19'),
  recipients: ['UBND huyện Tây Sơn'],
};
const amended: ScheduleNotice = {
  number: '15/TB-SNV',
  date: d('2024-04-25'),
  recipients: ['UBND huyện Tây Sơn'],
};
const planned: InspectionScheduleState = { status: 'planned', dates: [], notices: [] };
const scheduled: InspectionScheduleState = { status: 'scheduled', dates: [d('2024-05-07')], notices: [] };
const notified: InspectionScheduleState = {
  status: 'notified',
  dates: [d('2024-05-07')],
  notices: [{ ...notice, state: 'current' }],
};
const messages = (r: ReturnType<typeof inspectionStatusAfter>) =>
  r.ok ? [] : r.issues.map((i) => i.message);

describe('inspectionStatusAfter', () => {
  it('schedules a planned inspection when its dates are set, and lets them change before the notice', () => {
    expect(inspectionStatusAfter({ type: 'set_dates', dates: [d('2024-05-07')] }, planned)).toEqual({
      ok: true,
      state: scheduled,
    });
    const moved = inspectionStatusAfter({ type: 'set_dates', dates: [d('2024-05-08')] }, scheduled);
    expect(moved.ok && moved.state.status).toBe('scheduled');
  });

  it('refuses to set no dates', () => {
    expect(messages(inspectionStatusAfter({ type: 'set_dates', dates: [] }, planned))).toEqual([
      'Hãy chọn ít nhất một ngày kiểm tra.',
    ]);
  });

  it('notifies a scheduled inspection when its notice is recorded', () => {
    expect(inspectionStatusAfter({ type: 'record_notice', notice }, scheduled)).toEqual({
      ok: true,
      state: notified,
    });
  });

  it('refuses a notice before the dates are set', () => {
    expect(messages(inspectionStatusAfter({ type: 'record_notice', notice }, planned))).toEqual([
      'Chưa có lịch kiểm tra; hãy chọn ngày kiểm tra trước khi gửi thông báo.',
    ]);
  });

  it('refuses a second notice, and new dates without a reschedule, once notified', () => {
    expect(messages(inspectionStatusAfter({ type: 'record_notice', notice: amended }, notified))).toEqual([
      'Lịch kiểm tra đã được thông báo; nếu đổi lịch, hãy ghi thông báo điều chỉnh khi điều chỉnh lịch.',
    ]);
    expect(
      messages(inspectionStatusAfter({ type: 'set_dates', dates: [d('2024-05-09')] }, notified)),
    ).toEqual([
      'Lịch kiểm tra đã được thông báo; đổi lịch phải là điều chỉnh lịch, kèm thông báo điều chỉnh gửi đơn vị.',
    ]);
  });

  it('reschedules after the notice with an amended notice: notified again, the old notice superseded', () => {
    expect(
      inspectionStatusAfter(
        { type: 'reschedule', dates: [d('2024-05-14')], amendedNotice: amended },
        notified,
      ),
    ).toEqual({
      ok: true,
      state: {
        status: 'notified',
        dates: [d('2024-05-14')],
        notices: [
          { ...notice, state: 'superseded' },
          { ...amended, state: 'current', amends: '12/TB-SNV' },
        ],
      },
    });
  });

  it('reschedules without an amended notice back to scheduled, and the later notice amends the old one', () => {
    const r = inspectionStatusAfter({ type: 'reschedule', dates: [d('2024-05-14')] }, notified);
    expect(r).toEqual({
      ok: true,
      state: { status: 'scheduled', dates: [d('2024-05-14')], notices: [{ ...notice, state: 'superseded' }] },
    });
    const again = r.ok ? inspectionStatusAfter({ type: 'record_notice', notice: amended }, r.state) : r;
    expect(again.ok && again.state.notices.map((n) => [n.number, n.state, n.amends])).toEqual([
      ['12/TB-SNV', 'superseded', undefined],
      ['15/TB-SNV', 'current', '12/TB-SNV'],
    ]);
  });

  it('refuses a reschedule before any notice', () => {
    expect(
      messages(inspectionStatusAfter({ type: 'reschedule', dates: [d('2024-05-14')] }, scheduled)),
    ).toEqual([
      'Lịch kiểm tra chưa được thông báo; hãy sửa ngày kiểm tra trực tiếp, không cần điều chỉnh lịch.',
    ]);
    expect(messages(inspectionStatusAfter({ type: 'reschedule', dates: [] }, notified))).toEqual([
      'Hãy chọn ít nhất một ngày kiểm tra.',
    ]);
  });

  it.each<[InspectionStatus, string]>([
    ['concluded', 'Đã kết luận'],
    ['closed', 'Đã kết thúc'],
    ['cancelled', 'Đã hủy'],
  ])('refuses every step from %s', (status, label) => {
    const state = { ...notified, status };
    for (const event of [
      { type: 'set_dates', dates: [d('2024-05-14')] },
      { type: 'record_notice', notice },
      { type: 'reschedule', dates: [d('2024-05-14')], amendedNotice: amended },
    ] as const) {
      expect(messages(inspectionStatusAfter(event, state))).toEqual([
        `Cuộc kiểm tra ở trạng thái "${label}" nên không thể lập lịch, thông báo hay đổi lịch nữa.`,
      ]);
    }
  });

  it('refuses to reschedule an inspection under way', () => {
    expect(
      messages(
        inspectionStatusAfter(
          { type: 'reschedule', dates: [d('2024-05-14')] },
          { ...notified, status: 'in_progress' },
        ),
      ),
    ).toEqual(['Cuộc kiểm tra đang diễn ra nên không thể lập lịch, thông báo hay đổi lịch nữa.']);
  });
});

describe('scheduleNoticeInput', () => {
  const ok = { number: '12/TB-SNV', date: '2024-04-19', recipients: ['UBND huyện Tây Sơn'] };
  const first = (v: unknown) => scheduleNoticeInput.safeParse(v).error?.issues[0]?.message;

  it('accepts a notice numbered as Decree 30/2020 writes it', () => {
    expect(scheduleNoticeInput.safeParse(ok).success).toBe(true);
    expect(scheduleNoticeInput.safeParse({ ...ok, number: '45/TB-VPUBND' }).success).toBe(true);
  });

  it('refuses a malformed number, a missing one and no recipients', () => {
    expect(first({ ...ok, number: 'TB 12' })).toBe(
      'Số thông báo phải có dạng số/TB-cơ quan, ví dụ 12/TB-SNV.',
    );
    expect(first({ ...ok, number: ' ' })).toBe('Hãy nhập số thông báo.');
    expect(first({ ...ok, recipients: [] })).toBe('Hãy nhập ít nhất một nơi nhận thông báo.');
    expect(first({ ...ok, recipients: [' '] })).toBe('Nơi nhận không được để trống.');
    expect(first({ ...ok, date: '19/13/2024' })).toBe(
      'Ngày không tồn tại trong lịch, hãy kiểm tra lại ngày và tháng.',
    );
    expect(first({ ...ok, date: 'tháng Tư' })).toBe(
      'Hãy nhập ngày theo dạng ngày/tháng/năm, ví dụ 07/05/2024.',
    );
  });
});
