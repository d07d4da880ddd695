/*
 * Issue 16, the choice of library (December 2026, tRPC 11.25, zod 4.6):
 * - trpc-to-openapi 3.3.0 (peer @trpc/server ^11.1, zod ^3.25 || ^4, zod-openapi ^5): the closest fit,
 *   but its adapters write the error body themselves (message overwritten with the English "Input
 *   validation failed", code and issues stapled on: mcampa/trpc-to-openapi#168, open), so RFC 9457
 *   with the Vietnamese message would mean rewriting every error answer after the fact; it wants
 *   `.meta({ openapi })` and `.output()` on the existing procedures (an output parser changes what
 *   tRPC answers today), and pins zod-openapi to the older major 5.
 * - oRPC (@orpc/openapi 1.16.1 with @orpc/trpc's toORPCRouter): a second RPC framework beside tRPC,
 *   with @orpc/trpc lagging at 1.15.0 (two copies of @orpc/server), its own error type to map ours
 *   into, and the tRPC integration of its v2 not yet on npm.
 * - Chosen: zod-openapi 6 (the well-kept zod 4 → OpenAPI 3.1 generator both of them build on) for
 *   the document, made from the procedures' own input schemas, and tRPC's own server-side caller
 *   (createCaller) to run them: the access policy, input validation, domain errors and audit are
 *   the very ones of /trpc, so /api/v1 cannot drift from them; and what neither library does
 *   (problem+json, cursors, ETag, Idempotency-Key) is ours in one place (register-rest.ts).
 */
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
  /** A file to download: `run` answers { name, mime, bytes }, sent as the file itself. */
  file?: { mime: string; description: string };
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
