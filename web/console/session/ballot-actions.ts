// What the ballot page's buttons do: check the rules and the quorum, print the cards, open, tally,
// certify, add a runoff, switch the hall screens. Each action runs one at a time (`busy` names it),
// reads the ballot again when it is done, and leaves its error in `actionError`.
import type { useNavigate } from '@solidjs/router';
import { createSignal } from 'solid-js';
import { errorMessage } from '../../app/api';
import { confirmAction } from '../../app/confirm';
import { lang, t } from '../../app/i18n';
import { toasts } from '../../app/toasts';
import { DEFAULT_QUORUM, openProblems } from '@contract/domain';
import { validateRules } from '@contract/domain';
import type { BallotSnapshot, BallotView, ScreenMode } from '../../tablet/hall-types';
import { isEvaluationBallot } from './evaluation';
import { ballotsApi, sittingsApi } from './hall-api';
import { printStore } from './print-store';
import { session } from '../../app/session';
import { signingPayload } from '@contract/domain';
import { localKey, signWithLocalKey } from '../signing/key-store';

export function createBallotActions(opts: {
  id: () => string;
  ballot: { data: () => BallotView | undefined; reload: () => Promise<void> };
  snap: () => BallotSnapshot | null;
  navigate: ReturnType<typeof useNavigate>;
}) {
  const { ballot, snap, navigate } = opts;
  const b = () => ballot.data();
  const [actionError, setActionError] = createSignal('');
  const [checks, setChecks] = createSignal<{ ok: boolean; lines: string[] } | null>(null);
  const [busy, setBusy] = createSignal('');

  const run = async (name: string, fn: () => Promise<unknown>, done?: string) => {
    setBusy(name);
    setActionError('');
    try {
      await fn();
      if (done) toasts.success(done);
      await ballot.reload();
    } catch (err) {
      setActionError(errorMessage(err));
    } finally {
      setBusy('');
    }
  };

  const check = async () => {
    const x = b();
    if (!x) return;
    setActionError('');
    try {
      const s = await sittingsApi.summary(x.sittingId);
      setChecks(readiness(x, s, snap()?.cardsIssued ?? x.cardsIssued));
    } catch (err) {
      setActionError(errorMessage(err));
    }
  };

  const print = () => {
    const x = b();
    if (!x) return;
    const go = async () => {
      const doc = await ballotsApi.print(x.id);
      printStore.set(doc);
      navigate('/print/cards');
    };
    if ((snap()?.cardsIssued ?? x.cardsIssued) > 0) {
      confirmAction.ask({
        title: t('hall.cards.reprintTitle'),
        message: t('hall.cards.reprintMessage'),
        confirmLabel: t('hall.cards.reprint'),
        danger: true,
        run: go,
      });
    } else {
      void run('print', go);
    }
  };

  // Opening freezes the rules: the question says which rules, and the hall's numbers, first.
  const open = async () => {
    const x = b();
    if (!x) return;
    setActionError('');
    let s;
    try {
      s = await sittingsApi.summary(x.sittingId);
    } catch (err) {
      setActionError(errorMessage(err));
      return;
    }
    confirmAction.ask({
      title: t('ask.open.title'),
      message: t('ask.open.message', {
        rules: rulesInWords(x),
        roster: s.rosterCount,
        present: s.presentCount,
        needed: s.quorumNeeded,
        cards: snap()?.cardsIssued ?? x.cardsIssued,
      }),
      confirmLabel: t('hall.control.open'),
      danger: true,
      run: async () => {
        await ballotsApi.open(opts.id());
        toasts.success(t('hall.control.opened'));
        await ballot.reload();
      },
    });
  };
  const cast = () => snap()?.castCount ?? b()?.castCount ?? 0;
  const tally = () =>
    confirmAction.ask({
      title: t('hall.control.tallyTitle'),
      message: `${t('hall.control.tallyMessage')}${t('ask.tally.numbers', { cast: cast() })}`,
      confirmLabel: t('hall.control.tally'),
      run: async () => {
        await ballotsApi.tally(opts.id());
        toasts.success(t('hall.control.tallied'));
        await ballot.reload();
      },
    });
  // Bumped after each signature so the controls re-read who has signed.
  const [signatures, setSignatures] = createSignal(0);
  /** The scrutineer signs the tally entry's hash with this browser's key; certified once enough have. */
  const certify = async () => {
    const accountId = session.state.account!.accountId;
    setActionError('');
    if (!(await localKey(accountId))) return setActionError(t('signing.needKey'));
    const { tallyEntry, rule } = await ballotsApi.certification(opts.id());
    if (!tallyEntry || !rule) return;
    confirmAction.ask({
      title: t('signing.signTitle'),
      message: `${t('ask.certify.numbers', { cast: cast(), present: snap()?.presentCount ?? '—', roster: snap()?.rosterCount ?? '—' })}${t('signing.signMessage', { hash: tallyEntry, chief: rule.chief, total: rule.total })}`,
      danger: true,
      confirmLabel: t('signing.sign'),
      run: async () => {
        const signature = await signWithLocalKey(accountId, signingPayload(tallyEntry));
        const after = await ballotsApi.certify(opts.id(), signature);
        toasts.success(after.state === 'certified' ? t('hall.control.certified') : t('signing.signed'));
        setSignatures((n) => n + 1);
        await ballot.reload();
      },
    });
  };
  const runoff = () =>
    confirmAction.ask({
      title: t('hall.control.runoffTitle'),
      message: t('hall.control.runoffMessage'),
      confirmLabel: t('hall.control.runoff'),
      run: async () => {
        const r = await ballotsApi.runoff(opts.id());
        toasts.success(t('hall.ballots.added', { title: r.title }));
        navigate(`/console/session/ballots/${r.id}`);
      },
    });
  const setMode = (mode: ScreenMode) => void run(`mode-${mode}`, () => ballotsApi.screen(opts.id(), mode));

  return { actionError, checks, busy, check, print, open, tally, certify, signatures, runoff, setMode };
}

