import fc from 'fast-check';

// A small derivation of fast-check arbitraries from zod 4 schemas (no library that does it for
// zod 4 is well kept yet). It draws values the schema accepts, values just past each of its
// bounds, and junk, so that a procedure meets both its valid inputs and its refusals.

type Arb = fc.Arbitrary<unknown>;
interface ZodLike {
  _zod: { def: Record<string, unknown> & { type: string } };
}

/** Ids the fuzz may name: the database's own, so that valid-looking inputs reach the procedures. */
export interface FuzzPools {
  ids: readonly string[];
}

const checksOf = (def: Record<string, unknown>) =>
  ((def.checks as ZodLike[] | undefined) ?? []).map((c) => c._zod.def as Record<string, unknown>);
const limitOf = (def: Record<string, unknown>, kind: 'max_length' | 'min_length') =>
  checksOf(def).find((c) => c.check === kind)?.[kind === 'max_length' ? 'maximum' : 'minimum'] as
    | number
    | undefined;

const isoDay = fc
  .date({ min: new Date('1850-01-01T00:00:00Z'), max: new Date('2250-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** What any field may receive from a careless or hostile client. */
export const junk: Arb = fc.oneof(
  fc.constant(null),
  fc.constant(''),
  fc.constant('\u0000'),
  fc.constant('\uD800'),
  fc.constant(-1),
  fc.constant(2 ** 31),
  fc.constant(Number.MAX_SAFE_INTEGER),
  fc.constant(1e308),
  fc.constant('9999-12-31'),
  fc.constant('31/02/2024'),
  fc.string({ maxLength: 8 }),
  fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 4 }), fc.string({ maxLength: 4 }), { maxKeys: 2 }),
);

function stringOf(def: Record<string, unknown>, pools: FuzzPools): Arb {
  const format = (def.format ?? checksOf(def).find((c) => c.check === 'string_format')?.format) as
    | string
    | undefined;
  if (format === 'uuid' || format === 'guid')
    return pools.ids.length > 0
      ? fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...pools.ids) }, { weight: 1, arbitrary: fc.uuid() })
      : fc.uuid();
  const max = limitOf(def, 'max_length');
  const min = limitOf(def, 'min_length') ?? 0;
  const within = fc.string({
    unit: 'grapheme',
    minLength: Math.min(min, 40),
    maxLength: Math.min(max ?? 40, 40),
  });
  return fc.oneof(
    { weight: 6, arbitrary: within },
    { weight: 2, arbitrary: isoDay },
    { weight: 1, arbitrary: isoDay.map((d) => `${d.slice(8)}/${d.slice(5, 7)}/${d.slice(0, 4)}`) },
    { weight: 1, arbitrary: fc.constant('x'.repeat((max ?? 100_000) + 1)) },
  );
}

function numberOf(def: Record<string, unknown>): Arb {
  const checks = checksOf(def);
  const min = checks.find((c) => c.check === 'greater_than')?.value as number | undefined;
  const max = checks.find((c) => c.check === 'less_than')?.value as number | undefined;
  const lo = Math.max(min ?? -1000, -1e6);
  const hi = Math.min(max ?? 100_000, 1e9);
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc.integer({ min: Math.ceil(lo), max: Math.max(Math.ceil(lo), Math.floor(hi)) }),
    },
    { weight: 1, arbitrary: fc.constantFrom(-1, 0, 1, 2 ** 31, 2 ** 53, 0.5, -0.0) },
    { weight: 1, arbitrary: fc.double({ noNaN: true }) },
  );
}

/** An arbitrary for `schema`, mostly of its shape, sometimes past its bounds or junk. */
export function arbitraryOf(schema: unknown, pools: FuzzPools, depth = 0): Arb {
  const def = (schema as ZodLike)._zod.def;
  const inner = (key: string) => arbitraryOf(def[key], pools, depth + 1);
  if (depth > 8) return junk;
  switch (def.type) {
    case 'string':
      return stringOf(def, pools);
    case 'number':
    case 'int':
      return numberOf(def);
    case 'boolean':
      return fc.boolean();
    case 'date':
      return fc.date();
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'enum':
      return fc.oneof(
        { weight: 8, arbitrary: fc.constantFrom(...Object.values(def.entries as Record<string, unknown>)) },
        { weight: 1, arbitrary: junk },
      );
    case 'optional':
    case 'default':
    case 'prefault':
      return fc.option(inner('innerType'), { nil: undefined, freq: 4 });
    case 'nullable':
      return fc.option(inner('innerType'), { nil: null, freq: 4 });
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return inner('innerType');
    case 'pipe':
      return inner('in');
    case 'union':
      return fc.oneof(...(def.options as unknown[]).map((o) => arbitraryOf(o, pools, depth + 1)));
    case 'intersection':
      return inner('left');
    case 'array': {
      const max = limitOf(def, 'max_length');
      const element = inner('element');
      const arbs: { weight: number; arbitrary: Arb }[] = [
        { weight: 8, arbitrary: fc.array(element, { maxLength: Math.min(max ?? 4, 4) }) },
      ];
      // One element past the bound: the refusal must be as cheap as it is clear.
      if (max !== undefined && max < 5000)
        arbs.push({ weight: 1, arbitrary: element.map((e) => Array.from({ length: max + 1 }, () => e)) });
      return fc.oneof(...arbs);
    }
    case 'record':
      return fc.dictionary(fc.string({ maxLength: 12 }), inner('valueType'), { maxKeys: 4 });
    case 'object': {
      const shape = def.shape as Record<string, unknown>;
      const fields = Object.fromEntries(
        Object.entries(shape).map(([k, v]) => [k, arbitraryOf(v, pools, depth + 1)]),
      );
      return fc.oneof({ weight: 12, arbitrary: fc.record(fields) }, { weight: 1, arbitrary: junk });
    }
    default:
      return junk;
  }
}
