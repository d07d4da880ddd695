import { generateTemporaryPassword } from '@kiemtra/domain';

/** Makes the temporary password an administrator hands over once (a test may pass its own). */
export type MakeTemporaryPassword = (context: { username: string | null }) => string;

/** The domain's: random, and within the password policy for that username. */
export const makeTemporaryPassword: MakeTemporaryPassword = (context) => generateTemporaryPassword(context);
