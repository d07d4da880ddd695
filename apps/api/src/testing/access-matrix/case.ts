import { type Action, type Actor, can, type Resource } from '@kiemtra/domain';
import type { Subject, SubjectKind, World } from './world.js';

/** The policy's answer for one actor on one subject: true when the procedure must let it through. */
export type Allows = (actor: Actor | null, subject: Subject) => boolean;

/** How the access matrix runs one procedure: on which subjects, with which input, and what the policy answers. */
export interface MatrixCase {
  on: SubjectKind;
  /** A valid input naming the subject; mutations use a stale version where they take one, so that an allowed call changes nothing. */
  input?: (subject: Subject, world: World) => unknown;
  allows: Allows;
  /** The call ends the caller's session (auth.signOut): the matrix signs in again after it. */
  endsSession?: true;
}

/** A version no row has: an allowed edit is then a 409 after the access check, and changes nothing. */
export const STALE = 999_999;

export const anyone: Allows = () => true;
export const signedIn: Allows = (actor) => actor !== null;

/** The policy on the subject's own facts. */
export const may =
  (action: Action): Allows =>
  (actor, subject) =>
    actor !== null && can(actor, action, subject.resource).allowed;

/** The policy on facts every resource of the province shares (a procedure's gate). */
export const inProvince =
  (action: Action, facts: Omit<Resource, 'tenantId'> = {}): Allows =>
  (actor, subject) =>
    actor !== null && can(actor, action, { ...facts, tenantId: subject.resource.tenantId }).allowed;

export const all =
  (...rules: Allows[]): Allows =>
  (actor, subject) =>
    rules.every((rule) => rule(actor, subject));

export type Cases = Record<string, MatrixCase>;
