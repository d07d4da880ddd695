import type { SignedInUser } from '$lib/api-types';

declare global {
  namespace App {
    interface Locals {
      /** The signed-in person, resolved from the session cookie by `auth.me` in hooks.server.ts. */
      user: SignedInUser | null;
    }
    interface Error {
      message: string;
    }
  }
}
