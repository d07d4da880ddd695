import { type AccountListInput, ROLE_LABELS, ROLES } from '@kiemtra/domain';
import { listFiltersFromUrl, listHref } from '$lib/accounts/account-form';
import { accountManager, currentUnits } from '$lib/server/account-pages';
import { createApi } from '$lib/server/api';
import { tryApi } from '$lib/server/api-error';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  await accountManager(event);
  const filters = listFiltersFromUrl(event.url);
  const api = createApi(event);
  const input: AccountListInput = {
    q: filters.q || null,
    unitId: filters.unitId || null,
    role: (filters.role || null) as AccountListInput['role'],
    status: filters.status,
    page: filters.page,
  };
  // A filter mistyped in the address is said beside the filters, not as an error page.
  const [list, units] = await Promise.all([tryApi(api.accounts.list.query(input)), currentUnits(api)]);
  const page = list.ok ? list.value : { accounts: [], total: 0, page: 1, pageSize: 25 };
  const lastPage = Math.max(1, Math.ceil(page.total / page.pageSize));
  return {
    filters,
    filterError: list.ok ? null : list.message,
    accounts: page.accounts,
    total: page.total,
    firstShown: page.total === 0 ? 0 : (page.page - 1) * page.pageSize + 1,
    lastShown: Math.min(page.total, page.page * page.pageSize),
    previousHref: page.page > 1 ? listHref(filters, page.page - 1) : null,
    nextHref: page.page < lastPage ? listHref(filters, page.page + 1) : null,
    units,
    roles: ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] })),
    done: event.url.searchParams.get('da-luu'),
  };
};
