// QR ballot cards. The plaintext tokens leave the server once, in the print document; the
// database keeps only their SHA-256. Secret mode stores the hashes shuffled, with no deputy.
import { randomBytes, randomInt } from 'node:crypto';
import { networkInterfaces } from 'node:os';
import QRCode from 'qrcode';
import type { Tx } from '../../db/client';
import { appendEntry } from '../core/ledger/ledger.repository';
import { findDeputy } from '../core/roster/roster.repository';
import { conflict, notFound, ruleViolation } from '../core/errors';
import type { Actor, Deps } from '../core/context';
import { checkCardOrigin, lanOrigins } from './domain/card-origin';
import { encodeToken, groupToken, normalizeToken, tokenHash, TOKEN_RANDOM_BYTES } from './domain/card-token';
import { findBallotAnyCongress, listCandidates, lockBallot, lockLedgerHead, updateBallot, type BallotRow } from './ballots.repository';
import { countLiveCards, findCardByHash, findUsedCardOf, insertCards, voidUnusedCards } from './cards.repository';
import { presentDeputies } from './sittings.repository';
import type { StoredRules } from './ballots.service';
import { ballotNotFound, electorateOf } from './ballots.service';
import { assertTabletAttemptsLeft, cardLimits, refuseCard, type CardCaller } from './cast.service';
import { publishBallot } from './live';
import type { PdfCard } from './cards-pdf';

export interface PrintedCard {
  name: string;
  delegation: string;
  seatNo: string;
  /** Grouped for reading aloud or typing: "7K2M-Q9XD-…". */
  code: string;
  url: string;
  qrSvg: string;
}

const newToken = () => encodeToken(randomBytes(TOKEN_RANDOM_BYTES));

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** What a card's QR code holds: the phone ballot page, the token after # (never sent to a server log). */
export const cardUrl = (origin: string, token: string) => `${origin}/v#${token}`;

async function printable(origin: string, token: string, who: { name: string; delegationName: string; seatNo: string }): Promise<PrintedCard> {
  const url = cardUrl(origin, token);
  return {
    name: who.name,
    delegation: who.delegationName,
    seatNo: who.seatNo,
    code: groupToken(token),
    url,
    qrSvg: await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 }),
  };
}

async function lockedBallot(tx: Tx, actor: Actor, id: string): Promise<BallotRow> {
  const ballot = await lockBallot(tx, id);
  if (!ballot || ballot.congressId !== actor.congressId) throw ballotNotFound();
  await lockLedgerHead(tx, ballot.ledgerId);
  return ballot;
}

/**
 * Issues one card per present deputy. Issuing again voids every unused card first; once a
 * ballot has been cast, a full reprint could hand a second card to someone who has voted, so
 * only single cards can be issued then. The plaintext tokens are returned to the caller, who
 * prints them (JSON for the print page, or the PDF) and keeps nothing.
 */
async function issueAllCards(deps: Deps, actor: Actor, ballotId: string) {
  const tokens: Array<{ token: string; who: { name: string; delegationName: string; seatNo: string } }> = [];
  const ballot = await deps.db.transaction(async (tx) => {
    const b = await lockedBallot(tx, actor, ballotId);
    if (b.state !== 'draft' && b.state !== 'open') throw conflict({ zh: '投票已截止，不能再印制表决卡', en: 'The ballot is closed to new cards' });
    if (b.castCount > 0)
      throw ruleViolation({
        zh: '已有代表投票，不能整批重印；请为个别代表补发表决卡',
        en: 'Ballots have been cast: issue single cards instead of reprinting',
      });
    const now = deps.clock();
    const voided = await voidUnusedCards(tx, ballotId);
    if (voided > 0) await appendEntry(tx, b.ledgerId, 'credentials.voided', { count: voided, reason: 'reprint' }, now);
    const present = await presentDeputies(tx, actor.congressId, b.sittingId, electorateOf(b.rules as StoredRules));
    if (present.length === 0) throw ruleViolation({ zh: '尚无代表签到，无法印制表决卡', en: 'No deputy is marked present' });
    const recorded = (b.rules as StoredRules).secrecy === 'recorded';
    const rows = present.map((d) => {
      const token = newToken();
      tokens.push({ token, who: d });
      return { ballotId, tokenHash: tokenHash(token), deputyId: recorded ? d.id : null };
    });
    // Secret mode: one batch in random order, so row order says nothing about who got which card.
    await insertCards(tx, recorded ? rows : shuffle(rows));
    const cardsIssued = await countLiveCards(tx, ballotId);
    await appendEntry(
      tx,
      b.ledgerId,
      'credentials.issued',
      {
        count: rows.length,
        cardsIssued,
        ...(recorded ? { deputyIds: present.map((d) => d.id) } : {}),
      },
      now,
    );
    return updateBallot(tx, ballotId, { cardsIssued });
  });
  await publishBallot(deps, ballotId);
  return { ballot: { id: ballot.id, title: ballot.title, secrecy: (ballot.rules as StoredRules).secrecy }, tokens };
}

/** Prints one card per present deputy (see issueAllCards) as data for the browser's print page. */
export async function printCards(deps: Deps, actor: Actor, ballotId: string, origin: string) {
  const { ballot, tokens } = await issueAllCards(deps, actor, ballotId);
  const cards = await Promise.all(tokens.map((t) => printable(origin, t.token, t.who)));
  return { ballot, cards };
}

