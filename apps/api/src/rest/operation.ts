import type { ApiScope } from '@kiemtra/domain';
import type { z } from 'zod';
import type { Context } from '../trpc/context.js';
import { appRouter } from '../trpc/root.js';

export type Caller = ReturnType<typeof appRouter.createCaller>;
export const callerOf = (ctx: Context): Caller => appRouter.createCaller(ctx);

type AnyObject = z.ZodObject<z.ZodRawShape>;

export interface RestInput<P extends AnyObject, Q extends AnyObject, B extends z.ZodType> {
  params: z.output<P>;
  query: z.output<Q>;
  body: z.output<B>;
}

/**
 * One operation of /api/v1: its path and method, its Vietnamese description for the document, the
 * scopes that open it, and `run`, which calls the tRPC procedure (or procedures) it is made of through
 * the server-side caller, so that the access policy, the input schemas and the domain errors are the
 * very ones of tRPC. `output` is the answer's schema: the document says it, and every answer is parsed
 * with it before it leaves.
 */
export interface RestOperation<
  P extends AnyObject = AnyObject,
  Q extends AnyObject = AnyObject,
  B extends z.ZodType = z.ZodType,
  O extends z.ZodType = z.ZodType,
> {
  operationId: string;
  method: 'get' | 'post';
  /** OpenAPI's form, under /api/v1: '/plans/{planId}'. */
  path: string;
  tag: string;
  summary: string;
  description: string;
  /** Any one of them lets a system call the operation (the policy decides in the procedure). */
  scopes: readonly ApiScope[];
  params?: P;
  query?: Q;
  body?: B;
  output: O;
  /** 201 for a create. */
  status?: 200 | 201;
  run(call: Caller, input: RestInput<P, Q, B>, ctx: Context): Promise<z.input<O>>;
  examples: {
    params?: z.input<P>;
    query?: Partial<z.input<Q>>;
    body?: z.input<B>;
    response: z.output<O>;
  };
}

/** Keeps each operation's types; the list of operations is of the erased type. */
export const defineOperation = <
  P extends AnyObject,
  Q extends AnyObject,
  B extends z.ZodType,
  O extends z.ZodType,
>(
  operation: RestOperation<P, Q, B, O>,
): RestOperation => operation as unknown as RestOperation;
