import { z } from '../validation/zod-vi.js';

/** Jobs on one page of the administrator's list. */
export const JOB_PAGE_SIZE = 50;

/** How the administrator's page groups the job library's states. */
export const JOB_STATE_GROUPS = {
  pending: ['created', 'retry'],
  active: ['active'],
  done: ['completed'],
  failed: ['failed', 'cancelled'],
} as const satisfies Record<string, readonly string[]>;
export type JobStateGroup = keyof typeof JOB_STATE_GROUPS;
export const JOB_STATE_GROUP_NAMES = Object.keys(JOB_STATE_GROUPS) as JobStateGroup[];

export const JOB_STATE_GROUP_LABELS: Record<JobStateGroup, string> = {
  pending: 'Đang chờ',
  active: 'Đang chạy',
  done: 'Đã xong',
  failed: 'Thất bại',
};

/** One job's state, in words. */
export const JOB_STATE_LABELS: Record<string, string> = {
  created: 'Đang chờ',
  retry: 'Chờ thử lại',
  active: 'Đang chạy',
  completed: 'Đã xong',
  failed: 'Thất bại',
  cancelled: 'Đã huỷ',
};

/** Where the next page starts: the last job's creation instant (to the microsecond) and id. */
export interface JobCursor {
  at: string;
  id: string;
}

const CURSOR =
  /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z)_([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

export const encodeJobCursor = (cursor: JobCursor): string => `${cursor.at}_${cursor.id}`;

/** Null when the text is not a cursor this module wrote. */
export function decodeJobCursor(text: string): JobCursor | null {
  const match = CURSOR.exec(text);
  return match?.[1] && match[2] ? { at: match[1], id: match[2] } : null;
}

/** The filters of the jobs page: which state, which kind of job, and the page to read. */
export const jobListInput = z.object({
  state: z.enum(JOB_STATE_GROUP_NAMES as [JobStateGroup, ...JobStateGroup[]], {
    error: 'Hãy chọn trạng thái: đang chờ, đang chạy, đã xong hoặc thất bại.',
  }),
  name: z
    .string({ error: 'Loại công việc không hợp lệ.' })
    .max(100, { error: 'Loại công việc dài tối đa 100 ký tự.' })
    .regex(/^$|^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*$/, { error: 'Hãy chọn loại công việc trong danh sách.' })
    .optional()
    .transform((s) => (s ? s : undefined)),
  cursor: z
    .string()
    .max(200)
    .optional()
    .refine((s) => !s || decodeJobCursor(s) !== null, { error: 'Trang không hợp lệ; hãy mở lại danh sách.' }),
});
export type JobListQuery = z.infer<typeof jobListInput>;

/**
 * What the administrator reads of a failure: the error's message, never its stack, at most 500
 * characters. Null when the job's result is no error.
 */
export function jobErrorMessage(output: unknown): string | null {
  if (output === null || typeof output !== 'object' || !('message' in output)) return null;
  const message = (output as { message: unknown }).message;
  if (typeof message !== 'string' || message.trim() === '') return null;
  const text = message.trim();
  return text.length > 500 ? `${text.slice(0, 499)}…` : text;
}
