import type { SeedTenant } from './seed-types.js';

export const TENANT: SeedTenant = { id: 'binh-dinh', name: 'Tỉnh Bình Định' };
