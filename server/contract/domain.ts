// The server's pure domain code the web shares (no I/O, no database): money, dates, ballot rules,
// card and receipt codes, the ledger's hash chain. Web code imports it as `@contract/domain` and
// from nowhere else in server/, so a move inside the server changes this file only.
export { formatWan, formatYuan, parseWan, sumYuan, type WanParse } from '../core/domain/money';
export { hashEntry, verifyExport, type ExportVerification } from '../core/domain/ledger-chain';
export { defaultCheckers } from '../phase2-balloting/domain/recount';
export { paperTotalsDigest, signatureChecker, type SignedReport } from '../phase2-balloting/domain/certification';
export { readKeyRegister } from '../core/domain/key-register';
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
export { ACCOUNT_BINDING, can, ROLES, scopeOf, type Permission, type Role } from '../core/access/permissions';
export {
  OUTCOME_FROM,
  PROPOSAL_CHANNELS,
  PROPOSAL_STATUSES,
  SCREENING_ASPECTS,
  SCREENING_OUTCOMES,
  SUGGESTION_CHANNELS,
  SUGGESTION_STATUSES,
} from '../phase1-solicitation/domain/screening';
export { FUNDING_SOURCES } from '../phase1-solicitation/domain/proposal-rules';
export { PHASES } from '../cycle/domain/cycle-phase';
export { DEFAULT_QUORUM, openProblems } from '../phase2-balloting/domain/ballot-lifecycle';
export { CERTIFICATION_TOTAL_MAX, certificationRuleProblems } from '../phase2-balloting/domain/certification-rule';
export { validateRules, type BallotForm, type Choice } from '../phase2-balloting/domain/ballot-rules';
export { offeredChoices } from '../phase2-balloting/domain/ballot-forms';
export { normalizeToken } from '../phase2-balloting/domain/card-token';
export { isLoopbackOrigin, normalOrigin } from '../phase2-balloting/domain/card-origin';
export { normalizeReceiptCode, shortReceipt } from '../phase2-balloting/domain/sealed-casts';
export type { EvaluationTalliedData, TalliedData } from '../phase2-balloting/domain/recount';
export { daysBetween } from '../phase3-implementation/domain/reporting-periods';
export type { EvaluationChoice, Grade, ProjectGrade } from '../phase2-balloting/domain/grading';
export { competitionRanks, type Rank } from '../phase2-balloting/domain/ranking';
export { RESULT_WORDS, STATUS_WORD, rankWord, type ResultWord } from '../phase2-balloting/domain/result-words';
export { isPublicCode, normalizePublicCode } from '../core/domain/public-code';
