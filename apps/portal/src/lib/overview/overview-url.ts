import { type OVERVIEW_DIMENSIONS, overviewInput } from '@kiemtra/domain';

export type OverviewDimension = (typeof OVERVIEW_DIMENSIONS)[number];

/** What the leadership view's address asks: ?nam=2024, ?ke-hoach=<id>, ?theo=doan, ?xem=<figure>. */
export interface OverviewFilters {
  year?: number;
  planId?: string;
  by: OverviewDimension;
  /** The figure whose visits are listed: `<code>.<outcome>.<row key>` or `<section>.<key>`. */
  figure: string | null;
}

const BY_WORDS: Record<string, OverviewDimension> = {
  'don-vi': 'unit',
  doan: 'team',
  nhom: 'group',
  'ke-hoach': 'plan',
};
export const BY_PARAM: Record<OverviewDimension, string> = {
  unit: 'don-vi',
  team: 'doan',
  group: 'nhom',
  plan: 'ke-hoach',
};

/** Reads the filters; a value edited by hand that does not parse falls back to the default. */
export function overviewFiltersFromUrl(url: URL): OverviewFilters {
  const year = Number(url.searchParams.get('nam'));
  const planId = url.searchParams.get('ke-hoach') ?? undefined;
  const by = BY_WORDS[url.searchParams.get('theo') ?? ''] ?? 'unit';
  const parsed = overviewInput.safeParse({ ...(Number.isInteger(year) && year > 0 && { year }), planId, by });
  const figure = url.searchParams.get('xem');
  const safeFigure = figure !== null && /^[A-Za-z0-9_.:-]{1,120}$/.test(figure) ? figure : null;
  if (!parsed.success) return { by, figure: safeFigure };
  return {
    ...(parsed.data.year !== undefined && { year: parsed.data.year }),
    ...(parsed.data.planId !== undefined && { planId: parsed.data.planId }),
    by: parsed.data.by,
    figure: safeFigure,
  };
}

/** The address of the view with these filters (and a figure to drill into), to share. */
export function overviewHref(filters: Partial<OverviewFilters>): string {
  const params = new URLSearchParams();
  if (filters.year !== undefined) params.set('nam', String(filters.year));
  if (filters.planId) params.set('ke-hoach', filters.planId);
  if (filters.by && filters.by !== 'unit') params.set('theo', BY_PARAM[filters.by]);
  if (filters.figure) params.set('xem', filters.figure);
  const query = params.toString();
  return query ? `/tong-quan?${query}` : '/tong-quan';
}
