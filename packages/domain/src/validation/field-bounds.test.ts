import { describe, expect, it } from 'vitest';
import { accountCreateInput } from '../accounts/account.schemas.js';
import { FINDING_AREAS } from '../inspection/content-areas.js';
import {
  earlierConclusionAddInput,
  findingFieldsSchema,
  remediationDecideInput,
  remediationReportInput,
} from '../inspection/inspection-api.schemas.js';
import { minutesSchema } from '../inspection/minutes.js';
import { orgUnitCreateInput } from '../org/unit-register.schemas.js';
import { scheduleNoticeInput } from '../planning/inspection-status.js';
import { pushSystemFiguresInput, saveAnswerInput } from '../report/report.schemas.js';
import { isoDateSchema, MAX_TEXT_LENGTH } from './common.js';
import type { z } from './zod-vi.js';

// Issue 18, "Bad input": each field bounded to what the domain needs, refused one past its limit
// with a Vietnamese message that states the limit, and accepted at the limit.
const ID = '0b7f2c52-6a3e-4c1e-9d1b-2f7c1c0e9a11';

/** `base` with the value at the dotted `path` replaced (array indexes are numbers in the path). */
function withValue(base: unknown, path: string, value: unknown): unknown {
  const copy = structuredClone(base) as Record<string, unknown>;
  const keys = path.split('.');
  let at: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>;
  at[keys.at(-1) as string] = value;
  return copy;
}

interface Bound {
  schema: z.ZodType;
  base: unknown;
  path: string;
  /** The value at the limit, and one past it. */
  at: unknown;
  past: unknown;
  message: string;
}

const chars = (n: number, c = 'a') => c.repeat(n);
const items = <T>(n: number, item: (i: number) => T) => Array.from({ length: n }, (_, i) => item(i));

const minutes = {
  date: '2024-06-05',
  place: 'Trụ sở UBND xã',
  attendees: [{ name: 'Trần Quốc Bảo', organisation: 'Sở Nội vụ', role: 'team_leader' }],
};
const finding = {
  kind: 'shortcoming',
  area: FINDING_AREAS[0],
  description: 'Chưa niêm yết đủ TTHC',
  responsibilities: [{ holderKind: 'collective', holder: 'Văn phòng' }],
};
const remediation = { recommendationId: ID, expectedVersion: 1, state: 'done', actionsTaken: 'Đã niêm yết' };
const earlier = {
  inspectionId: ID,
  conclusion: {
    year: 2022,
    issuer: 'Sở Nội vụ',
    documentNumber: '12/TB-SNV',
    date: '2022-08-01',
    recommendations: [{ action: 'Niêm yết', responsible: 'Văn phòng' }],
  },
};
const basis = { kind: 'decision', number: '125/QĐ-UBND', date: '2025-06-16' };
const unit = { requestId: ID, name: 'Xã Bình Tường', kind: 'commune', effectiveFrom: '2025-07-01', basis };
const account = { username: 'nguyenvana', fullName: 'Nguyễn Văn A', orgUnitId: ID, roles: [] };
const notice = { number: '12/TB-SNV', date: '2024-06-05', recipients: ['UBND xã Bình Tường'] };
const answer = { inspectionId: ID, itemCode: '1', narrative: '', expectedVersion: 0 };
const figures = (n: number, value = 1) => Object.fromEntries(items(n, (i) => [`so_lieu_${i}`, value]));

