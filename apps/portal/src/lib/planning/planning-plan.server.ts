import { planByIdInput } from '@kiemtra/domain';
import { error, type RequestEvent } from '@sveltejs/kit';
import type { SignedInUser } from '$lib/api-types';
import { createApi } from '$lib/server/api';
import { fromApi } from '$lib/server/api-error';
import { canOnPlan } from './planning-access';

type PlanAction = Parameters<typeof canOnPlan>[1];

/** The plan id in the address; a malformed one is a missing page, not a bad request to the API. */
export function planIdOf(param: string): string {
  const input = planByIdInput.safeParse({ planId: param });
  if (!input.success) error(404, 'Không tìm thấy kế hoạch kiểm tra này.');
  return input.data.planId;
}

/**
 * The plan as the planning pages edit it, for a person who may do `action` on it; anyone else gets
 * the policy's refusal as a 403 page (the API refuses them again on save).
 */
export async function planningPlanFor(
  event: Pick<RequestEvent, 'cookies' | 'fetch' | 'getClientAddress' | 'locals' | 'params'>,
  user: SignedInUser,
  action: PlanAction | null,
) {
  const planId = planIdOf((event.params as { planId?: string }).planId ?? '');
  const plan = await fromApi(createApi(event).plans.forEditing.query({ planId }));
  if (action !== null && !canOnPlan(user, action, plan)) {
    error(403, 'Bạn không có quyền lập, sửa kế hoạch kiểm tra này.');
  }
  return plan;
}

/** The signed-in person of a form action (the layout has already sent anonymous visitors away). */
export function actionUser(locals: App.Locals): SignedInUser {
  if (!locals.user) error(401, 'Bạn cần đăng nhập để tiếp tục.');
  return locals.user;
}
