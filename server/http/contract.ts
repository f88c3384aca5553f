// The building blocks of response schemas: the one error body every failure shares, markers for
// answers that are not JSON, and small shapes many answers reuse. Routes declare their answers
// with these (`responses: { 200: schema }`); server/openapi.ts turns them into OpenAPI and the
// web reads the inferred types through server/contract/index.ts.
import { z } from 'zod';
import { ERROR_STATUS } from '../core/errors';

/** `{"error": {"code", "message", "details"?}}`: every 4xx and 5xx answer. */
export const ErrorBody = z
  .object({
    error: z.object({
      code: z.union([z.enum(Object.keys(ERROR_STATUS) as [keyof typeof ERROR_STATUS]), z.string()]),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: 'ErrorBody' });
export type ErrorBody = z.infer<typeof ErrorBody>;

/** Server-sent events by name, each with the schema of its data (JSON). */
export type EventSchemas = Record<string, z.ZodType>;

/**
 * An answer that is not JSON (a PDF, a CSV, an event stream, a redirect). An event stream names its
 * events and the schema of each one's data, so that the OpenAPI document and the web's types
 * (ApiEvent, server/contract/api.ts) come from the same declaration.
 */
export class RawBody<E extends EventSchemas = EventSchemas> {
  constructor(
    readonly mediaType: string,
    readonly description: string,
    readonly events?: E,
  ) {}
}
export const raw = <E extends EventSchemas = EventSchemas>(mediaType: string, description: string, events?: E) =>
  new RawBody<E>(mediaType, description, events);

/** An answer with no body (204). */
export const NoBody = Symbol('no body');

export type ResponseSpec = z.ZodType | RawBody | typeof NoBody;

/** `{"ok": true}` */
export const Ok = z.object({ ok: z.boolean() });

/** A text in both languages. */
export const Bilingual = z.object({ zh: z.string(), en: z.string() }).meta({ id: 'Bilingual' });
export type Bilingual = z.infer<typeof Bilingual>;

/** An instant, as JSON carries a Date: an ISO 8601 string. */
export const instant = z.string();
/** A China calendar date, "2026-03-31". */
export const day = z.string();
export const uuid = z.string();
/** Integer money in 元. */
export const yuan = z.number().int();
