import { idSchema } from '../validation/common.js';
import { z } from '../validation/zod-vi.js';
import { notificationDeliverySchema, notificationKindSchema } from './notification-kinds.js';

/** A page of one's notifications: after a cursor (the last one read), unread only if asked. */
export const listNotificationsInput = z.object({
  cursor: z
    .object({
      createdAt: z.iso.datetime({ error: 'Vị trí trang không hợp lệ' }).max(40),
      id: idSchema,
    })
    .optional(),
  unreadOnly: z.boolean({ error: 'Bộ lọc "chưa đọc" phải là đúng hoặc sai' }).default(false),
  limit: z
    .number({ error: 'Số thông báo mỗi trang phải là số' })
    .int({ error: 'Số thông báo mỗi trang phải là số nguyên' })
    .min(1, { error: 'Mỗi trang ít nhất 1 thông báo' })
    .max(100, { error: 'Mỗi trang tối đa 100 thông báo' })
    .default(30),
});

export const markNotificationReadInput = z.object({ notificationId: idSchema });

export const setNotificationPreferencesInput = z.object({
  preferences: z
    .array(z.object({ kind: notificationKindSchema, delivery: notificationDeliverySchema }), {
      error: 'Danh sách lựa chọn không hợp lệ',
    })
    .min(1, { error: 'Hãy chọn cách nhận ít nhất một loại thông báo' })
    .max(50, { error: 'Tối đa 50 lựa chọn' })
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((p, i) => {
        if (seen.has(p.kind))
          ctx.addIssue({
            code: 'custom',
            path: [i, 'kind'],
            message: 'Một loại thông báo được chọn hai lần',
          });
        seen.add(p.kind);
      });
    }),
});
