import { describe, expect, it } from 'vitest';
import { d } from '../inspection/test-fixtures.js';
import { digestEmail, notificationEmail } from './notification-email.js';

const origin = 'https://kiemtra.binhdinh.gov.vn';
const n = {
  title: 'Nhắc hạn: Báo cáo phục vụ Đoàn kiểm tra',
  body: 'UBND huyện Tây Sơn: còn 5 ngày làm việc, hạn 26/04/2024 <gấp>.',
  href: '/bao-cao/i1',
};

describe('notification e-mails', () => {
  it('say the notification in plain text and HTML, with the absolute link, escaped', () => {
    const e = notificationEmail(n, origin);
    expect(e.subject).toBe('Nhắc hạn: Báo cáo phục vụ Đoàn kiểm tra');
    expect(e.text).toContain('Xem và xử lý trên cổng kiemtra: https://kiemtra.binhdinh.gov.vn/bao-cao/i1');
    expect(e.html).toContain('<a href="https://kiemtra.binhdinh.gov.vn/bao-cao/i1">');
    expect(e.html).toContain('hạn 26/04/2024 &lt;gấp&gt;.');
    expect(e.html).not.toContain('<gấp>');
  });

  it('gather a day’s notifications in one digest', () => {
    const e = digestEmail(
      [n, { ...n, title: 'Quá hạn: Thông báo kết luận kiểm tra', href: '/cuoc-kiem-tra/i2/ket-luan' }],
      d('2024-04-19'),
      origin,
    );
    expect(e.subject).toBe('kiemtra: 2 thông báo đến ngày 19/04/2024');
    expect(e.text).toContain('2. Quá hạn: Thông báo kết luận kiểm tra');
    expect(e.text).toContain('https://kiemtra.binhdinh.gov.vn/cuoc-kiem-tra/i2/ket-luan');
    expect(e.html.match(/<li>/g)).toHaveLength(2);
  });
});
