/** Every failure a use case can report to a person. The API maps each code to a transport status once. */
export type DomainErrorCode =
  | 'INVALID_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'RULE_VIOLATION'
  /** Signed in with a temporary password: only changing it is allowed until then (403). */
  | 'PASSWORD_CHANGE_REQUIRED'
  /** The database could not be reached or refused (503); nothing was changed. */
  | 'UNAVAILABLE';

export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly code: DomainErrorCode,
    /** Vietnamese, shown to the person as it is. */
    message: string,
    readonly details?: Readonly<Record<string, unknown>>,
  ) {
    super(message);
  }
}

export const isDomainError = (value: unknown): value is DomainError => value instanceof DomainError;
