import { formatFileSize } from './format-bytes.js';

/** How much evidence one report, and all the reports of one unit, may hold (issue 18). */
export interface AttachmentQuota {
  perReport: { files: number; bytes: number };
  perUnit: { bytes: number };
}

/**
 * 300 files and 500 MB per report (a report's 32 items with about ten documents each, scanned),
 * 5 GB for every report of one unit over the years: enough for the evidence the outline asks,
 * not for a unit to fill the province's storage.
 */
export const DEFAULT_ATTACHMENT_QUOTA: AttachmentQuota = {
  perReport: { files: 300, bytes: 500 * 1024 * 1024 },
  perUnit: { bytes: 5 * 1024 * 1024 * 1024 },
};

export interface AttachmentUsage {
  report: { files: number; bytes: number };
  unit: { bytes: number };
}

export type QuotaCheck =
  | { ok: true }
  | {
      ok: false;
      issue: { code: 'report_files_quota' | 'report_bytes_quota' | 'unit_bytes_quota'; message: string };
    };

/**
 * Whether one more file of `sizeBytes` fits the quota, given what the report and the unit hold.
 * @example checkAttachmentQuota({ report: { files: 300, bytes: 0 }, unit: { bytes: 0 } }, 10, DEFAULT_ATTACHMENT_QUOTA)
 * // { ok: false, issue: { code: 'report_files_quota', … } }
 */
export function checkAttachmentQuota(
  usage: AttachmentUsage,
  sizeBytes: number,
  quota: AttachmentQuota = DEFAULT_ATTACHMENT_QUOTA,
): QuotaCheck {
  if (usage.report.files + 1 > quota.perReport.files)
    return {
      ok: false,
      issue: {
        code: 'report_files_quota',
        message: `Báo cáo đã có ${usage.report.files} tệp kèm theo, mức tối đa là ${quota.perReport.files} tệp; hãy gộp hoặc xoá bớt tệp không cần thiết.`,
      },
    };
  if (usage.report.bytes + sizeBytes > quota.perReport.bytes)
    return {
      ok: false,
      issue: {
        code: 'report_bytes_quota',
        message: `Tệp kèm theo của báo cáo sẽ vượt ${formatFileSize(quota.perReport.bytes)} (đã dùng ${formatFileSize(usage.report.bytes)}); hãy nén hoặc xoá bớt tệp.`,
      },
    };
  if (usage.unit.bytes + sizeBytes > quota.perUnit.bytes)
    return {
      ok: false,
      issue: {
        code: 'unit_bytes_quota',
        message: `Tệp kèm theo của mọi báo cáo của đơn vị sẽ vượt ${formatFileSize(quota.perUnit.bytes)} (đã dùng ${formatFileSize(usage.unit.bytes)}); hãy liên hệ quản trị hệ thống.`,
      },
    };
  return { ok: true };
}
