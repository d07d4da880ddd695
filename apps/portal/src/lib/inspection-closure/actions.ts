import { inspectionWorkInput } from '@kiemtra/domain';
import { error, fail } from '@sveltejs/kit';
import type { Api } from '$lib/server/api';
import { tryApi } from '$lib/server/api-error';

/** The inspection id in the address; a malformed one is a missing page. */
export function inspectionIdOf(param: string): string {
  const input = inspectionWorkInput.safeParse({ inspectionId: param });
  if (!input.success) error(404, 'Không tìm thấy cuộc kiểm tra này.');
  return input.data.inspectionId;
}

type ApiInput<F> = F extends (input: infer I, ...rest: never[]) => unknown ? I : never;
/** The API's input type of a mutation, for values built from a form (the API parses them). */
export type MutationInput<M> = M extends { mutate: infer F } ? ApiInput<F> : never;

/**
 * Runs one form action's API call: a refusal goes back beside the form named `action` with the
 * API's Vietnamese message and issues; success says `done`.
 */
export async function runAction<T>(action: string, call: Promise<T>, done: string) {
  const result = await tryApi(call);
  if (!result.ok) {
    return fail(result.status, { action, message: result.message, issues: result.issues });
  }
  return { action, done };
}

export type { Api };
