// The public code's rules (core/domain/public-code.ts) and what the portal offers per year
// (phase3-implementation/domain/portal.ts).
import { describe, expect, it } from 'vitest';
import {
  derivePublicCode,
  isPublicCode,
  normalizePublicCode,
  publicCodeChangeProblems,
  publicCodeProblems,
  RESERVED_PUBLIC_CODES,
} from '../../server/core/domain/public-code';
import { currentPages } from '../../server/phase3-implementation/domain/portal';

describe('public code', () => {
  it('takes lowercase latin letters, digits and single hyphens, starting with a letter', () => {
    for (const ok of ['xx-county', 'shifan-xian', 'a1', 'city-2', 'longgang-qu-2025']) expect(isPublicCode(ok), ok).toBe(true);
  });

  it('refuses the rest, saying why', () => {
    const codeOf = (s: string) => publicCodeProblems(s).map((p) => p.code);
    expect(codeOf('x')).toEqual(['public_code_length']);
    expect(codeOf('a'.repeat(41))).toEqual(['public_code_length']);
    for (const bad of ['Xx', 'xx_county', '-xx', 'xx-', 'xx--county', '9lives', '示范县', 'xx county', 'xx/county'])
      expect(codeOf(bad), bad).toEqual(['public_code_shape']);
    for (const word of RESERVED_PUBLIC_CODES.filter((w) => w.length >= 2)) expect(codeOf(word), word).toEqual(['public_code_reserved']);
    expect(publicCodeProblems('xx')[0]).toBeUndefined();
    expect(publicCodeProblems('Bad_Code')[0]!.zh).toContain('小写字母');
  });

  it('normalizes case and surrounding spaces', () => {
    expect(normalizePublicCode('  XX-County ')).toBe('xx-county');
  });

  it('derives "<level>-<first free number>" when nobody chose one', () => {
    expect(derivePublicCode('county', new Set())).toBe('county-1');
    expect(derivePublicCode('county', new Set(['county-1', 'county-2', 'city-3']))).toBe('county-3');
    expect(derivePublicCode('city', new Set(['county-1']))).toBe('city-1');
  });

  it('may change while derived, or while chosen but no year is opened; never once chosen and published', () => {
    expect(publicCodeChangeProblems({ chosen: false, cycles: 3 })).toEqual([]);
    expect(publicCodeChangeProblems({ chosen: true, cycles: 0 })).toEqual([]);
    expect(publicCodeChangeProblems({ chosen: true, cycles: 1 }).map((p) => p.code)).toEqual(['public_code_published']);
  });
});

describe('the portal: what is current in a year', () => {
  const year = { phase: 'solicitation' as const, acceptingSubmissions: false, listFixed: false, resultsCertified: false };
  it('offers the suggestion form only while solicitation is open', () => {
    expect(currentPages({ ...year, acceptingSubmissions: true })).toEqual(['suggest']);
    expect(currentPages(year)).toEqual([]);
    expect(currentPages({ ...year, phase: 'screening' })).toEqual([]);
  });
  it('offers the list once fixed, the results once certified, and progress and the report from implementation on', () => {
    expect(currentPages({ ...year, phase: 'balloting', listFixed: true })).toEqual(['candidates']);
    expect(currentPages({ ...year, phase: 'balloting', listFixed: true, resultsCertified: true })).toEqual(['results', 'candidates']);
    for (const phase of ['implementation', 'evaluation', 'closed'] as const)
      expect(currentPages({ ...year, phase, listFixed: true, resultsCertified: true })).toEqual(['progress', 'results', 'candidates', 'report']);
  });
});
