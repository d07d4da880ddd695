import { idSchema, isoDateSchema } from './common.js';
import { z } from './zod-vi.js';

export const orgUnitTreeInput = z.object({ asAt: isoDateSchema });
export const planByIdInput = z.object({ planId: idSchema });
export const inspectionByIdInput = z.object({ inspectionId: idSchema });
