import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../server/core/domain/canonical-json';
import {
  categoryListProblems,
  DEFAULT_CATEGORIES,
  fundingProblems,
  materialsDigest,
  milestoneYears,
  oneLineSummary,
  proposalCode,
  scheduleProblems,
  submissionProblems,
  type FundingPart,
  type Materials,
} from '../../server/phase1-solicitation/domain/proposal-rules';

const codes = (ps: Array<{ code: string }>) => ps.map((p) => p.code);

describe('funding sources must add up to the estimate', () => {
  const parts: FundingPart[] = [
    { source: 'local_fiscal', amountYuan: 8_000_000 },
    { source: 'higher_subsidy', amountYuan: 4_000_000 },
  ];

  it('accepts parts summing exactly', () => {
    expect(fundingProblems(12_000_000, parts)).toEqual([]);
  });

  it('refuses a sum off by one 元, saying both amounts in 万元', () => {
    const [p] = fundingProblems(12_000_001, parts);
    expect(p!.code).toBe('funding_sum');
    expect(p!.zh).toBe('资金来源合计 1,200 万元，与投资估算 1,200.0001 万元 不符（相差 -0.0001 万元）');
    expect(p!.field).toBe('funding');
  });

  it('refuses empty, repeated, non-positive and fractional parts, and unexplained "other"', () => {
    expect(codes(fundingProblems(1, []))).toEqual(['funding_missing']);
    expect(
      codes(
        fundingProblems(2, [
          { source: 'local_fiscal', amountYuan: 1 },
          { source: 'local_fiscal', amountYuan: 1 },
        ]),
      ),
    ).toEqual(['funding_duplicate']);
    expect(codes(fundingProblems(0, [{ source: 'local_fiscal', amountYuan: 0 }]))).toEqual(['funding_amount']);
    expect(codes(fundingProblems(1, [{ source: 'local_fiscal', amountYuan: 0.5 }]))).toEqual(['funding_amount']);
    expect(codes(fundingProblems(5, [{ source: 'other', amountYuan: 5 }]))).toEqual(['funding_other_note']);
    expect(fundingProblems(5, [{ source: 'other', amountYuan: 5, note: '彩票公益金' }])).toEqual([]);
    expect(codes(fundingProblems(5, [{ source: 'lottery' as never, amountYuan: 5 }]))).toEqual(['funding_source']);
  });

  it('property: any split of an estimate passes; changing one part by any amount fails', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 10 ** 10 }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 10 ** 6 }),
        (amounts, delta) => {
          const sources = ['local_fiscal', 'higher_subsidy', 'social_capital', 'other'] as const;
          const ps: FundingPart[] = amounts.map((a, i) => ({ source: sources[i]!, amountYuan: a, note: '说明' }));
          const total = amounts.reduce((a, b) => a + b, 0);
          expect(fundingProblems(total, ps)).toEqual([]);
          expect(codes(fundingProblems(total + delta, ps))).toEqual(['funding_sum']);
        },
      ),
    );
  });
});

describe('deadline and annual milestones', () => {
  it('needs none within the year', () => {
    expect(milestoneYears(2027, '2027-12-31')).toEqual([]);
    expect(scheduleProblems(2027, '2027-06-30', [])).toEqual([]);
  });

  it('needs one per year from the cycle year to the deadline year when it runs longer', () => {
    expect(milestoneYears(2027, '2029-06-30')).toEqual([2027, 2028, 2029]);
    const missing = scheduleProblems(2027, '2028-06-30', [{ year: 2027, goal: '完成主体工程' }]);
    expect(codes(missing)).toEqual(['milestones_missing']);
    expect(missing[0]!.zh).toContain('2028');
    expect(
      scheduleProblems(2027, '2028-06-30', [
        { year: 2027, goal: '主体完工' },
        { year: 2028, goal: '投入使用' },
      ]),
    ).toEqual([]);
  });

  it('refuses a deadline before the year, bad dates, stray and repeated milestone years', () => {
    expect(codes(scheduleProblems(2027, '2026-12-31', []))).toEqual(['deadline_before_year']);
    expect(codes(scheduleProblems(2027, '2027-02-30', []))).toEqual(['bad_date']);
    expect(codes(scheduleProblems(2027, '2027-12-31', [{ year: 2029, goal: 'x' }]))).toEqual(['milestone_year']);
    expect(
      codes(
        scheduleProblems(2027, '2028-12-31', [
          { year: 2027, goal: 'a' },
          { year: 2027, goal: 'b' },
          { year: 2028, goal: 'c' },
        ]),
      ),
    ).toEqual(['milestone_duplicate']);
  });
});

