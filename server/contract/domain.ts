// The server's pure domain code the web shares (no I/O, no database): money, dates, ballot rules,
// card and receipt codes, the ledger's hash chain. Web code imports it as `@contract/domain` and
// from nowhere else in server/, so a move inside the server changes this file only.
export { formatWan, formatYuan, parseWan, sumYuan, type WanParse } from '../core/domain/money';
export { hashEntry } from '../core/domain/ledger-chain';
export { hashHex, type HashAlg } from '../core/domain/ledger-hash';
export {
  fingerprintOf,
  fromBase64,
  keyIdOf,
  newKeyPair,
  publicKeyOf,
  signMessage,
  signingPayload,
  spkiOf,
  toBase64,
  type SignatureAlg,
} from '../core/domain/signatures';
export { chinaDate } from '../core/domain/china-date';
export { OUTCOME_FROM } from '../phase1-solicitation/domain/screening';
export { DEFAULT_QUORUM, openProblems } from '../phase2-balloting/domain/ballot-lifecycle';
export { validateRules, type BallotForm, type Choice } from '../phase2-balloting/domain/ballot-rules';
export { offeredChoices } from '../phase2-balloting/domain/ballot-forms';
export { normalizeToken } from '../phase2-balloting/domain/card-token';
export { normalizeReceiptCode, shortReceipt } from '../phase2-balloting/domain/sealed-casts';
export type { EvaluationTalliedData, TalliedData } from '../phase2-balloting/domain/recount';
export { daysBetween } from '../phase3-implementation/domain/reporting-periods';
export type { EvaluationChoice, Grade, ProjectGrade } from '../phase2-balloting/domain/grading';
