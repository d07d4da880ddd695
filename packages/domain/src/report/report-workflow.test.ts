import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../calendar/local-date.js';
import { calendar2024 } from '../planning/test-fixtures.js';
import { narrativeHasText, reportProgress } from './progress.js';
import {
  checkAdditionRequest,
  checkItemEditable,
  checkSubmission,
  checkTeamCanReopen,
  submissionTiming,
  teamMayRead,
} from './report-workflow.js';
import { TTHC_OUTLINE } from './tthc-outline.js';

const items = TTHC_OUTLINE.items;
const all = ['I.1', 'I.2', 'I.3', 'I.4', 'I.5', 'I.6', 'II.1', 'II.2', 'III.1'];
const answer = (itemCode: string, narrative = '<p>Đã thực hiện.</p>') => ({
  itemCode,
  hasText: narrativeHasText(narrative),
});
const draft = { status: 'draft' as const, openItemCodes: [] };
const submitted = { status: 'submitted' as const, openItemCodes: [] };

describe('reportProgress', () => {
  it('counts required items answered out of all required, per section too', () => {
    const progress = reportProgress(items, [answer('I.1'), answer('II.1'), answer('I.2', '<p> </p>')]);
    expect([progress.answered, progress.required]).toEqual([2, 9]);
    expect(progress.sections.map((s) => [s.code, s.answered, s.required])).toEqual([
      ['I', 1, 6],
      ['II', 1, 2],
      ['III', 0, 1],
    ]);
    expect(progress.missing.map((m) => m.code)).toEqual(['I.2', 'I.3', 'I.4', 'I.5', 'I.6', 'II.2', 'III.1']);
  });
});

describe('checkSubmission', () => {
  it('refuses while a required item is empty, listing every missing item with its title', () => {
    const result = checkSubmission(
      draft,
      items,
      all.slice(0, 8).map((c) => answer(c)),
    );
    expect(result).toEqual({
      ok: false,
      issues: [
        { code: 'missing_item', field: 'III.1', message: 'Mục III.1 chưa có nội dung: Kiến nghị, đề xuất' },
      ],
    });
  });

  it('accepts a complete report and refuses to submit it twice', () => {
    const answers = all.map((c) => answer(c));
    expect(checkSubmission(draft, items, answers)).toEqual({ ok: true });
    expect(checkSubmission({ status: 'reopened', openItemCodes: [] }, items, answers)).toEqual({ ok: true });
    const again = checkSubmission(submitted, items, answers);
    expect(again.ok ? null : again.issues[0]?.code).toBe('already_submitted');
  });

  it('shortens a long item title in the list', () => {
    const long = { ...items[1], title: 'x'.repeat(200) } as (typeof items)[number];
    const result = checkSubmission(
      draft,
      [items[0], long].filter((i) => i !== undefined),
      [],
    );
    expect(result.ok ? '' : result.issues[0]?.message).toMatch(/x…$/);
  });
});

describe('checkItemEditable', () => {
  it('lets the unit edit every item while drafting or reopened', () => {
    expect(checkItemEditable(draft, 'I.1')).toEqual({ ok: true });
    expect(checkItemEditable({ status: 'reopened', openItemCodes: [] }, 'III.1')).toEqual({ ok: true });
  });

  it('makes a submitted report read-only', () => {
    const r = checkItemEditable(submitted, 'I.1');
    expect(r.ok ? null : r.issues[0]?.code).toBe('read_only');
  });

  it('opens only the requested items when additions are asked for', () => {
    const facts = { status: 'additions_requested' as const, openItemCodes: ['I.2'] };
    expect(checkItemEditable(facts, 'I.2')).toEqual({ ok: true });
    const r = checkItemEditable(facts, 'I.1');
    expect(r.ok ? null : r.issues[0]?.message).toBe(
      'Mục I.1 không nằm trong các mục Đoàn kiểm tra đề nghị bổ sung nên không sửa được.',
    );
  });
});

describe('reopening and additions', () => {
  it('are possible only on a submitted report', () => {
    expect(checkTeamCanReopen(submitted)).toEqual({ ok: true });
    expect(checkTeamCanReopen(draft).ok).toBe(false);
    expect(checkAdditionRequest(draft, items, ['I.2']).ok).toBe(false);
  });

  it('name answerable items of the report’s outline', () => {
    expect(checkAdditionRequest(submitted, items, ['I.2', 'III.1'])).toEqual({ ok: true });
    const r = checkAdditionRequest(submitted, items, ['I', 'I.9']);
    expect(r.ok ? [] : r.issues.map((i) => i.field)).toEqual(['I', 'I.9']);
    expect(checkAdditionRequest(submitted, items, []).ok).toBe(false);
  });

  it('the team reads a report only once it was submitted', () => {
    expect(teamMayRead(null)).toBe(false);
    expect(teamMayRead(new Date('2024-04-25T03:00:00Z'))).toBe(true);
  });
});

describe('submissionTiming', () => {
  // Sở Công Thương, inspected Thursday 09/05/2024: 5 working days back (8, 7, 6/5, the swapped
  // working Saturday 04/05, then 03/05), the report is due on Friday 03/05/2024.
  const dueDate = parseIsoDate('2024-05-03');
  const timing = (submittedOn: string, due = dueDate) =>
    submissionTiming({ dueDate: due, submittedOn: parseIsoDate(submittedOn), calendar: calendar2024 });

  it('is on time on the due date and before it', () => {
    expect(timing('2024-05-03')).toEqual({ kind: 'on_time' });
    expect(timing('2024-04-26')).toEqual({ kind: 'on_time' });
  });

  it('is late by working days after it: the working Saturday counts', () => {
    const late = timing('2024-05-04');
    expect(late).toEqual({ kind: 'late', workingDaysLate: 1 });
    expect(timing('2024-05-06')).toEqual({ kind: 'late', workingDaysLate: 2 });
  });

  it('skips the 29/4–1/5 holidays when counting the days late', () => {
    expect(timing('2024-05-02', parseIsoDate('2024-04-26'))).toEqual({ kind: 'late', workingDaysLate: 1 });
  });
});
