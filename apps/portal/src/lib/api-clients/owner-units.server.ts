import { todayInVietnamIso } from '$lib/format';
import type { createApi } from '$lib/server/api';
import { fromApi } from '$lib/server/api-error';

type Api = ReturnType<typeof createApi>;

/**
 * The units a system may belong to: the province's register as it stands today, and the system's
 * present owner even if it has since ceased (so that editing other fields keeps it).
 */
export async function ownerUnitChoices(
  api: Api,
  current?: { id: string | null; name: string | null },
): Promise<{ id: string; name: string }[]> {
  const register = await fromApi(api.orgUnits.register.query({ asAt: todayInVietnamIso(new Date()) }));
  const units = register.units.map((u) => ({ id: u.id, name: u.name }));
  if (current?.id && current.name && !units.some((u) => u.id === current.id))
    units.unshift({ id: current.id, name: current.name });
  return units;
}
