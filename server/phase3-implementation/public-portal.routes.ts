// The public portal (no session): the deployment's congresses and years, and one congress by its
// public code. Read-only; built once per write and day on PGlite, with an ETag (304 on
// If-None-Match) and 30 seconds for shared caches, like the other public reads (core/public-cache.ts).
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { NoBody } from '../http/contract';
import { defineRoute } from '../http/route';
import { publicCode } from '../http/schemas';
import type { Deps } from '../core/context';
import { cachedJson, sinceLastWrite } from '../core/public-cache';
import { chinaDate } from '../core/domain/china-date';
import { PortalAnswer, PortalCongressAnswer } from './public-portal.contract';
import { portalCongress, publicPortal } from './public-portal.service';

/** The portal and its version (a digest of the answer itself: it is small, and exactly what a reader gets). */
const portalOf = (deps: Deps, now: Date) =>
  sinceLastWrite(deps, `portal:${chinaDate(now)}`, async () => {
    const portal = await publicPortal(deps.db, now);
    return { portal, version: bytesToHex(sha256(utf8ToBytes(JSON.stringify(portal)))) };
  });

export const publicPortalRoute = defineRoute({
  method: 'get',
  path: '/api/public/portal',
  access: 'public',
  summary: 'Every congress of the deployment (name, public code) with its years, each with the public pages current now',
  responses: { 200: PortalAnswer, 304: NoBody },
  handler: async ({ c, deps }) => {
    const { portal, version } = await portalOf(deps, deps.clock());
    return cachedJson(c, deps, version, async () => portal);
  },
});

export const publicPortalCongressRoute = defineRoute({
  method: 'get',
  path: '/api/public/portal/:code',
  access: 'public',
  summary: 'One congress by its public code (e.g. xx-county) with its years; 404 when no congress has the code',
  responses: { 200: PortalCongressAnswer, 304: NoBody },
  params: z.object({ code: publicCode }),
  handler: async ({ c, deps, params }) => {
    const { portal, version } = await portalOf(deps, deps.clock());
    const congress = portalCongress(portal, params.code);
    return cachedJson(c, deps, version, async () => ({ congress }));
  },
});
