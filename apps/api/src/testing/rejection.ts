import { TRPCClientError } from '@trpc/client';
import type { AppRouter } from '../trpc/root.js';

/** Awaits a call that must fail and returns its tRPC error; anything else fails the test. */
export async function rejection(promise: Promise<unknown>): Promise<TRPCClientError<AppRouter>> {
  const outcome = await promise.then(
    () => ({ failed: false as const }),
    (error: unknown) => ({ failed: true as const, error }),
  );
  if (!outcome.failed) throw new Error('expected the call to be refused, but it succeeded');
  if (!(outcome.error instanceof TRPCClientError)) throw outcome.error;
  return outcome.error as TRPCClientError<AppRouter>;
}
