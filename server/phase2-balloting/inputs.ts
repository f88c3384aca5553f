// Input shapes shared by the ballot routes and the evaluation's (phase 4).
import { z } from 'zod';
import { quorumAcceptable } from './domain/ballot-lifecycle';

export const quorumInput = z
  .object({ numerator: z.number().int().min(0).max(100), denominator: z.number().int().min(1).max(100) })
  .strict()
  .refine(quorumAcceptable, { message: 'quorum must be a fraction from 1/2 up to (not including) 1' })
  .optional();

/** The certification rule as the secretariat sets it: whole numbers here; their bounds are the domain's (422 with reasons). */
export const certificationRuleBody = z
  .object({
    chief: z.number().int({ message: '总监票人人数须为整数 / chief must be a whole number' }),
    total: z.number().int({ message: '签名总人数须为整数 / total must be a whole number' }),
  })
  .strict();
