import { inspectionListInput } from '@kiemtra/domain';

/** What a home page's address asks of its lists: a year (?nam=2023) and a page (?sau=…). */
export function listScopeFromUrl(url: URL): { year?: number; cursor?: string } {
  const year = Number(url.searchParams.get('nam'));
  const cursor = url.searchParams.get('sau') ?? undefined;
  // An address edited by hand falls back to the current year's first page rather than an error.
  const parsed = inspectionListInput.safeParse({
    ...(Number.isInteger(year) && year > 0 && { year }),
    ...(cursor && { cursor }),
  });
  if (!parsed.success) return {};
  return {
    ...(parsed.data.year !== undefined && { year: parsed.data.year }),
    ...(parsed.data.cursor !== undefined && { cursor: parsed.data.cursor }),
  };
}

/** The address of a year's list, or of its next page. */
export function listHref(path: string, year: number | null, cursor?: string | null): string {
  const params = new URLSearchParams();
  if (year !== null) params.set('nam', String(year));
  if (cursor) params.set('sau', cursor);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
