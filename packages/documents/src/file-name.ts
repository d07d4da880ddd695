/**
 * A Vietnamese file name safe on Windows, macOS and Linux: diacritics kept (NFC), no characters
 * that a file system or a shell treats specially, no leading dots, at most 150 characters before
 * the extension.
 * @example safeFileName('Thông báo lịch kiểm tra: Sở Công Thương', 'docx') // 'Thông báo lịch kiểm tra - Sở Công Thương.docx'
 */
export function safeFileName(title: string, extension: string): string {
  const cleaned = title
    .normalize('NFC')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s*[:/\\|]\s*/g, ' - ')
    .replace(/[*?"<>]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.-]+|[\s.]+$/g, '');
  const base = [...(cleaned || 'tai-lieu')].slice(0, 150).join('').trim();
  return `${base}.${extension}`;
}

/** The same name in ASCII, for clients that ignore RFC 5987: diacritics stripped, đ → d. */
export function asciiFileName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
}

/**
 * The Content-Disposition of a download: an ASCII fallback and the Vietnamese name encoded as
 * RFC 5987 (filename*=UTF-8''…), which every current browser prefers.
 * @example contentDisposition('Thông báo.docx') // 'attachment; filename="Thong bao.docx"; filename*=UTF-8\'\'Th%C3%B4ng%20b%C3%A1o.docx'
 */
export function contentDisposition(name: string): string {
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${asciiFileName(name)}"; filename*=UTF-8''${encoded}`;
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const ZIP_MIME = 'application/zip';
