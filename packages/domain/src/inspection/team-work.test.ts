import { describe, expect, it } from 'vitest';
import { INSPECTION_STATUSES } from '../plan/vocabulary.js';
import { checkEarlierConclusionEntryOpen, checkRemediationOpen, checkTeamWorkOpen } from './team-work.js';
import { codesOf, messagesOf } from './test-fixtures.js';

describe('checkTeamWorkOpen', () => {
  it('opens the team work only while the inspection is under way', () => {
    const open = INSPECTION_STATUSES.filter((s) => checkTeamWorkOpen(s).ok);
    expect(open).toEqual(['in_progress']);
  });

  it('says the conclusion was issued once the inspection is concluded or closed', () => {
    for (const s of ['concluded', 'closed'] as const) {
      expect(codesOf(checkTeamWorkOpen(s))).toEqual(['team_work_not_open']);
      expect(messagesOf(checkTeamWorkOpen(s))[0]).toContain('thông báo kết luận đã ban hành');
    }
  });

  it('says the work waits for the inspection before it starts', () => {
    expect(messagesOf(checkTeamWorkOpen('notified'))).toEqual([
      'Cuộc kiểm tra ở trạng thái "Đã thông báo": chỉ ghi biên bản, kết quả kiểm tra và kiến nghị khi cuộc kiểm tra đang diễn ra.',
    ]);
  });
});

describe('checkRemediationOpen and checkEarlierConclusionEntryOpen', () => {
  it('follows recommendations up only between the conclusion notice and the closure', () => {
    expect(INSPECTION_STATUSES.filter((s) => checkRemediationOpen(s).ok)).toEqual(['concluded']);
    expect(messagesOf(checkRemediationOpen('closed'))).toEqual([
      'Cuộc kiểm tra đã kết thúc; không báo cáo hay xem xét khắc phục thêm.',
    ]);
    expect(codesOf(checkRemediationOpen('in_progress'))).toEqual(['remediation_not_open']);
  });

  it('takes earlier conclusions over from the schedule notice until the closure', () => {
    expect(INSPECTION_STATUSES.filter((s) => checkEarlierConclusionEntryOpen(s).ok)).toEqual([
      'notified',
      'in_progress',
      'concluded',
    ]);
  });
});
