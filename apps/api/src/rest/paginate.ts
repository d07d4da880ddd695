import { DomainError } from '@kiemtra/domain';
import { z } from 'zod';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;
const BAD_CURSOR = 'Vị trí trang (cursor) không hợp lệ; hãy dùng đúng giá trị nextCursor của trang trước.';

/** The query parameters of every list: where to go on, and how many. */
export const pageQuery = {
  cursor: z
    .string()
    .max(400)
    .optional()
    .meta({ description: 'Giá trị nextCursor của trang trước; bỏ trống để lấy trang đầu.' }),
  limit: z
    .number()
    .int()
    .min(1)
    .max(MAX_PAGE_SIZE)
    .optional()
    .meta({ description: `Số dòng mỗi trang (1–${MAX_PAGE_SIZE}, mặc định ${DEFAULT_PAGE_SIZE}).` }),
};

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    nextCursor: z
      .string()
      .nullable()
      .meta({ description: 'Gửi lại làm tham số cursor để lấy trang sau; null khi đã hết.' }),
  });

/**
 * A page of a list the procedure answers whole (the register, the plans): the cursor is the last
 * item's id, opaque to the caller, so that a page stays put when items are added before it.
 */
export function paginate<T>(
  items: readonly T[],
  idOf: (item: T) => string,
  query: { cursor?: string | undefined; limit?: number | undefined },
): { items: T[]; nextCursor: string | null } {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE)
    throw new DomainError('INVALID_INPUT', `Số dòng mỗi trang phải từ 1 đến ${MAX_PAGE_SIZE}.`);
  let start = 0;
  if (query.cursor) {
    const after = decodeCursor(query.cursor);
    const index = items.findIndex((item) => idOf(item) === after);
    if (index < 0) throw new DomainError('INVALID_INPUT', BAD_CURSOR);
    start = index + 1;
  }
  const page = items.slice(start, start + limit);
  const last = page.at(-1);
  const more = start + limit < items.length;
  return { items: page, nextCursor: more && last ? encodeCursor(idOf(last)) : null };
}

const encodeCursor = (id: string) => Buffer.from(`after:${id}`, 'utf8').toString('base64url');

function decodeCursor(cursor: string): string {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith('after:')) throw new DomainError('INVALID_INPUT', BAD_CURSOR);
  return text.slice('after:'.length);
}
