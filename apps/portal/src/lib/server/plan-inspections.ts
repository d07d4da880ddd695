import { MAX_LIST_PAGE } from '@kiemtra/domain';
import type { Inspection } from '$lib/api-types';
import type { createApi } from './api';
import { fromApi } from './api-error';

// A plan has a few dozen visits; the bound only keeps a runaway loop from running forever.
const MAX_PAGES = 50;

/** Every visit of one plan that the person may see, page after page. */
export async function inspectionsOfPlan(
  api: ReturnType<typeof createApi>,
  planId: string,
): Promise<Inspection[]> {
  const all: Inspection[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < MAX_PAGES; i++) {
    const page = await fromApi(
      api.inspections.list.query({ planId, limit: MAX_LIST_PAGE, ...(cursor && { cursor }) }),
    );
    all.push(...page.items);
    if (page.nextCursor === null) break;
    cursor = page.nextCursor;
  }
  return all;
}
