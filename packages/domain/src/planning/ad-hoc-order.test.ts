import { describe, expect, it } from 'vitest';
import { checkAdHocOrder } from './ad-hoc-order.js';
import { d } from './test-fixtures.js';

const order = { decisionNumber: '2345/UBND-KSTT', decisionDate: d('2024-10-15'), orderedBy: 'chairman_ppc' };
const messages = (r: ReturnType<typeof checkAdHocOrder>) => (r.ok ? [] : r.issues.map((i) => i.message));

describe('checkAdHocOrder', () => {
  it('accepts an order of each of the three who may order one, on a published plan', () => {
    for (const orderedBy of ['chairman_ppc', 'director_home_affairs', 'chief_of_office_ppc']) {
      expect(checkAdHocOrder({ plan: { status: 'published' }, order: { ...order, orderedBy } })).toEqual({
        ok: true,
      });
    }
  });

  it('refuses an ad-hoc inspection on a draft plan', () => {
    expect(messages(checkAdHocOrder({ plan: { status: 'draft' }, order }))).toEqual([
      'Chỉ thêm kiểm tra đột xuất vào kế hoạch đã ban hành; hãy ban hành kế hoạch trước.',
    ]);
  });

  it('requires the ordering decision’s number and date', () => {
    expect(
      messages(
        checkAdHocOrder({
          plan: { status: 'published' },
          order: { ...order, decisionNumber: '', decisionDate: null },
        }),
      ),
    ).toEqual([
      'Chưa có số văn bản chỉ đạo kiểm tra đột xuất; hãy nhập số văn bản.',
      'Chưa có ngày của văn bản chỉ đạo kiểm tra đột xuất.',
    ]);
  });

  it('requires who ordered it, and only the three who may', () => {
    expect(
      messages(checkAdHocOrder({ plan: { status: 'published' }, order: { ...order, orderedBy: null } })),
    ).toEqual([
      'Chưa ghi người chỉ đạo kiểm tra đột xuất; chỉ Chủ tịch UBND tỉnh, Giám đốc Sở Nội vụ, Chánh Văn phòng UBND tỉnh được chỉ đạo.',
    ]);
    expect(
      messages(
        checkAdHocOrder({
          plan: { status: 'published' },
          order: { ...order, orderedBy: 'director_justice' },
        }),
      ),
    ).toEqual([
      'Kiểm tra đột xuất chỉ do Chủ tịch UBND tỉnh, Giám đốc Sở Nội vụ, Chánh Văn phòng UBND tỉnh chỉ đạo (mục II.1.c, V.1, V.2 của Kế hoạch).',
    ]);
  });
});
