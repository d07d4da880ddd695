import { planByIdInput } from '@kiemtra/domain';
import { error } from '@sveltejs/kit';
import { createApi } from '$lib/server/api';
import { fromApi } from '$lib/server/api-error';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const input = planByIdInput.safeParse({ planId: event.params.planId });
  if (!input.success) error(404, 'Không tìm thấy kế hoạch kiểm tra này.');
  const plan = await fromApi(createApi(event).plans.get.query(input.data));
  return { plan };
};