export type BallotActions = ReturnType<typeof createBallotActions>;

type SittingSummary = Awaited<ReturnType<typeof sittingsApi.summary>>;

/** Whether the ballot may open now (its rules, the quorum, the cards), as the lines the check shows. */
function readiness(x: BallotView, s: SittingSummary, cards: number): { ok: boolean; lines: string[] } {
  const problems = openProblems({
    state: x.state,
    roster: s.rosterCount,
    present: s.presentCount,
    quorum: x.rules.quorum ?? DEFAULT_QUORUM,
    // An evaluation's rules have no seats; they were checked when it was created.
    candidateCount: x.candidates.length,
    ruleErrors: isEvaluationBallot(x) ? [] : validateRules(x.rules as Parameters<typeof validateRules>[0], x.candidates.length),
  });
  const lines = problems.map((p) => (lang() === 'zh' ? p.zh : p.en));
  const notes = [t('hall.check.counts', { roster: s.rosterCount, present: s.presentCount, needed: s.quorumNeeded })];
  if (cards === 0) lines.push(t('hall.check.noCards'));
  else if (cards < s.presentCount) notes.push(t('hall.check.fewCards', { cards, present: s.presentCount }));
  return { ok: lines.length === 0, lines: lines.length ? [...lines, ...notes] : [t('hall.check.ok'), ...notes] };
}

/** The rules the opening question names, for it freezes them. */
function rulesInWords(x: BallotView): string {
  return isEvaluationBallot(x)
    ? t('ask.open.rulesEvaluation', { candidates: x.candidates.length })
    : t('ask.open.rules', {
        candidates: x.candidates.length,
        seats: (x.rules as { seats?: number }).seats ?? '—',
        maxFor: (x.rules as { maxFor?: number }).maxFor ?? '—',
      });
}
