// What signing-key routes answer (see signers.routes.ts). Types for the web: server/contract/index.ts.
import { z } from 'zod';
import { LedgerEntry } from '../ledger/ledger.contract';

export const SignatureAlg = z.enum(['ed25519', 'sm2']).meta({ id: 'SignatureAlg' });
export const SignerRole = z.enum(['chief', 'member']).meta({ id: 'SignerRole' });

export const SigningKey = z
  .object({
    keyId: z.string(),
    /** The key id in groups of four, read aloud or printed to compare with the scrutineer's screen. */
    fingerprint: z.string(),
    accountId: z.string(),
    name: z.string(),
    alg: SignatureAlg,
    /** SPKI DER, base64. */
    publicKey: z.string(),
    status: z.enum(['submitted', 'registered', 'revoked']),
    role: SignerRole.nullable(),
    submittedAt: z.string(),
    registeredAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'SigningKey' });
export type SigningKey = z.infer<typeof SigningKey>;

export const SigningKeysAnswer = z.object({ alg: SignatureAlg, keys: z.array(SigningKey) }).meta({ id: 'SigningKeysAnswer' });
export type SigningKeysAnswer = z.infer<typeof SigningKeysAnswer>;

export const SigningKeyAnswer = z.object({ key: SigningKey }).meta({ id: 'SigningKeyAnswer' });
export type SigningKeyAnswer = z.infer<typeof SigningKeyAnswer>;

/** A key as the public register lists it: who, in which role, and when registered / revoked. */
export const RegisteredKey = z
  .object({
    keyId: z.string(),
    fingerprint: z.string(),
    name: z.string(),
    role: SignerRole,
    alg: SignatureAlg,
    publicKey: z.string(),
    registered: z.object({ seq: z.number(), at: z.string() }),
    revoked: z.object({ seq: z.number(), at: z.string() }).nullable(),
  })
  .meta({ id: 'RegisteredKey' });

export const KeyRegisterAnswer = z
  .object({
    register: z.object({
      congressId: z.string(),
      congress: z.string(),
      hash: z.enum(['sha256', 'sm3']),
      /** The congress ledger's head: signed entries record the position their keys were judged at. */
      head: z.object({ seq: z.number(), hash: z.string() }),
    }),
    keys: z.array(RegisteredKey),
    /** The congress ledger's signer.registered / signer.revoked / certification.rule_set entries, verbatim (hashes recomputable). */
    entries: z.array(LedgerEntry),
  })
  .meta({ id: 'KeyRegisterAnswer' });
export type KeyRegisterAnswer = z.infer<typeof KeyRegisterAnswer>;
