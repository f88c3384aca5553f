// 初定: the shortlisted proposals in the order they will stand on the ballot. The secretariat moves
// them up and down (buttons, or drag with a mouse), saves the order, sees the margin check against
// the seats M, and fixes (locks) the list — or unlocks it again with a reason.
import { useParams } from '@solidjs/router';
import { createEffect, createMemo, createSignal, For, Show } from 'solid-js';
import { errorMessage } from '../../app/api';
import { FormDialog } from '../../app/Dialog';
import { TextAreaField } from '../../app/fields';
import { t } from '../../app/i18n';
import { Page } from '../../app/Page';
import { session } from '../../app/session';
import { toasts } from '../../app/toasts';
import { candidateListApi, createCandidateList, moved } from '../../solicitation/candidate-list';
import { When } from '../../solicitation/labels';
import { sumYuan, wan } from '../../solicitation/money';
import { createProblemErrors, problemsOf, problemText } from '../../solicitation/problems';
import type { CandidateList, Problem } from '../../solicitation/types';
import { CandidateOrderList } from './CandidateOrderList';
import { CycleTabs } from './CycleTabs';
import { MarginCheck } from './MarginCheck';

type Candidate = CandidateList['candidates'][number];

function UnlockDialog(props: { cycleId: string; onClose: () => void; onDone: (l: CandidateList) => void }) {
  const [reason, setReason] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const errors = createProblemErrors(['reason'], () => ({ reason: reason() }));
  const submit = async () => {
    if (!errors.local(() => ({ reason: reason().trim() ? null : t('sol.list.unlockReasonRequired') }))) return;
    setBusy(true);
    try {
      props.onDone(await candidateListApi.unlock(props.cycleId, reason().trim()));
    } catch (err) {
      errors.capture(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <FormDialog
      open
      title={t('sol.list.unlockTitle')}
      submitLabel={t('sol.list.unlock')}
      danger
      busy={busy()}
      message={errors.general()}
      onSubmit={submit}
      onClose={props.onClose}
    >
      <p class="dialog-text">{t('sol.list.unlockMessage')}</p>
      <TextAreaField
        label={t('sol.list.unlockReason')}
        hint={t('sol.list.unlockReasonHint')}
        rows={3}
        maxLength={500}
        value={reason()}
        onInput={setReason}
        error={errors.field('reason')}
      />
    </FormDialog>
  );
}

export function CandidateListPage() {
  const params = useParams<{ id: string }>();
  const list = createCandidateList(() => params.id);
  // The order on screen; saved with "Save order" (each save is one ledger entry).
  const [order, setOrder] = createSignal<Candidate[]>([]);
  createEffect(() => {
    const l = list.data();
    if (l) setOrder(l.candidates);
  });
  const dirty = createMemo(
    () =>
      order()
        .map((c) => c.id)
        .join() !== (list.data()?.candidates ?? []).map((c) => c.id).join(),
  );
  const [busy, setBusy] = createSignal<'' | 'order' | 'fix'>('');
  const [refused, setRefused] = createSignal<{ problems: Problem[]; message: string } | null>(null);
  const [unlocking, setUnlocking] = createSignal(false);
  const [announce, setAnnounce] = createSignal('');
  const fixed = () => !!list.data()?.fixed;
  const editable = () =>
    session.canEdit() && !fixed() && list.data()?.cycle.phase !== undefined && ['solicitation', 'screening'].includes(list.data()!.cycle.phase);
  const total = () => sumYuan(order().map((c) => c.estimateYuan ?? 0));
  const need = () => list.data()?.minimumCandidates ?? (list.data()?.seats ?? 0) + (list.data()?.minMargin ?? 0);

  const move = (from: number, to: number) => {
    const next = moved(order(), from, to);
    setOrder(next);
    const c = next[to];
    if (c) setAnnounce(t('sol.list.movedTo', { title: c.title, n: to + 1 }));
  };

  const saveOrder = async () => {
    setBusy('order');
    setRefused(null);
    try {
      await candidateListApi.order(
        params.id,
        order().map((c) => c.id),
      );
      await list.reload();
      toasts.success(t('sol.list.orderSaved'));
      return true;
    } catch (err) {
      setRefused({ problems: problemsOf(err), message: errorMessage(err) });
      return false;
    } finally {
      setBusy('');
    }
  };

  const fix = async () => {
    setRefused(null);
    if (dirty() && !(await saveOrder())) return;
    setBusy('fix');
    try {
      await candidateListApi.fix(params.id);
      await list.reload();
      toasts.success(t('sol.list.fixedDone'));
    } catch (err) {
      setRefused({ problems: problemsOf(err), message: errorMessage(err) });
    } finally {
      setBusy('');
    }
  };

  return (
    <Page title={list.data() ? t('sol.list.title', { cycle: list.data()!.cycle.title }) : t('sol.tabs.list')}>
      <CycleTabs cycleId={params.id} />
      <Show when={list.error()}>
        <p class="form-message" role="alert">
          {list.error()}
        </p>
      </Show>
      <Show
        when={list.data()}
        fallback={
          <Show when={!list.error()}>
            <p class="muted">{t('common.loading')}</p>
          </Show>
        }
      >
        {(l) => (
          <>
            <Show when={fixed()}>
              <FixedNotice
                fixedAt={l().fixedAt}
                canUnlock={session.canEdit() && l().cycle.phase === 'screening'}
                onUnlock={() => setUnlocking(true)}
              />
            </Show>

            <Show when={session.canEdit() || fixed()}>
              <MarginCheck count={order().length} seats={l().seats} minMargin={l().minMargin} need={need()} />
            </Show>

            <Show when={refused()}>{(r) => <Refusal refusal={r()} />}</Show>

            <Show when={!session.canEdit() && !fixed()}>
              <p class="notice">{t('sol.list.notFixedReader')}</p>
            </Show>

            <Show
              when={order().length}
              fallback={
                <Show when={session.canEdit()}>
                  <p class="card muted">{t('sol.list.empty')}</p>
                </Show>
              }
            >
              <p class="sr-only" aria-live="polite">
                {announce()}
              </p>
              <Show when={editable()}>
                <p class="field-hint">{t('sol.list.orderHint')}</p>
              </Show>
              <CandidateOrderList order={order()} editable={editable()} move={move} />
              <p class="list-total muted">{t('sol.list.total', { n: order().length, total: wan(total()) })}</p>
            </Show>

            <Show when={editable()}>
              <ListActions
                dirty={dirty()}
                busy={busy()}
                phase={l().cycle.phase}
                onSave={() => void saveOrder()}
                onUndo={() => setOrder(l().candidates)}
                onFix={() => void fix()}
              />
            </Show>
          </>
        )}
      </Show>
      <Show when={unlocking()}>
        <UnlockDialog
          cycleId={params.id}
          onClose={() => setUnlocking(false)}
          onDone={() => {
            setUnlocking(false);
            toasts.success(t('sol.list.unlocked'));
            void list.reload();
          }}
        />
      </Show>
    </Page>
  );
}

/** The list is fixed: since when, and (in screening, for the secretariat) the way to unlock it. */
function FixedNotice(props: { fixedAt: string | null; canUnlock: boolean; onUnlock: () => void }) {
  return (
    <div class="card card-ok list-state">
      <div>
        <h2 class="card-title">{t('sol.list.fixedTitle')}</h2>
        <p>
          {t('sol.list.fixedAt')} <When at={props.fixedAt} /> · {t('sol.list.fixedNote')}
        </p>
      </div>
      <Show when={props.canUnlock}>
        <button type="button" class="btn btn-danger-quiet" onClick={() => props.onUnlock()}>
          {t('sol.list.unlock')}
        </button>
      </Show>
    </div>
  );
}

/** Why the server refused to save the order or fix the list: each broken rule, or its message. */
function Refusal(props: { refusal: { problems: Problem[]; message: string } }) {
  return (
    <div class="card card-error" role="alert">
      <h2 class="card-title">{t('sol.list.refused')}</h2>
      <Show when={props.refusal.problems.length} fallback={<p>{props.refusal.message}</p>}>
        <ul class="problem-list">
          <For each={props.refusal.problems}>{(p) => <li>{problemText(p)}</li>}</For>
        </ul>
      </Show>
    </div>
  );
}

/** Save the order (or undo the unsaved moves) and fix the list; fixing needs the screening phase. */
function ListActions(props: {
  dirty: boolean;
  busy: '' | 'order' | 'fix';
  phase: string;
  onSave: () => void;
  onUndo: () => void;
  onFix: () => void;
}) {
  return (
    <>
      <div class="form-actions list-actions">
        <button type="button" class="btn" disabled={!props.dirty || !!props.busy} onClick={() => props.onSave()}>
          {props.busy === 'order' ? t('common.saving') : t('sol.list.saveOrder')}
        </button>
        <Show when={props.dirty}>
          <button type="button" class="btn btn-quiet" onClick={() => props.onUndo()}>
            {t('sol.list.undo')}
          </button>
          <span class="text-warn small">{t('sol.list.unsaved')}</span>
        </Show>
        <button type="button" class="btn btn-primary" disabled={!!props.busy} onClick={() => props.onFix()}>
          {props.busy === 'fix' ? t('common.saving') : t('sol.list.fix')}
        </button>
      </div>
      <Show when={props.phase !== 'screening'}>
        <p class="field-hint">{t('sol.list.fixNeedsScreening')}</p>
      </Show>
    </>
  );
}
