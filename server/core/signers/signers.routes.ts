import { z } from 'zod';
import { defineRoute } from '../../http/route';
import { idParam } from '../../http/schemas';
import { KeyRegisterAnswer, SigningKeyAnswer, SigningKeysAnswer } from './signers.contract';
import { listSigningKeys, publicKeyRegister, registerKey, revokeKey, submitKey } from './signers.service';

const keyParam = z.object({ keyId: z.string().regex(/^[0-9a-f]{32}$/, { message: '无效的密钥编号 / invalid key id' }) });

export const listSigningKeysRoute = defineRoute({
  method: 'get',
  path: '/api/signers',
  access: 'signer.read',
  summary: "Scrutineers' signing keys of my congress (submitted, registered, revoked) and the algorithm they use",
  responses: { 200: SigningKeysAnswer },
  handler: async ({ c, deps, actor }) => c.json(await listSigningKeys(deps.db, actor)),
});

export const submitSigningKeyRoute = defineRoute({
  method: 'post',
  path: '/api/signers',
  access: 'signer.submit',
  summary: 'Submit the public key my browser made (SPKI, base64); the secretariat registers it after comparing fingerprints',
  responses: { 201: SigningKeyAnswer },
  body: z.object({ alg: z.enum(['ed25519', 'sm2']), publicKey: z.string().min(1).max(400) }).strict(),
  handler: async ({ c, deps, actor, body }) => c.json({ key: await submitKey(deps.db, actor, body) }, 201),
});

export const registerSigningKeyRoute = defineRoute({
  method: 'post',
  path: '/api/signers/:keyId/register',
  access: 'signer.manage',
  summary: 'Register a submitted key as 总监票人 (chief) or 监票人 (member): signer.registered in the congress ledger',
  responses: { 200: SigningKeyAnswer },
  params: keyParam,
  body: z.object({ role: z.enum(['chief', 'member']) }).strict(),
  handler: async ({ c, deps, actor, params, body }) => c.json({ key: await registerKey(deps.db, actor, params.keyId, body.role, deps.clock()) }),
});

export const revokeSigningKeyRoute = defineRoute({
  method: 'post',
  path: '/api/signers/:keyId/revoke',
  access: 'signer.manage',
  summary: 'Revoke a registered key: signer.revoked in the congress ledger; its later signatures do not count',
  responses: { 200: SigningKeyAnswer },
  params: keyParam,
  body: z.object({}).strict().optional(),
  handler: async ({ c, deps, actor, params }) => c.json({ key: await revokeKey(deps.db, actor, params.keyId, deps.clock()) }),
});

export const publicKeyRegisterRoute = defineRoute({
  method: 'get',
  path: '/api/public/congresses/:id/signing-keys',
  access: 'public',
  summary:
    "The congress's key register for checking signatures (npm run verify -- … --keys URL, the /verify page): the congress ledger's signer and certification-rule entries verbatim, the keys, and the ledger's head",
  responses: { 200: KeyRegisterAnswer },
  params: idParam,
  handler: async ({ c, deps, params }) => c.json(await publicKeyRegister(deps.db, params.id)),
});
