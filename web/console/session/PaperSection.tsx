// Paper totals of a ballot (open or closed): the totals entered by scrutineers, each confirmed or
// rejected by another scrutineer, and the dialog to enter them.
import { createSignal, For, Show, untrack, type JSX } from 'solid-js';
import { paperTotalsDigest, signingPayload } from '@contract/domain';
import { errorMessage } from '../../app/api';
import { confirmAction } from '../../app/confirm';
import { FormDialog } from '../../app/Dialog';
import { TextField } from '../../app/fields';
import { createFormErrors } from '../../app/form-errors';
import { formatDateTime, t } from '../../app/i18n';
import { createLoader } from '../../app/loader';
import { session } from '../../app/session';
import { toasts } from '../../app/toasts';
import { EVAL_MARK, evaluationChoices } from '../../tablet/evaluation-labels';
import type { BallotState, BallotView } from '../../tablet/hall-types';
import { isEvaluationBallot } from './evaluation';
import { ballotsApi, type PaperTotals } from './hall-api';
import { localKey, signWithLocalKey } from '../signing/key-store';

/**
 * This browser's signature over the digest of paper totals: computed here from the figures the
 * scrutineer entered or sees, never taken from the server.
 */
async function signPaper(ballotId: string, figures: Pick<PaperTotals, 'perCandidate' | 'valid' | 'invalid'>) {
  const accountId = session.state.account!.accountId;
  const key = await localKey(accountId);
  if (!key) throw new Error(t('signing.needKey'));
  const digest = paperTotalsDigest(key.alg === 'sm2' ? 'sm3' : 'sha256', ballotId, figures);
  return { digest, signature: await signWithLocalKey(accountId, signingPayload(digest)) };
}

