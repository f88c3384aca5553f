// Input shapes of the cycle's routes: its settings and a phase move.
import { z } from 'zod';
import { clearable, isoDate, words, year } from '../http/schemas';
import { PHASES } from './domain/cycle-phase';

export const cycleSettings = {
  title: words(60),
  opensOn: isoDate,
  closesOn: isoDate,
  windowOverrideReason: clearable(200),
  categories: z.array(words(20)).min(1).max(30),
  seats: z.number().int().min(1).max(1000),
  minMargin: z.number().int().min(0).max(1000),
  allowEqual: z.boolean(),
};
export const newCycleBody = z
  .object({
    ...cycleSettings,
    year,
    categories: cycleSettings.categories.optional(),
    minMargin: cycleSettings.minMargin.optional(),
    allowEqual: cycleSettings.allowEqual.optional(),
  })
  .strict();
export const cyclePatchBody = z.object(cycleSettings).partial().strict();
export const phaseBody = z.object({ to: z.enum(PHASES) }).strict();
