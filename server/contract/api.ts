// The route table as types, for the web's one HTTP agent (web/app/api.ts): for a method and a
// path exactly as a route declares it ('/api/ballots/:id'), what goes in (params, query, body:
// z.input of the route's schemas) and what comes back (z.output of its 2xx answer schemas).
// A path no route declares, or a body the route's schema would refuse, does not compile.
import type { z } from 'zod';
import type { EventSchemas, NoBody, RawBody } from '../http/contract';
import type { ApiRoute } from '../routes';

type Success = 200 | 201 | 202 | 204;
type In<S> = S extends z.ZodType ? z.input<S> : undefined;
type AnswerOf<R> = {
  [S in keyof R]: S extends Success ? (R[S] extends z.ZodType ? z.output<R[S]> : R[S] extends typeof NoBody ? null : never) : never;
}[keyof R];
type AnswersRaw<R> = true extends { [S in keyof R]: S extends Success ? (R[S] extends RawBody ? true : false) : false }[keyof R] ? true : false;

/** Routes that answer JSON (or nothing): a CSV, a PDF or an event stream is a link, not a call. */
type JsonRoute = ApiRoute extends infer R ? (R extends { responses: infer Rs } ? (AnswersRaw<Rs> extends true ? never : R) : never) : never;

export type ApiMethod = JsonRoute['method'];
/** The paths of one method, as the routes declare them. */
export type ApiPath<M extends ApiMethod> = Extract<JsonRoute, { method: M }>['path'];
type At<M, P> = Extract<JsonRoute, { method: M; path: P }>;

export type ApiParams<M extends ApiMethod, P> = In<At<M, P>['params']>;
export type ApiQuery<M extends ApiMethod, P> = In<At<M, P>['query']>;
export type ApiBody<M extends ApiMethod, P> = In<At<M, P>['body']>;
/** What the route answers on success. */
export type ApiAnswer<M extends ApiMethod, P> = AnswerOf<At<M, P>['responses']>;

type EventsOf<R> = { [S in keyof R]: R[S] extends RawBody<infer E> ? E : never }[keyof R];
type StreamEvents<P> = EventsOf<Extract<ApiRoute, { method: 'get'; path: P }>['responses']>;
/** An event stream's paths: the GET routes whose answer names its events. */
export type ApiStreamPath =
  Extract<ApiRoute, { method: 'get' }> extends infer R
    ? R extends { path: infer P; responses: infer Rs }
      ? [EventsOf<Rs>] extends [never]
        ? never
        : EventSchemas extends EventsOf<Rs>
          ? never
          : P
      : never
    : never;
/** The data of the server-sent event `name` on the stream at path P (z.output of its declared schema). */
export type ApiEvent<P extends ApiStreamPath, Name extends keyof StreamEvents<P>> = z.output<StreamEvents<P>[Name]>;