export function PaperSection(props: { ballot: BallotView; state: BallotState }) {
  const paper = createLoader(
    () => props.ballot.id,
    (id) => ballotsApi.paper(id),
  );
  const [entering, setEntering] = createSignal(false);
  const [error, setError] = createSignal('');
  const me = () => session.state.account?.accountId;
  const reject = async (p: PaperTotals) => {
    setError('');
    try {
      await ballotsApi.rejectPaper(props.ballot.id, p.id);
      toasts.success(t('hall.paper.rejected'));
      await paper.reload();
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  /** The second scrutineer checks the figures, then signs their digest: asks first, as the totals then count. */
  const confirm = (p: PaperTotals) => {
    setError('');
    confirmAction.ask({
      title: t('hall.paper.confirmTitle'),
      message: t('hall.paper.confirmMessage', { valid: p.valid, invalid: p.invalid, digest: p.digest }),
      confirmLabel: t('hall.paper.confirmSign'),
      run: async () => {
        const { signature } = await signPaper(props.ballot.id, p);
        await ballotsApi.confirmPaper(props.ballot.id, p.id, signature);
        toasts.success(t('hall.paper.confirmed'));
        await paper.reload();
      },
    });
  };
  const title = (id: string) => props.ballot.candidates.find((c) => c.id === id)?.title ?? id;
  return (
    <section class="card" aria-labelledby="ses-paper-title">
      <h2 class="card-title" id="ses-paper-title">
        {t('hall.paper.title')}
      </h2>
      <p class="muted">{t('hall.paper.help')}</p>
      <Show when={error()}>
        <p class="form-message" role="alert">
          {error()}
        </p>
      </Show>
      <Show when={(paper.data() ?? []).length > 0} fallback={<p class="muted">{paper.loading() ? t('common.loading') : t('hall.paper.none')}</p>}>
        <ul class="ses-paper-list">
          <For each={paper.data()}>
            {(p) => (
              <li class="ses-paper">
                <p>
                  <strong>{t(`hall.paper.status.${p.status}`)}</strong>
                  {' · '}
                  {t('hall.paper.validInvalid', { valid: p.valid, invalid: p.invalid })}
                  {' · '}
                  <span class="muted">{formatDateTime(p.enteredAt)}</span>
                </p>
                <p class="small">
                  <For each={Object.entries(p.perCandidate)}>
                    {([id, c]) => (
                      <span class="ses-paper-cand">
                        {title(id)}：
                        {isEvaluationBallot(props.ballot)
                          ? t('eval.paper.counts', { s: c.satisfied ?? 0, b: c.basically_satisfied ?? 0, u: c.unsatisfied ?? 0, a: c.abstain ?? 0 })
                          : t('hall.paper.counts', { for: c.for ?? 0, against: c.against ?? 0, abstain: c.abstain ?? 0 })}
                      </span>
                    )}
                  </For>
                </p>
                <Show when={session.may('paperTotals.decide') && p.status === 'pending'}>
                  <Show when={p.enteredBy !== me()} fallback={<p class="muted small">{t('hall.paper.waitOther')}</p>}>
                    <div class="form-actions">
                      <button type="button" class="btn btn-primary btn-small" onClick={() => confirm(p)}>
                        {t('hall.paper.confirm')}
                      </button>
                      <button type="button" class="btn btn-small btn-danger-quiet" onClick={() => void reject(p)}>
                        {t('hall.paper.reject')}
                      </button>
                    </div>
                  </Show>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={session.may('paperTotals.enter')}>
        <div class="form-actions">
          <button type="button" class="btn" onClick={() => setEntering(true)}>
            {t('hall.paper.enter')}
          </button>
        </div>
      </Show>
      <Show when={entering()}>
        <PaperDialog
          ballot={props.ballot}
          onClose={() => setEntering(false)}
          onSaved={() => {
            setEntering(false);
            toasts.success(t('hall.paper.entered'));
            void paper.reload();
          }}
        />
      </Show>
    </section>
  );
}

function PaperDialog(props: { ballot: BallotView; onClose: () => void; onSaved: () => void }) {
  const choose = untrack(() => props.ballot.rules.form === 'choose-up-to');
  const evaluation = untrack(() => isEvaluationBallot(props.ballot));
  const [vals, setVals] = createSignal<Record<string, string>>({ valid: '0', invalid: '0' });
  const [busy, setBusy] = createSignal(false);
  const errors = createFormErrors(['valid', 'invalid'], vals);
  const v = (k: string) => vals()[k] ?? '0';
  const set = (k: string, x: string) => setVals((o) => ({ ...o, [k]: x }));
  const n = (k: string) => Number(v(k).trim() || '0');
  const save = async () => {
    const all = Object.keys(vals());
    if (all.some((k) => !/^\d*$/.test(v(k).trim()))) {
      errors.check({ valid: 'hall.ballots.needNumber' });
      return;
    }
    setBusy(true);
    try {
      const perCandidate = Object.fromEntries(
        props.ballot.candidates.map((c) => [
          c.id,
          evaluation
            ? Object.fromEntries(evaluationChoices(true).map((k) => [k, n(`${c.id}.${k}`)]))
            : { for: n(`${c.id}.for`), against: choose ? 0 : n(`${c.id}.against`), abstain: n(`${c.id}.abstain`) },
        ]),
      );
      const figures = { perCandidate, valid: n('valid'), invalid: n('invalid') };
      const { signature } = await signPaper(props.ballot.id, figures);
      await ballotsApi.enterPaper(props.ballot.id, { ...figures, signature });
      props.onSaved();
    } catch (err) {
      errors.capture(err);
    } finally {
      setBusy(false);
    }
  };
  const cell = (k: string, label: string): JSX.Element => <TextField label={label} value={v(k)} onInput={(x) => set(k, x)} inputMode="numeric" />;
  return (
    <FormDialog
      open
      title={t('hall.paper.enter')}
      submitLabel={t('hall.paper.save')}
      busy={busy()}
      message={errors.general()}
      onSubmit={save}
      onClose={props.onClose}
    >
      <p class="muted small">{t('hall.paper.signNote')}</p>
      <div class="field-row">
        <TextField
          label={t('hall.count.valid')}
          value={v('valid')}
          onInput={(x) => set('valid', x)}
          inputMode="numeric"
          error={errors.field('valid')}
        />
        <TextField
          label={t('hall.count.invalid')}
          value={v('invalid')}
          onInput={(x) => set('invalid', x)}
          inputMode="numeric"
          error={errors.field('invalid')}
        />
      </div>
      <For each={props.ballot.candidates}>
        {(c) => (
          <fieldset class="fieldset">
            <legend class="fieldset-legend">
              {c.position}. {c.title}
            </legend>
            <Show
              when={evaluation}
              fallback={
                <div class="field-row">
                  {cell(`${c.id}.for`, t('hall.choice.for'))}
                  <Show when={!choose}>{cell(`${c.id}.against`, t('hall.choice.against'))}</Show>
                  {cell(`${c.id}.abstain`, t('hall.choice.abstain'))}
                </div>
              }
            >
              <div class="field-row">
                <For each={evaluationChoices(props.ballot.rules.allowAbstain)}>
                  {(k) => cell(`${c.id}.${k}`, `${EVAL_MARK[k]} ${t(`eval.choice.${k}`)}`)}
                </For>
              </div>
            </Show>
          </fieldset>
        )}
      </For>
    </FormDialog>
  );
}
