// Input shapes shared by the ballot routes and the evaluation's (phase 4).
import { z } from 'zod';
import { quorumAcceptable } from './domain/ballot-lifecycle';

export const quorumInput = z
  .object({ numerator: z.number().int().min(0).max(100), denominator: z.number().int().min(1).max(100) })
  .strict()
  .refine(quorumAcceptable, { message: 'quorum must be a fraction from 1/2 up to (not including) 1' })
  .optional();
