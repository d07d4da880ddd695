import { formatVietnamese, type LocalDate } from '../calendar/local-date.js';

/** What an e-mail of notifications says: the same words as the portal, with the absolute link. */
export interface EmailNotification {
  title: string;
  body: string;
  /** The portal's path, e.g. /bao-cao/… */
  href: string;
}

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (s: string) =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

const footer = (origin: string) =>
  `Thư này được kiemtra gửi tự động. Bạn đổi cách nhận thông báo tại ${origin}/thong-bao.`;

/**
 * One notification as an e-mail, plain text and HTML, in Vietnamese.
 * @example notificationEmail({ title: 'Nhắc hạn: …', body: '…', href: '/bao-cao/1' }, 'https://kiemtra.binhdinh.gov.vn').subject // 'Nhắc hạn: …'
 */
export function notificationEmail(n: EmailNotification, origin: string): RenderedEmail {
  const link = `${origin}${n.href}`;
  return {
    subject: n.title,
    text: `${n.title}\n\n${n.body}\n\nXem và xử lý trên cổng kiemtra: ${link}\n\n${footer(origin)}\n`,
    html: `<p><strong>${escapeHtml(n.title)}</strong></p><p>${escapeHtml(n.body)}</p><p><a href="${escapeHtml(link)}">Xem và xử lý trên cổng kiemtra</a></p><p style="color:#4d5660">${escapeHtml(footer(origin))}</p>`,
  };
}

/** A day's notifications of one person in one e-mail (the daily digest they chose). */
export function digestEmail(
  items: readonly EmailNotification[],
  day: LocalDate,
  origin: string,
): RenderedEmail {
  const date = formatVietnamese(day);
  const lines = items.map((n, i) => `${i + 1}. ${n.title}\n   ${n.body}\n   ${origin}${n.href}`);
  return {
    subject: `kiemtra: ${items.length} thông báo đến ngày ${date}`,
    text: `Các thông báo của bạn đến ngày ${date}:\n\n${lines.join('\n\n')}\n\n${footer(origin)}\n`,
    html: `<p>Các thông báo của bạn đến ngày ${date}:</p><ol>${items
      .map(
        (n) =>
          `<li><p><a href="${escapeHtml(`${origin}${n.href}`)}"><strong>${escapeHtml(n.title)}</strong></a></p><p>${escapeHtml(n.body)}</p></li>`,
      )
      .join('')}</ol><p style="color:#4d5660">${escapeHtml(footer(origin))}</p>`,
  };
}
