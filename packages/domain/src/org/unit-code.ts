/**
 * The internal code of a new unit (what the planning import and links use), made from its name
 * without diacritics, with a number added when another unit has it already.
 * @example unitCodeFor('Ủy ban nhân dân xã Bình An', new Set()) // 'uy-ban-nhan-dan-xa-binh-an'
 * @example unitCodeFor('Sở Nội vụ', new Set(['so-noi-vu'])) // 'so-noi-vu-2'
 */
export function unitCodeFor(name: string, used: ReadonlySet<string>): string {
  const base =
    name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'don-vi';
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
