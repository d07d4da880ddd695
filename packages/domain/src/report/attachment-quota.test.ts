import { describe, expect, it } from 'vitest';
import { type AttachmentQuota, checkAttachmentQuota, DEFAULT_ATTACHMENT_QUOTA } from './attachment-quota.js';
import { formatFileSize } from './format-bytes.js';

const quota: AttachmentQuota = { perReport: { files: 3, bytes: 1000 }, perUnit: { bytes: 2000 } };
const usage = (files: number, bytes: number, unitBytes: number) => ({
  report: { files, bytes },
  unit: { bytes: unitBytes },
});

describe('checkAttachmentQuota', () => {
  it('accepts a file that fits every limit, up to each limit exactly', () => {
    expect(checkAttachmentQuota(usage(0, 0, 0), 10, quota)).toEqual({ ok: true });
    expect(checkAttachmentQuota(usage(2, 900, 1900), 100, quota)).toEqual({ ok: true });
  });
  it('refuses one file more than the report may hold, saying how many', () => {
    const r = checkAttachmentQuota(usage(3, 0, 0), 1, quota);
    expect(r.ok || r.issue).toEqual({
      code: 'report_files_quota',
      message: 'Báo cáo đã có 3 tệp kèm theo, mức tối đa là 3 tệp; hãy gộp hoặc xoá bớt tệp không cần thiết.',
    });
  });
  it('refuses bytes beyond the report’s limit, then beyond the unit’s', () => {
    const report = checkAttachmentQuota(usage(1, 900, 900), 101, quota);
    expect(report.ok ? null : report.issue.code).toBe('report_bytes_quota');
    expect(report.ok ? '' : report.issue.message).toContain('vượt 1000 byte (đã dùng 900 byte)');
    const unit = checkAttachmentQuota(usage(0, 0, 1990), 11, quota);
    expect(unit.ok ? null : unit.issue.code).toBe('unit_bytes_quota');
    expect(unit.ok ? '' : unit.issue.message).toContain('1,9 KB');
  });
  it('has defaults of 300 files and 500 MB per report, 5 GB per unit', () => {
    expect(DEFAULT_ATTACHMENT_QUOTA).toEqual({
      perReport: { files: 300, bytes: 500 * 1024 * 1024 },
      perUnit: { bytes: 5 * 1024 ** 3 },
    });
    expect(checkAttachmentQuota(usage(299, 0, 0), 10).ok).toBe(true);
  });
});

describe('formatFileSize', () => {
  it('uses bytes, KB, MB and GB with a decimal comma', () => {
    expect(formatFileSize(900)).toBe('900 byte');
    expect(formatFileSize(1536)).toBe('1,5 KB');
    expect(formatFileSize(3 * 1024 * 1024)).toBe('3,0 MB');
    expect(formatFileSize(5 * 1024 ** 3)).toBe('5,0 GB');
  });
});
