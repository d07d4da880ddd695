import { canCreatePlan } from '$lib/planning/planning-access';
import { createApi } from '$lib/server/api';
import { fromApi } from '$lib/server/api-error';
import type { PageServerLoad } from './$types';

/** Every plan of the province with its counts: Sở Nội vụ reads the lower-level plans rolled up (V.3.c). */
export const load: PageServerLoad = async (event) => {
  const { user } = await event.parent();
  const rollup = await fromApi(createApi(event).plans.rollup.query({}));
  return {
    canCreate: canCreatePlan(user),
    provincePlans: rollup.filter((p) => p.level === 'province'),
    lowerPlans: rollup.filter((p) => p.level === 'lower'),
    ownUnitId: user.orgUnitId,
    discarded: event.url.searchParams.has('da-huy'),
  };
};