const BOUNDS: Record<string, Bound> = {
  'a typed date': {
    schema: isoDateSchema,
    base: { d: '' },
    path: 'd',
    at: `${chars(20, ' ')}07/05/2024`,
    past: `${chars(21, ' ')}07/05/2024`,
    message: 'Ngày dài tối đa 30 ký tự; hãy nhập theo dạng ngày/tháng/năm, ví dụ 07/05/2024.',
  },
  'the minutes’ place': {
    schema: minutesSchema,
    base: minutes,
    path: 'place',
    at: chars(300),
    past: chars(301),
    message: 'Địa điểm làm việc dài tối đa 300 ký tự.',
  },
  'the minutes’ attendees': {
    schema: minutesSchema,
    base: minutes,
    path: 'attendees',
    at: items(100, () => minutes.attendees[0]),
    past: items(101, () => minutes.attendees[0]),
    message: 'Tối đa 100 người tham dự.',
  },
  'an attendee’s name': {
    schema: minutesSchema,
    base: minutes,
    path: 'attendees.0.name',
    at: chars(300),
    past: chars(301),
    message: 'Họ và tên người tham dự dài tối đa 300 ký tự.',
  },
  'an attendee’s position': {
    schema: minutesSchema,
    base: minutes,
    path: 'attendees.0.position',
    at: chars(200),
    past: chars(201),
    message: 'Chức vụ dài tối đa 200 ký tự.',
  },
  'the minutes’ agenda': {
    schema: minutesSchema,
    base: minutes,
    path: 'agenda',
    at: items(50, () => ({ title: 'Nội dung' })),
    past: items(51, () => ({ title: 'Nội dung' })),
    message: 'Tối đa 50 nội dung làm việc.',
  },
  'the minutes’ discussion': {
    schema: minutesSchema,
    base: minutes,
    path: 'discussion',
    at: chars(MAX_TEXT_LENGTH),
    past: chars(MAX_TEXT_LENGTH + 1),
    message: 'Nội dung trao đổi dài tối đa 20000 ký tự.',
  },
  'the leader’s conclusion in the minutes': {
    schema: minutesSchema,
    base: minutes,
    path: 'leaderConclusion',
    at: chars(MAX_TEXT_LENGTH),
    past: chars(MAX_TEXT_LENGTH + 1),
    message: 'Ý kiến kết luận dài tối đa 20000 ký tự.',
  },
  'a finding’s responsibilities': {
    schema: findingFieldsSchema,
    base: finding,
    path: 'responsibilities',
    at: items(50, () => finding.responsibilities[0]),
    past: items(51, () => finding.responsibilities[0]),
    message: 'Một phát hiện có tối đa 50 cá nhân, tập thể chịu trách nhiệm.',
  },
  'a responsibility’s holder': {
    schema: findingFieldsSchema,
    base: finding,
    path: 'responsibilities.0.holder',
    at: chars(300),
    past: chars(301),
    message: 'Tên cá nhân, tập thể chịu trách nhiệm dài tối đa 300 ký tự.',
  },
  'a responsibility’s description': {
    schema: findingFieldsSchema,
    base: finding,
    path: 'responsibilities.0.description',
    at: chars(4000),
    past: chars(4001),
    message: 'Nội dung trách nhiệm dài tối đa 4000 ký tự.',
  },
  'the evidence of a remediation': {
    schema: remediationReportInput,
    base: remediation,
    path: 'evidenceRefs',
    at: items(50, (i) => `Văn bản số ${i}`),
    past: items(51, (i) => `Văn bản số ${i}`),
    message: 'Tối đa 50 tài liệu kiểm chứng.',
  },
  'one piece of evidence': {
    schema: remediationReportInput,
    base: { ...remediation, evidenceRefs: [''] },
    path: 'evidenceRefs.0',
    at: chars(500),
    past: chars(501),
    message: 'Mỗi tài liệu kiểm chứng dài tối đa 500 ký tự.',
  },
  'the reason a remediation is returned': {
    schema: remediationDecideInput,
    base: { recommendationId: ID, expectedVersion: 1, decision: { decision: 'returned', reason: '' } },
    path: 'decision.reason',
    at: chars(2000),
    past: chars(2001),
    message: 'Lý do dài tối đa 2000 ký tự.',
  },
  'an earlier conclusion’s year': {
    schema: earlierConclusionAddInput,
    base: earlier,
    path: 'conclusion.year',
    at: 2100,
    past: 2101,
    message: 'Năm kiểm tra phải từ năm 2000 đến năm 2100.',
  },
  'an earlier conclusion’s issuer': {
    schema: earlierConclusionAddInput,
    base: earlier,
    path: 'conclusion.issuer',
    at: chars(300),
    past: chars(301),
    message: 'Cơ quan ban hành dài tối đa 300 ký tự.',
  },
  'an earlier conclusion’s number': {
    schema: earlierConclusionAddInput,
    base: earlier,
    path: 'conclusion.documentNumber',
    at: `1/TB-${chars(45, 'A')}`,
    past: `1/TB-${chars(46, 'A')}`,
    message: 'Số thông báo kết luận dài tối đa 50 ký tự.',
  },
  'an earlier conclusion’s recommendations': {
    schema: earlierConclusionAddInput,
    base: earlier,
    path: 'conclusion.recommendations',
    at: items(200, () => earlier.conclusion.recommendations[0]),
    past: items(201, () => earlier.conclusion.recommendations[0]),
    message: 'Tối đa 200 kiến nghị của một kết luận.',
  },
  'a unit’s name, before it is tidied': {
    schema: orgUnitCreateInput,
    base: unit,
    path: 'name',
    at: chars(300),
    past: `${chars(300)} `,
    message: 'Tên đơn vị dài tối đa 300 ký tự.',
  },
  'the number of a legal basis': {
    schema: orgUnitCreateInput,
    base: unit,
    path: 'basis.number',
    at: `125/${chars(56, 'A')}`,
    past: `125/${chars(57, 'A')}`,
    message: 'Số, ký hiệu văn bản dài tối đa 60 ký tự.',
  },
  'a person’s full name': {
    schema: accountCreateInput,
    base: account,
    path: 'fullName',
    at: chars(120),
    past: chars(121),
    message: 'Họ và tên dài tối đa 120 ký tự.',
  },
  'a notice’s number': {
    schema: scheduleNoticeInput,
    base: notice,
    path: 'number',
    at: `12/TB-${chars(44, 'A')}`,
    past: `12/TB-${chars(45, 'A')}`,
    message: 'Số thông báo dài tối đa 50 ký tự.',
  },
  'a notice’s recipients': {
    schema: scheduleNoticeInput,
    base: notice,
    path: 'recipients',
    at: items(50, (i) => `Nơi nhận ${i}`),
    past: items(51, (i) => `Nơi nhận ${i}`),
    message: 'Tối đa 50 nơi nhận thông báo.',
  },
  'one recipient': {
    schema: scheduleNoticeInput,
    base: notice,
    path: 'recipients.0',
    at: chars(300),
    past: chars(301),
    message: 'Mỗi nơi nhận dài tối đa 300 ký tự.',
  },
  'the figures of an answer': {
    schema: saveAnswerInput,
    base: answer,
    path: 'figures',
    at: figures(30),
    past: figures(31),
    message: 'Một mục có tối đa 30 số liệu.',
  },
  'a figure': {
    schema: saveAnswerInput,
    base: answer,
    path: 'figures',
    at: figures(1, 1e15),
    past: figures(1, 1e15 + 1),
    message: 'Số liệu phải trong khoảng từ -10^15 đến 10^15.',
  },
  'the figures a system pushes': {
    schema: pushSystemFiguresInput,
    base: { inspectionId: ID, itemCode: '1', source: 'Hệ thống một cửa' },
    path: 'figures',
    at: figures(30),
    past: figures(31),
    message: 'Một mục có tối đa 30 số liệu.',
  },
};

describe('the bounds of the fields', () => {
  for (const [name, b] of Object.entries(BOUNDS)) {
    it(`${name}: accepted at the limit, refused past it saying the limit`, () => {
      const parse = (value: unknown) =>
        b.schema === isoDateSchema
          ? b.schema.safeParse(value)
          : b.schema.safeParse(withValue(b.base, b.path, value));
      const at = parse(b.at);
      expect(at.error?.issues ?? []).toEqual([]);
      const past = parse(b.past);
      expect(past.error?.issues.map((i) => i.message)).toEqual([b.message]);
    });
  }

  it('still requires at least one figure pushed by a system', () => {
    const pushed = pushSystemFiguresInput.safeParse({
      inspectionId: ID,
      itemCode: '1',
      source: 'Hệ thống',
      figures: {},
    });
    expect(pushed.error?.issues.map((i) => i.message)).toEqual(['Hãy gửi ít nhất một số liệu.']);
  });
});
