import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJson, CanonicalJsonError } from '../../server/core/domain/canonical-json.js';

function errorOf(fn: () => unknown): CanonicalJsonError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(CanonicalJsonError);
    return err as CanonicalJsonError;
  }
  throw new Error('expected a CanonicalJsonError');
}

describe('canonicalJson — RFC 8785 examples that apply', () => {
  it('sorts keys by UTF-16 code units (RFC 8785 §3.2.3)', () => {
    const input = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    // Order: \r, 1, \u0080, \u00f6, \u20ac, \ud83d\ude00, \ufb33 — the emoji (surrogates D83D…)
    // sorts before U+FB33 by code units, though its code point U+1F600 is larger.
    expect(canonicalJson(input)).toBe(
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis",' +
        '"\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
  });

  it('escapes strings as in RFC 8785 §3.2.2.2 and keeps literals (JSON text input)', () => {
    const text = String.raw`{
      "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
      "literals": [null, true, false]
    }`;
    expect(canonicalJson(JSON.parse(text))).toBe(String.raw`{"literals":[null,true,false],"string":"€$\u000f\nA'B\"\\\\\"/"}`);
  });

  it('rejects the RFC sample numbers, naming the path', () => {
    const doc = JSON.parse('{"numbers":[333333333.33333329,1E30,4.50,2e-3,0.000000000000000000000000001]}');
    expect(errorOf(() => canonicalJson(doc)).path).toBe('$.numbers[0]');
  });
});

describe('canonicalJson — strings', () => {
  it('escapes every control character U+0000–U+001F like JSON.stringify', () => {
    for (let c = 0; c < 0x20; c++) {
      const s = String.fromCharCode(c);
      expect(canonicalJson(s)).toBe(JSON.stringify(s));
    }
    expect(canonicalJson('\b\f\n\r\t')).toBe('"\\b\\f\\n\\r\\t"');
    expect(canonicalJson('\u0000\u001f\u000b')).toBe('"\\u0000\\u001f\\u000b"');
  });

  it('keeps non-ASCII, DEL, U+2028/2029 and "/" literal; escapes " and \\', () => {
    expect(canonicalJson('2027年民生实事项目')).toBe('"2027年民生实事项目"');
    expect(canonicalJson('\u007f\u2028\u2029/')).toBe('"\u007f\u2028\u2029/"');
    expect(canonicalJson('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(canonicalJson('😀')).toBe('"😀"');
  });

  it('rejects lone surrogates (not I-JSON, no UTF-8 form) in values and keys', () => {
    expect(errorOf(() => canonicalJson({ a: 'x\ud800' })).path).toBe('$.a');
    expect(errorOf(() => canonicalJson({ a: ['\udc00y'] })).path).toBe('$.a[0]');
    expect(() => canonicalJson({ ['k\ud83d']: 1 })).toThrow(CanonicalJsonError);
  });
});

describe('canonicalJson — numbers', () => {
  it('serializes safe integers in plain decimal, -0 as 0', () => {
    expect(canonicalJson(0)).toBe('0');
    expect(canonicalJson(-0)).toBe('0');
    expect(canonicalJson({ a: -0 })).toBe('{"a":0}');
    expect(canonicalJson(3500000)).toBe('3500000');
    expect(canonicalJson(-42)).toBe('-42');
    expect(canonicalJson(Number.MAX_SAFE_INTEGER)).toBe('9007199254740991');
    expect(canonicalJson(Number.MIN_SAFE_INTEGER)).toBe('-9007199254740991');
    expect(canonicalJson(1e20 / 1e5)).toBe('1000000000000000');
  });

  it('rejects fractions, NaN, Infinity and unsafe integers with the path in the message', () => {
    const cases: Array<[unknown, string]> = [
      [{ data: { amount: 1.5 } }, '$.data.amount'],
      [{ data: { list: [1, 2, NaN] } }, '$.data.list[2]'],
      [{ x: Infinity }, '$.x'],
      [{ x: -Infinity }, '$.x'],
      [{ big: Number.MAX_SAFE_INTEGER + 1 }, '$.big'],
      [{ 'odd key': 0.1 }, '$["odd key"]'],
      [[[0.5]], '$[0][0]'],
      [2.5, '$'],
    ];
    for (const [value, path] of cases) {
      const err = errorOf(() => canonicalJson(value));
      expect(err.path).toBe(path);
      expect(err.message).toContain(path);
      expect(err.message).toMatch(/not a safe integer/);
    }
  });

  it('property: any safe integer round-trips; any non-integer double throws', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        expect(JSON.parse(canonicalJson({ n }))).toEqual({ n: Object.is(n, -0) ? 0 : n });
      }),
    );
    fc.assert(
      fc.property(
        fc.double().filter((d) => !Number.isSafeInteger(d)),
        (d) => {
          expect(() => canonicalJson({ v: [d] })).toThrow(/\$\.v\[0\]/);
        },
      ),
    );
  });
});

