import type { SignedInUser } from '$lib/api-types';

declare global {
  namespace App {
    interface Locals {
      /** The signed-in person, resolved from the session cookie by `auth.me` in hooks.server.ts. */
      user: SignedInUser | null;
      /** This request's id, sent to the API (x-request-id) so that both logs name the same request. */
      requestId: string;
    }
    interface Error {
      message: string;
    }
  }
}
