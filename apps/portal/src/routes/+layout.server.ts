import { apiMode } from '$lib/server/api-mode';
import type { LayoutServerLoad } from './$types';

/** Every page, the sign-in page too, knows whether this is the demo (the banner says so). */
export const load: LayoutServerLoad = async (event) => ({ mode: await apiMode(event) });
