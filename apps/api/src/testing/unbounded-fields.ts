// Issue 18, "Bad input": every field a client sends is bounded to what the domain needs. This walks
// a zod 4 schema's definition (the input side: a pipe is read from what it receives) and names
// every place where a client could send more than the schema says: a string without a maximum
// length, an array without a maximum of items, a number without a finite minimum and maximum, a
// date without both bounds, a record or object with keys of the client's choosing, a value of any
// shape.

import { recordKeyLimits } from '@kiemtra/domain';

interface ZodLike {
  _zod: { def: Def };
}
type Def = Record<string, unknown> & { type: string };

const defOf = (schema: unknown): Def => (schema as ZodLike)._zod.def;
const checksOf = (def: Def): Def[] => ((def.checks as ZodLike[] | undefined) ?? []).map((c) => defOf(c));
const hasCheck = (def: Def, ...kinds: string[]) => checksOf(def).some((c) => kinds.includes(String(c.check)));

// String formats whose pattern itself bounds the length (an email or a URL does not).
const BOUNDED_FORMATS = new Set([
  'uuid',
  'guid',
  'cuid',
  'cuid2',
  'ulid',
  'nanoid',
  'xid',
  'ksuid',
  'ipv4',
  'ipv6',
  'date',
  'time',
  'datetime',
]);

function stringProblem(def: Def): string | null {
  const format = (def.format ?? checksOf(def).find((c) => c.check === 'string_format')?.format) as
    | string
    | undefined;
  if (format !== undefined && BOUNDED_FORMATS.has(format)) return null;
  return hasCheck(def, 'max_length', 'length_equals') ? null : 'chuỗi không có độ dài tối đa (.max)';
}

/** A number is bounded by a finite minimum and maximum, or by a 32-bit integer format. */
function numberProblem(def: Def): string | null {
  const checks = checksOf(def);
  const format = (def.format ?? checks.find((c) => c.check === 'number_format')?.format) as
    | string
    | undefined;
  if (format === 'int32' || format === 'uint32' || format === 'float32') return null;
  const finite = (kind: string) =>
    checks.some((c) => c.check === kind && Number.isFinite(Number(c.value as number | bigint)));
  if (finite('greater_than') && finite('less_than')) return null;
  return 'số không có giới hạn dưới và trên hữu hạn (.min/.max)';
}

/**
 * Each unbounded place in `schema`, as "path: what is missing" (array items are `[]`, record
 * values `{}`), or [] when every field is bounded.
 * @example unboundedFields(z.object({ name: z.string() })) // ['name: chuỗi không có độ dài tối đa (.max)']
 */
export function unboundedFields(schema: unknown, path = '', seen = new Set<unknown>()): string[] {
  const def = defOf(schema);
  const at = path || '(toàn bộ)';
  const walk = (inner: unknown, innerPath = path) => unboundedFields(inner, innerPath, seen);
  const join = (key: string) => (path ? `${path}.${key}` : key);
  switch (def.type) {
    case 'string': {
      const problem = stringProblem(def);
      return problem ? [`${at}: ${problem}`] : [];
    }
    case 'number':
    case 'bigint': {
      const problem = numberProblem(def);
      return problem ? [`${at}: ${problem}`] : [];
    }
    case 'date':
      return hasCheck(def, 'greater_than') && hasCheck(def, 'less_than')
        ? []
        : [`${at}: ngày không có giới hạn dưới và trên`];
    case 'boolean':
    case 'literal':
    case 'enum':
    case 'null':
    case 'undefined':
    case 'void':
    case 'never':
    case 'nan':
      return [];
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
    case 'success':
      return walk(def.innerType);
    case 'pipe':
      // A preprocess (a transform first) receives anything and hands it on: read what follows.
      return defOf(def.in).type === 'transform' ? walk(def.out) : walk(def.in);
    case 'transform':
      return [];
    case 'lazy': {
      if (seen.has(schema)) return [];
      seen.add(schema);
      return walk((def.getter as () => unknown)());
    }
    case 'union':
      return [...new Set((def.options as unknown[]).flatMap((o) => walk(o)))];
    case 'intersection':
      return [...walk(def.left), ...walk(def.right)];
    case 'array': {
      const own = hasCheck(def, 'max_length', 'length_equals')
        ? []
        : [`${at}: danh sách không có số phần tử tối đa (.max)`];
      return [...own, ...walk(def.element, `${path}[]`)];
    }
    case 'tuple':
      return [
        ...(def.items as unknown[]).flatMap((item, i) => walk(item, `${path}[${i}]`)),
        ...(def.rest ? [`${at}: bộ giá trị nhận thêm phần tử tùy ý`] : []),
      ];
    case 'set':
    case 'map':
      return [
        ...(hasCheck(def, 'max_size') ? [] : [`${at}: tập hợp không có số phần tử tối đa`]),
        ...walk(def.type === 'set' ? def.valueType : def.valueType, `${path}{}`),
      ];
    case 'record': {
      const keyType = defOf(def.keyType).type;
      const own =
        keyType === 'enum' || keyType === 'literal' || recordKeyLimits.has(schema as never)
          ? []
          : [`${at}: bản ghi với khóa tùy ý`];
      return [...own, ...walk(def.keyType, `${path}{khóa}`), ...walk(def.valueType, `${path}{}`)];
    }
    case 'object': {
      const shape = def.shape as Record<string, unknown>;
      const catchall = def.catchall === undefined ? null : defOf(def.catchall).type;
      const own = catchall === null || catchall === 'never' ? [] : [`${at}: đối tượng nhận thêm khóa tùy ý`];
      return [...own, ...Object.entries(shape).flatMap(([key, value]) => walk(value, join(key)))];
    }
    default:
      return [`${at}: giá trị kiểu ${def.type} không được kiểm tra giới hạn`];
  }
}
