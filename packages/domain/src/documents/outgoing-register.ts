/**
 * The outgoing register (sổ đăng ký văn bản đi) of an issuing body. Decree 30/2020 art. 15: a
 * document's number is its running number in the body's register for the calendar year, from 01;
 * numbers below 10 take a leading zero; number and symbol are joined by "/".
 */

/** What kiemtra issues, as the register records the document it numbered. */
export const OUTGOING_DOCUMENT_TYPES = ['conclusion_notice', 'summary_report'] as const;
export type OutgoingDocumentType = (typeof OUTGOING_DOCUMENT_TYPES)[number];

export const OUTGOING_DOCUMENT_TYPE_LABELS: Record<OutgoingDocumentType, string> = {
  conclusion_notice: 'Thông báo kết luận kiểm tra',
  summary_report: 'Báo cáo kết quả kiểm tra',
};

/**
 * The kind of a document from its symbol, the register's unit of numbering: the first group.
 * @example kindOfSymbol('TB-ĐKT') // 'TB'
 */
export function kindOfSymbol(symbol: string): string {
  const kind = symbol.trim().split('-')[0] ?? '';
  if (!/^[\p{Lu}][\p{L}]*$/u.test(kind)) throw new RangeError(`Ký hiệu văn bản không hợp lệ: ${symbol}`);
  return kind;
}

/**
 * A registered number as printed after "Số:".
 * @example documentReference(5, 'TB-ĐKT') // '05/TB-ĐKT'
 */
export function documentReference(number: number, symbol: string): string {
  if (!Number.isInteger(number) || number < 1) throw new RangeError(`Số văn bản không hợp lệ: ${number}`);
  return `${number < 10 ? `0${number}` : String(number)}/${symbol.trim()}`;
}

/**
 * The register year of a document: the year of its date of issue (yyyy-mm-dd).
 * @example registerYear('2024-05-22') // 2024
 */
export function registerYear(issuedOn: string): number {
  const year = Number(issuedOn.slice(0, 4));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(issuedOn) || !Number.isInteger(year)) {
    throw new RangeError(`Ngày ban hành không hợp lệ: ${issuedOn}`);
  }
  return year;
}
