import {
  type Action,
  type Actor,
  can,
  DomainError,
  findUnsafeText,
  isDomainError,
  type Resource,
  UNSAFE_TEXT_MESSAGE,
} from '@kiemtra/domain';
import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import { assertPasswordCurrent } from '../auth/resolve-actor.js';
import type { Context } from './context.js';
import {
  conflictCurrent,
  domainIssues,
  INTERNAL_ERROR_MESSAGE,
  inputIssues,
  inputMessage,
  toTrpcError,
} from './errors.js';

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const zodIssues = error.code === 'BAD_REQUEST' ? inputIssues(error.cause) : null;
    // A refused planning rule carries its issues (code, message, field) for the portal too.
    const issues = zodIssues ?? domainIssues(error.cause);
    // A person reads the message: the issues' own sentences, never their field paths (those stay in issues).
    const message = zodIssues
      ? inputMessage(zodIssues)
      : error.code === 'INTERNAL_SERVER_ERROR'
        ? INTERNAL_ERROR_MESSAGE
        : shape.message;
    // A 409 on a unit's report item carries the other person's saved answer, for the portal to show.
    const current = error.code === 'CONFLICT' ? conflictCurrent(error.cause) : null;
    // The domain's own code where the transport's is too coarse (PASSWORD_CHANGE_REQUIRED is a 403 too).
    const cause = error.cause;
    const domainCode = isDomainError(cause) ? cause.code : null;
    return { ...shape, message, data: { ...shape.data, stack: undefined, issues, current, domainCode } };
  },
});

export const router = t.router;
export const middleware = t.middleware;
export const createCallerFactory = t.createCallerFactory;

/** Domain errors thrown anywhere below become tRPC errors here, in one place. */
const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const mapped = toTrpcError(result.error.cause ?? result.error);
    if (mapped instanceof TRPCError) throw mapped;
  }
  return result;
});

/**
 * A NUL byte or a lone surrogate anywhere in an input is refused before any procedure runs, with
 * the same message as the domain's text schemas (PostgreSQL refuses both: a 500 otherwise).
 */
const refuseUnsafeText = t.middleware(async ({ getRawInput, next }) => {
  const path = findUnsafeText(await getRawInput());
  if (path !== null) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: path ? `${path}: ${UNSAFE_TEXT_MESSAGE}` : UNSAFE_TEXT_MESSAGE,
    });
  }
  return next();
});

export const publicProcedure = t.procedure.use(mapDomainErrors).use(refuseUnsafeText);

/**
 * Signed in, even with a temporary password still to change: only for what such a person may do
 * (read their profile, change the password, sign out). Everything else is `authedProcedure`.
 */
export const signedInProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.profile) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Bạn cần đăng nhập để tiếp tục.' });
  return next({ ctx: { ...ctx, profile: ctx.profile, actor: ctx.profile.actor } });
});

/** Signed in with a password of one's own: a temporary one must be changed first (PASSWORD_CHANGE_REQUIRED). */
export const authedProcedure = signedInProcedure.use(({ ctx, next }) => {
  assertPasswordCurrent(ctx.profile);
  return next();
});

/**
 * A procedure guarded by the domain's policy for `action` on the actor's own province, with the
 * facts every resource it serves shares (e.g. a listing of issued plans: `{ planStatus: 'published' }`).
 * Resource-level checks (one inspection) call `authorize` again with the resource's facts.
 */
export const procedureFor = (action: Action, facts: Omit<Resource, 'tenantId'> = {}) =>
  authedProcedure.use(({ ctx, next }) => {
    authorize(ctx.actor, action, { ...facts, tenantId: ctx.actor.tenantId });
    return next();
  });

/** Throws the policy's Vietnamese refusal when the actor may not act. */
export function authorize(actor: Actor, action: Action, resource: Resource): void {
  const decision = can(actor, action, resource);
  if (!decision.allowed) throw new DomainError('FORBIDDEN', decision.reason);
}