/** The same issue, for the server-made PDF (cards-pdf.ts): no SVG, the PDF draws the QR itself. */
export async function printCardsForPdf(deps: Deps, actor: Actor, ballotId: string, origin: string) {
  const { ballot, tokens } = await issueAllCards(deps, actor, ballotId);
  const cards: PdfCard[] = tokens.map(({ token, who }) => ({
    name: who.name,
    delegation: who.delegationName,
    seatNo: who.seatNo,
    code: groupToken(token),
    url: cardUrl(origin, token),
  }));
  return { ballot, cards };
}

/**
 * The address the QR codes carry and whether phones can open it; the LAN addresses of this machine
 * (on the port the console reached) are the likely right values for PUBLIC_ORIGIN.
 */
export function cardOrigin(deps: Deps, origin: string, protocol: string, port: number) {
  return checkCardOrigin(origin, deps.env.PUBLIC_ORIGIN, lanOrigins(networkInterfaces(), port, protocol));
}

/**
 * One more card, for a lost card or a latecomer. Recorded mode voids that deputy's unused card
 * first; secret mode cannot know which card was lost, so it issues one more and says so publicly.
 */
export async function issueCard(deps: Deps, actor: Actor, ballotId: string, deputyId: string, origin: string) {
  let token = '';
  let who = { name: '', delegationName: '', seatNo: '' };
  const ballot = await deps.db.transaction(async (tx) => {
    const b = await lockedBallot(tx, actor, ballotId);
    if (b.state !== 'draft' && b.state !== 'open') throw conflict({ zh: '投票已截止，不能再发表决卡', en: 'The ballot is closed to new cards' });
    const deputy = await findDeputy(tx, actor.congressId, deputyId);
    if (!deputy || deputy.status !== 'active') throw notFound({ zh: '未找到该代表', en: 'Deputy not found' });
    const present = (await presentDeputies(tx, actor.congressId, b.sittingId, electorateOf(b.rules as StoredRules))).find((d) => d.id === deputyId);
    if (!present) throw ruleViolation({ zh: `${deputy.name}尚未签到`, en: `${deputy.name} is not marked present` });
    who = present;
    const now = deps.clock();
    const recorded = (b.rules as StoredRules).secrecy === 'recorded';
    token = newToken();
    if (recorded) {
      if (await findUsedCardOf(tx, ballotId, deputyId)) throw conflict({ zh: `${deputy.name}已经投票`, en: `${deputy.name} has already voted` });
      const voided = await voidUnusedCards(tx, ballotId, deputyId);
      if (voided) await appendEntry(tx, b.ledgerId, 'credential.voided', { deputyId, count: voided }, now);
      await insertCards(tx, [{ ballotId, tokenHash: tokenHash(token), deputyId }]);
    } else {
      await insertCards(tx, [{ ballotId, tokenHash: tokenHash(token), deputyId: null }]);
    }
    const cardsIssued = await countLiveCards(tx, ballotId);
    await appendEntry(
      tx,
      b.ledgerId,
      recorded ? 'credential.issued' : 'credential.reissued',
      {
        cardsIssued,
        ...(recorded ? { deputyId } : {}),
      },
      now,
    );
    return updateBallot(tx, ballotId, { cardsIssued });
  });
  await publishBallot(deps, ballotId);
  return { ballot: { id: ballot.id, title: ballot.title }, card: await printable(origin, token, who) };
}

/**
 * What a tablet or phone shows after a card is scanned. Unknown and void cards look the same.
 * Rate limited like casting (cast.service.ts): misses are counted per address and per tablet, a
 * tablet over its limit gets 429 for any token, and unknown and used cards cost the same work.
 */
export async function lookupCard(deps: Deps, rawToken: string, caller: CardCaller = { ip: 'unknown' }) {
  const limits = cardLimits(caller);
  await assertTabletAttemptsLeft(deps, limits);
  const token = normalizeToken(rawToken);
  const card = await findCardByHash(deps.db, tokenHash(token ?? `malformed:${rawToken}`));
  if (!card || card.status === 'void') return refuseCard(deps, limits, false);
  if (card.status === 'used') return refuseCard(deps, limits, true);
  const ballot = await findBallotAnyCongress(deps.db, card.ballotId);
  if (!ballot) throw notFound({ zh: '无效的表决卡', en: 'This ballot card is not valid' });
  const rules = ballot.rules as StoredRules;
  const candidates = await listCandidates(deps.db, ballot.id);
  return {
    ballot: {
      id: ballot.id,
      title: ballot.title,
      state: ballot.state,
      form: rules.form,
      seats: rules.seats,
      maxFor: rules.maxFor,
      // A satisfaction evaluation offers 弃权 only when its rules allow it.
      allowAbstain: rules.allowAbstain === true,
      candidates: candidates.map((c) => ({
        id: c.candidateId,
        position: c.position,
        title: c.title,
        departmentName: c.departmentName,
        estimateYuan: c.estimateYuan,
        summary: c.summary,
        materials: c.materials,
      })),
    },
  };
}
