/**
 * Every password the demo has ever published: the demo accounts sign in with it, the README prints
 * it, so in production no account may keep it and nobody may choose it.
 */
export const DEMO_PASSWORDS: readonly string[] = ['kiemtra2024'];

/** The password of the demo accounts today. */
export const DEMO_PASSWORD = 'kiemtra2024';
