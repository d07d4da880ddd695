import type { z as zod } from 'zod';
import { z } from './zod-vi.js';

/**
 * The most keys each bounded record accepts. zod has no key count for a record, so the bound is a
 * refinement, and this registry lets a walker of the schemas see it (apps/api's schema-bounds test).
 */
export const recordKeyLimits = z.registry<{ maxKeys: number }>();

interface KeyCount {
  max: number;
  maxMessage: string;
  min?: number;
  minMessage?: string;
}

/**
 * A record of at most `count.max` keys (and at least `count.min`), each refused with its message.
 * Add nothing to it afterwards but a wrapper (`.default`, `.optional`): a refinement added after
 * makes another schema, which the registry does not know.
 * @example boundedRecord(z.string().max(60), z.number().min(0).max(1), { max: 30, maxMessage: 'Tối đa 30 số liệu.' })
 */
export function boundedRecord<K extends zod.core.$ZodRecordKey, V extends zod.ZodType>(
  key: K,
  value: V,
  count: KeyCount,
) {
  const schema = z.record(key, value).superRefine((r, ctx) => {
    const keys = Object.keys(r).length;
    if (keys > count.max) ctx.addIssue({ code: 'custom', message: count.maxMessage, input: r });
    else if (count.min !== undefined && keys < count.min)
      ctx.addIssue({ code: 'custom', message: count.minMessage ?? count.maxMessage, input: r });
  });
  recordKeyLimits.add(schema, { maxKeys: count.max });
  return schema;
}