const complete: Materials & { contactName: string | null; contactPhone: string | null } = {
  title: '城区第三小学扩容工程',
  category: '教育',
  background: '城区学位紧张。',
  content: '新建教学楼一栋。',
  location: '城关镇',
  departmentId: 'd1',
  estimateYuan: 12_000_000,
  funding: [{ source: 'local_fiscal', amountYuan: 12_000_000 }],
  deadline: '2027-12-31',
  milestones: [],
  targets: [{ indicator: '新增学位', value: '1080', unit: '个' }],
  contactName: '赵老师',
  contactPhone: '0571-1234567',
};
const ctx = { cycleYear: 2027, categories: [...DEFAULT_CATEGORIES], requireDepartment: true, requireContact: true };

describe('submission completeness', () => {
  it('accepts a complete proposal', () => {
    expect(submissionProblems(complete, ctx)).toEqual([]);
  });

  it('lists every missing field at once', () => {
    const empty = {
      ...complete,
      category: null,
      background: ' ',
      content: null,
      location: null,
      departmentId: null,
      estimateYuan: null,
      funding: [],
      deadline: null,
      targets: [],
      contactName: null,
      contactPhone: null,
    };
    const ps = submissionProblems(empty, ctx);
    expect(ps.map((p) => p.field)).toEqual([
      'category',
      'background',
      'content',
      'location',
      'departmentId',
      'estimateYuan',
      'deadline',
      'targets',
      'contactName',
      'contactPhone',
    ]);
    expect(ps[0]!.zh).toBe('请填写类别');
  });

  it('lets a deputy leave 责任单位 and contact to the secretariat', () => {
    expect(
      submissionProblems(
        { ...complete, departmentId: null, contactName: null, contactPhone: null },
        { ...ctx, requireDepartment: false, requireContact: false },
      ),
    ).toEqual([]);
  });

  it('checks category, estimate, funding and schedule', () => {
    expect(codes(submissionProblems({ ...complete, category: '旅游' }, ctx))).toEqual(['category_unknown']);
    expect(codes(submissionProblems({ ...complete, estimateYuan: 0, funding: [] }, ctx))).toEqual(['estimate_positive']);
    expect(codes(submissionProblems({ ...complete, estimateYuan: 13_000_000 }, ctx))).toEqual(['funding_sum']);
    expect(codes(submissionProblems({ ...complete, deadline: '2028-06-30' }, ctx))).toEqual(['milestones_missing']);
  });

  it('refuses repeated categories in a cycle', () => {
    expect(categoryListProblems(['教育', '养老'])).toEqual([]);
    expect(codes(categoryListProblems(['教育', '教育']))).toEqual(['category_duplicate']);
    expect(codes(categoryListProblems([]))).toEqual(['categories_empty']);
  });
});

describe('materials digest, summary and code', () => {
  it('is SHA-256 hex of canonical JSON, stable under key order and sensitive to every field', () => {
    const d = materialsDigest(complete);
    expect(d).toMatch(/^[0-9a-f]{64}$/);
    const reordered = Object.fromEntries(Object.entries(complete).reverse()) as typeof complete;
    expect(materialsDigest(reordered)).toBe(d);
    expect(materialsDigest({ ...complete, estimateYuan: 12_000_001 })).not.toBe(d);
    expect(materialsDigest({ ...complete, targets: [{ indicator: '新增学位', value: '1081', unit: '个' }] })).not.toBe(d);
    // Contact data is not part of the materials.
    const otherContact = { ...complete, contactPhone: '110' };
    expect(materialsDigest(otherContact)).toBe(d);
    expect(() => canonicalJson({ x: complete.estimateYuan })).not.toThrow();
  });

  it('keeps HTML as text', () => {
    expect(materialsDigest({ ...complete, title: '<script>alert(1)</script>' })).toMatch(/^[0-9a-f]{64}$/);
  });

  it('summarises to the first sentence of the first line, shortened', () => {
    expect(oneLineSummary('新建教学楼一栋，建筑面积8000平方米。配套运动场。')).toBe('新建教学楼一栋，建筑面积8000平方米。');
    expect(oneLineSummary('\n\n  第一行  \n第二行')).toBe('第一行');
    expect(oneLineSummary(null)).toBe('');
    const long = '甲'.repeat(100);
    expect(oneLineSummary(long, 10)).toBe(`${'甲'.repeat(9)}…`);
    expect(Array.from(oneLineSummary('😀'.repeat(100), 10))).toHaveLength(10);
  });

  it('shows 编号 as year-three digits', () => {
    expect(proposalCode(2027, 7)).toBe('2027-007');
    expect(proposalCode(2027, 1234)).toBe('2027-1234');
    expect(proposalCode(2027, null)).toBeNull();
  });
});
