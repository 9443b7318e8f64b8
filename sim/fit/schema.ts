import { z } from 'zod';
import { builtOnFirstUse } from '../builtOnFirstUse';

const count = () => z.number().int().min(0);

/** A stored fit (see personalFactor.ts), so a reopened file shows the same factor, interval and quality. */
export const factorFitSchema = builtOnFirstUse(() =>
  z
    .object({
      factor: z.number().positive(),
      logSe: z.number().min(0).nullable(),
      ci95: z.tuple([z.number().positive(), z.number().positive()]).nullable(),
      n: z.number().int().min(1),
      excluded: z.number().int().min(0),
      rmseLog: z.number().min(0),
      r2: z.number().max(1).nullable(),
      /** The scenario's levels the fit left out, by reason (levels.ts LeftOutCounts). */
      leftOut: z
        .object({
          beforeStart: count(),
          afterEnd: count(),
          notTaken: count(),
          zero: count(),
          noModelLevel: count(),
        })
        .strict()
        .optional(),
      /** The data the fit was made from (fitBasis.ts), so a later change to them can be told. */
      dataKey: z.string().max(32).optional(),
    })
    .strict(),
);

/** The personal factor applied to every regimen's exposure (1 = the typical person) and the fit it came from. */
export const personalSchema = builtOnFirstUse(() =>
  z
    .object({
      factor: z.number().min(0.01).max(100),
      fit: factorFitSchema.nullable().default(null),
    })
    .strict(),
);

export type Personal = z.infer<typeof personalSchema>;
