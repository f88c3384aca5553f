// Scrutineers' signing keys in tests, made and used as a scrutineer's browser would: the key pair
// stays on this side, only the public key is submitted; the secretariat registers it (the first
// scrutineer as 总监票人, the others as 监票人); certifying signs the ballot.tallied entry's hash.
import { newKeyPair, signMessage, signingPayload, type SignatureAlg } from '../../server/core/domain/signatures';
import { paperTotalsDigest } from '../../server/phase2-balloting/domain/certification';
import type { Client } from './harness';

export interface Signer {
  client: Client;
  keyId: string;
  alg: SignatureAlg;
  privateKey: Uint8Array;
}

interface HallLike {
  admin: Client;
  scrutineers: readonly Client[];
}

const signersOf = new WeakMap<object, Signer[]>();

/** A key made "in the browser" of `client`, submitted; registered by `admin` in `role` unless `register` is false. */
export async function makeSigner(client: Client, admin: Client, role: 'chief' | 'member' | null = 'member'): Promise<Signer> {
  const { alg } = (await client.get('/api/signers')).body as { alg: SignatureAlg };
  const { privateKey, publicKey } = newKeyPair(alg);
  const submitted = await client.post('/api/signers', { alg, publicKey });
  if (submitted.status !== 201) throw new Error(`submit key: ${submitted.status} ${submitted.text}`);
  const keyId = submitted.body.key.keyId as string;
  if (role) {
    const r = await admin.post(`/api/signers/${keyId}/register`, { role });
    if (r.status !== 200) throw new Error(`register key: ${r.status} ${r.text}`);
  }
  return { client, keyId, alg, privateKey };
}

/** The hall's scrutineers with registered keys (made once per hall): [0] is the 总监票人. */
export async function hallSigners(hall: HallLike): Promise<Signer[]> {
  let signers = signersOf.get(hall);
  if (!signers) {
    signers = [];
    for (const [i, client] of hall.scrutineers.entries()) signers.push(await makeSigner(client, hall.admin, i === 0 ? 'chief' : 'member'));
    signersOf.set(hall, signers);
  }
  return signers;
}

/** One scrutineer signs the tallied result of `ballotId` (the answer of POST …/certify). */
export async function signResult(signer: Signer, ballotId: string, overHash?: string) {
  const progress = await signer.client.get(`/api/ballots/${ballotId}/certification`);
  const hash = overHash ?? (progress.body.tallyEntry as string);
  const sig = signMessage(signer.alg, signer.privateKey, signingPayload(hash));
  return signer.client.post(`/api/ballots/${ballotId}/certify`, { keyId: signer.keyId, sig });
}

/** Certify as the scrutineers do: the 总监票人 and the other 监票人 sign; the last answer (the ballot certified). */
export async function certifyResult(hall: HallLike, ballotId: string) {
  const signers = await hallSigners(hall);
  let last: Awaited<ReturnType<typeof signResult>> | undefined;
  for (const s of signers) {
    last = await signResult(s, ballotId);
    if (last.status !== 200) return last;
  }
  return last!;
}

type PaperFigures = { perCandidate: Record<string, unknown>; valid: number; invalid: number };

/** The digest a scrutineer's browser signs for paper totals: computed here from the figures, not taken from the server. */
export function paperDigestFor(signer: Signer, ballotId: string, figures: PaperFigures): string {
  return paperTotalsDigest(signer.alg === 'sm2' ? 'sm3' : 'sha256', ballotId, figures);
}

/** A scrutineer enters paper totals, signing their digest (the answer of POST …/paper). */
export async function enterPaper(signer: Signer, ballotId: string, figures: PaperFigures) {
  const sig = signMessage(signer.alg, signer.privateKey, signingPayload(paperDigestFor(signer, ballotId, figures)));
  return signer.client.post(`/api/ballots/${ballotId}/paper`, { ...figures, signature: { keyId: signer.keyId, sig } });
}

/** A second scrutineer confirms paper totals, signing the digest of the figures as listed (the answer of …/confirm). */
export async function confirmPaper(signer: Signer, ballotId: string, paperId: string) {
  const listed = (await signer.client.get(`/api/ballots/${ballotId}/paper`)).body.paper as Array<PaperFigures & { id: string }>;
  const p = listed.find((x) => x.id === paperId);
  if (!p) throw new Error(`paper totals ${paperId} not listed`);
  const sig = signMessage(signer.alg, signer.privateKey, signingPayload(paperDigestFor(signer, ballotId, p)));
  return signer.client.post(`/api/ballots/${ballotId}/paper/${paperId}/confirm`, { signature: { keyId: signer.keyId, sig } });
}
