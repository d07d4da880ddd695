/**
 * The "Số: …" line. A reference is written "68/QĐ-SNV"; Decree 30 puts a leading zero before a
 * number below 10 ("05/QĐ-SNV") and no spaces around "/" and "-". A draft has no number yet: the
 * blank before the symbol is filled by the văn thư when the document is registered.
 * @example numberLine({ number: '5', symbol: 'TB-ĐKT' }) // 'Số: 05/TB-ĐKT'
 */
export function numberLine(reference: DocumentReference): string {
  if (reference.number === null) return `Số:        /${reference.symbol}`;
  const n = /^\d$/.test(reference.number) ? `0${reference.number}` : reference.number;
  return `Số: ${n}/${reference.symbol}`;
}

export interface DocumentReference {
  /** The running number, or null for a draft. */
  number: string | null;
  /** Type and issuer abbreviations: "QĐ-SNV", "TB-ĐKT", "BC-UBND". */
  symbol: string;
}

/**
 * Splits a stored reference ("68/QĐ-SNV") into number and symbol; a reference without a number
 * ("/TB-ĐKT", or just the symbol) is a draft.
 * @example parseReference('68/QĐ-SNV') // { number: '68', symbol: 'QĐ-SNV' }
 */
export function parseReference(text: string, fallbackSymbol: string): DocumentReference {
  const trimmed = text.trim();
  const slash = trimmed.indexOf('/');
  if (slash < 0) return { number: null, symbol: trimmed === '' ? fallbackSymbol : trimmed };
  const number = trimmed.slice(0, slash).trim();
  const symbol = trimmed.slice(slash + 1).trim();
  return { number: number === '' ? null : number, symbol: symbol === '' ? fallbackSymbol : symbol };
}
