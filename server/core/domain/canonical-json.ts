/**
 * RFC 8785 (JSON Canonicalization Scheme, "JCS") for the values this system hashes.
 *
 * Pure, no I/O. Accepted values: null, booleans, strings, safe integers, arrays and plain
 * objects. Everything else (fractions, NaN, ±Infinity, integers beyond ±(2^53−1), bigint,
 * functions, symbols, Dates, class instances, Maps …) throws a CanonicalJsonError naming the
 * JSON path of the offending value (e.g. `$.data.amount`).
 *
 * Rules (the subset of JCS that matters when every number is a safe integer):
 * - no whitespace;
 * - object members sorted by key, comparing keys as sequences of UTF-16 code units
 *   (what Array.prototype.sort does by default);
 * - strings escaped exactly as JSON.stringify escapes them (`\"`, `\\`, `\b`, `\f`, `\n`,
 *   `\r`, `\t`, other U+0000–U+001F as lowercase `\u00xx`; everything else literal,
 *   including non-ASCII);
 * - integers in plain decimal, -0 as `0`;
 * - arrays keep their order;
 * - object members whose value is `undefined` are omitted (as JSON.stringify does).
 *
 * Strings (values and keys) containing a lone surrogate are rejected: JCS requires I-JSON
 * (RFC 7493), and such strings have no UTF-8 encoding.
 */

export class CanonicalJsonError extends Error {
  /** JSON path of the offending value, e.g. `$.data.amount`. */
  readonly path: string;
  constructor(path: string, problem: string) {
    super(`${problem} at ${path}`);
    this.name = 'CanonicalJsonError';
    this.path = path;
  }
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
// A high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function childPath(path: string, key: string): string {
  return IDENTIFIER.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function serializeString(s: string, path: string): string {
  if (LONE_SURROGATE.test(s)) {
    throw new CanonicalJsonError(path, 'string contains a lone surrogate');
  }
  return JSON.stringify(s);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value !== 'object') return typeof value;
  if (value instanceof Date) return 'Date';
  const ctor = (value as { constructor?: { name?: unknown } }).constructor;
  return typeof ctor?.name === 'string' && ctor.name ? `${ctor.name} instance` : 'non-plain object';
}

function serialize(value: unknown, path: string, stack: Set<object>): string {
  switch (typeof value) {
    case 'string':
      return serializeString(value, path);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isSafeInteger(value)) {
        throw new CanonicalJsonError(path, `number ${String(value)} is not a safe integer`);
      }
      return Object.is(value, -0) ? '0' : String(value);
    case 'undefined':
      throw new CanonicalJsonError(path, 'undefined is not a JSON value');
    case 'object':
      break;
    default:
      throw new CanonicalJsonError(path, `${typeof value} is not a JSON value`);
  }
  if (value === null) return 'null';
  const obj = value as object;
  if (stack.has(obj)) throw new CanonicalJsonError(path, 'circular reference');

  if (Array.isArray(obj)) {
    stack.add(obj);
    const parts: string[] = [];
    for (let i = 0; i < obj.length; i++) {
      const itemPath = `${path}[${i}]`;
      if (!(i in obj)) throw new CanonicalJsonError(itemPath, 'array hole is not a JSON value');
      parts.push(serialize(obj[i], itemPath, stack));
    }
    stack.delete(obj);
    return `[${parts.join(',')}]`;
  }

  if (!isPlainObject(obj)) {
    throw new CanonicalJsonError(path, `${describe(obj)} is not a JSON value`);
  }
  stack.add(obj);
  const record = obj as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  const parts: string[] = [];
  for (const key of keys) {
    const v = record[key];
    if (v === undefined) continue;
    const p = childPath(path, key);
    parts.push(`${serializeString(key, p)}:${serialize(v, p, stack)}`);
  }
  stack.delete(obj);
  return `{${parts.join(',')}}`;
}

/** RFC 8785 canonical JSON of `value`; throws CanonicalJsonError for anything not allowed. */
export function canonicalJson(value: unknown): string {
  return serialize(value, '$', new Set());
}