describe('canonicalJson — structure', () => {
  it('handles nested arrays and objects, no whitespace, arrays in order', () => {
    const v = { b: [3, { z: null, a: [true, false] }, [], {}], a: { y: 'y', x: 'x' } };
    expect(canonicalJson(v)).toBe('{"a":{"x":"x","y":"y"},"b":[3,{"a":[true,false],"z":null},[],{}]}');
  });

  it('omits object members whose value is undefined', () => {
    expect(canonicalJson({ a: undefined, b: 1, c: { d: undefined } })).toBe('{"b":1,"c":{}}');
  });

  it('accepts null-prototype objects', () => {
    const o = Object.create(null) as Record<string, unknown>;
    o.b = 2;
    o.a = 1;
    expect(canonicalJson(o)).toBe('{"a":1,"b":2}');
  });

  it('rejects top-level undefined, array holes/undefined, bigint, functions, symbols', () => {
    expect(errorOf(() => canonicalJson(undefined)).path).toBe('$');
    expect(errorOf(() => canonicalJson([1, undefined])).path).toBe('$[1]');
    // eslint-disable-next-line no-sparse-arrays
    expect(errorOf(() => canonicalJson([1, , 3])).path).toBe('$[1]');
    expect(errorOf(() => canonicalJson({ n: 10n })).path).toBe('$.n');
    expect(errorOf(() => canonicalJson({ f: () => 1 })).path).toBe('$.f');
    expect(errorOf(() => canonicalJson({ s: Symbol('x') })).path).toBe('$.s');
  });

  it('rejects Dates, class instances, Maps and typed arrays', () => {
    class Money {
      constructor(public yuan: number) {}
    }
    expect(errorOf(() => canonicalJson({ at: new Date(0) })).message).toMatch(/Date.*\$\.at/);
    expect(errorOf(() => canonicalJson({ m: new Money(1) })).message).toMatch(/Money instance.*\$\.m/);
    expect(errorOf(() => canonicalJson({ m: new Map() })).path).toBe('$.m');
    expect(errorOf(() => canonicalJson({ u: new Uint8Array(2) })).path).toBe('$.u');
  });

  it('rejects circular references', () => {
    const a: Record<string, unknown> = {};
    a.self = a;
    expect(errorOf(() => canonicalJson(a)).path).toBe('$.self');
    // shared (non-circular) references are fine
    const shared = { x: 1 };
    expect(canonicalJson({ a: shared, b: shared })).toBe('{"a":{"x":1},"b":{"x":1}}');
  });

  it('property: equals sorted-key JSON.stringify for JSON values without floats', () => {
    const sortDeep = (v: unknown): unknown => {
      if (Array.isArray(v)) return v.map(sortDeep);
      if (v && typeof v === 'object') {
        const out: Record<string, unknown> = {};
        for (const k of Object.keys(v).sort()) {
          Object.defineProperty(out, k, {
            value: sortDeep((v as Record<string, unknown>)[k]),
            enumerable: true,
            writable: true,
            configurable: true,
          });
        }
        return out;
      }
      return v;
    };
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.constant(null),
        fc.boolean(),
        fc.string({ unit: 'grapheme' }),
        fc.maxSafeInteger(),
        fc.array(tie('value')),
        fc.dictionary(fc.string({ unit: 'grapheme' }), tie('value')),
      ),
    })).value;
    fc.assert(
      fc.property(json, (v) => {
        const c = canonicalJson(v);
        expect(c).toBe(JSON.stringify(sortDeep(JSON.parse(JSON.stringify(v)))));
        // idempotent
        expect(canonicalJson(JSON.parse(c))).toBe(c);
      }),
    );
  });
});
