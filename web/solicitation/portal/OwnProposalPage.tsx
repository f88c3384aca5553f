// One proposal as its proposer (or a co-proposer, or the responsible department) sees it: where it
// stands, the secretariat's feedback, what can be done now, and the full materials.
import { A, useNavigate, useParams } from '@solidjs/router';
import { createSignal, For, Match, Show, Switch } from 'solid-js';
import { confirmAction } from '../../app/confirm';
import { t } from '../../app/i18n';
import { Page } from '../../app/Page';
import { toasts } from '../../app/toasts';
import { StatusBadge, When } from '../labels';
import { ProposalMaterials } from '../ProposalMaterials';
import { createProposal, proposalsApi } from '../proposals';
import { problemsOf, problemText } from '../problems';
import { errorMessage } from '../../app/api';
import type { Problem, Proposal } from '../types';
import { portalBase } from './portal';

export function StatusPanel(props: { proposal: Proposal }) {
  const p = () => props.proposal;
  return (
    <div
      class="card status-panel"
      classList={{
        'card-ok': p().status === 'shortlisted',
        'card-error': p().status === 'rejected',
        'card-warn': p().status === 'returned',
      }}
    >
      <h2 class="card-title">
        {t('sol.own.statusTitle')} <StatusBadge status={p().status} />
      </h2>
      <Switch>
        <Match when={p().status === 'draft'}>
          <p>{t('sol.own.st.draft')}</p>
        </Match>
        <Match when={p().status === 'submitted'}>
          <p>{t('sol.own.st.submitted')}</p>
        </Match>
        <Match when={p().status === 'shortlisted'}>
          <p>{p().onFixedList ? t('sol.own.st.onList', { n: p().listOrder ?? '' }) : t('sol.own.st.shortlisted')}</p>
        </Match>
        <Match when={p().status === 'rejected'}>
          <p>{t('sol.own.st.rejected')}</p>
        </Match>
        <Match when={p().status === 'merged'}>
          <p>
            {t('sol.own.st.merged')}
            <Show when={p().mergedInto}>
              {(m) => (
                <>
                  {' '}
                  <strong>
                    {m().code ?? ''} {m().title}
                  </strong>
                </>
              )}
            </Show>
          </p>
        </Match>
        <Match when={p().status === 'returned'}>
          <p>{t('sol.own.st.returned')}</p>
        </Match>
      </Switch>
      <Show when={p().feedback}>
        <div class="feedback">
          <h3 class="feedback-label">{p().status === 'returned' ? t('sol.own.revisionNote') : t('sol.own.reason')}</h3>
          <p class="prose">{p().feedback}</p>
        </div>
      </Show>
      <dl class="summary summary-compact">
        <div>
          <dt>{t('sol.field.code')}</dt>
          <dd class="mono">{p().code ?? t('sol.materials.noCode')}</dd>
        </div>
        <div>
          <dt>{t('sol.own.submittedAt')}</dt>
          <dd>
            <When at={p().submittedAt} />
          </dd>
        </div>
        <div>
          <dt>{t('sol.own.screenedAt')}</dt>
          <dd>
            <When at={p().screenedAt} />
          </dd>
        </div>
      </dl>
    </div>
  );
}

export function OwnProposalPage() {
  const params = useParams<{ id: string }>();
  const navigate = useNavigate();
  const proposal = createProposal(() => params.id);
  const base = portalBase();
  const own = () => proposal.data()?.view === 'own';
  const editable = () => own() && (proposal.data()?.status === 'draft' || proposal.data()?.status === 'returned');
  const deletable = () => own() && proposal.data()?.status === 'draft' && proposal.data()?.number === null && !proposal.data()?.suggestionId;

  // What the server found missing when submitting from here, listed above the materials.
  const [refused, setRefused] = createSignal<{ problems: Problem[]; message: string } | null>(null);
  const submit = async () => {
    setRefused(null);
    try {
      const p = await proposalsApi.submit(params.id);
      toasts.success(t('sol.own.submittedCode', { code: p.code ?? '' }));
      void proposal.reload();
    } catch (err) {
      setRefused({ problems: problemsOf(err), message: errorMessage(err) });
    }
  };

  const remove = () =>
    confirmAction.ask({
      title: t('sol.own.deleteTitle'),
      message: t('sol.own.deleteMessage'),
      confirmLabel: t('sol.own.delete'),
      danger: true,
      run: async () => {
        await proposalsApi.remove(params.id);
        toasts.success(t('sol.own.deleted'));
        navigate(base);
      },
    });

  return (
    <Page
      title={proposal.data()?.title ?? t('sol.own.proposal')}
      actions={
        <>
          <A href={base} class="btn">
            {t('sol.own.back')}
          </A>
          <Show when={editable()}>
            <A href={`${base}/proposals/${params.id}/edit`} class="btn">
              {t('common.edit')}
            </A>
            <button type="button" class="btn btn-primary" onClick={() => void submit()}>
              {proposal.data()?.status === 'returned' ? t('sol.form.resubmit') : t('sol.form.submit')}
            </button>
          </Show>
          <Show when={deletable()}>
            <button type="button" class="btn btn-danger-quiet" onClick={remove}>
              {t('sol.own.delete')}
            </button>
          </Show>
        </>
      }
    >
      <Show when={proposal.error()}>
        <p class="form-message" role="alert">
          {proposal.error()}
        </p>
      </Show>
      <Show
        when={proposal.data()}
        fallback={
          <Show when={!proposal.error()}>
            <p class="muted">{t('common.loading')}</p>
          </Show>
        }
      >
        {(p) => (
          <>
            <Show when={refused()}>
              {(r) => (
                <div class="card card-error" role="alert">
                  <h2 class="card-title">{t('sol.own.cannotSubmit')}</h2>
                  <Show when={r().problems.length} fallback={<p>{r().message}</p>}>
                    <ul class="problem-list">
                      <For each={r().problems}>{(x) => <li>{problemText(x)}</li>}</For>
                    </ul>
                  </Show>
                  <Show when={editable()}>
                    <A href={`${base}/proposals/${params.id}/edit`} class="btn">
                      {t('sol.own.fixNow')}
                    </A>
                  </Show>
                </div>
              )}
            </Show>
            <StatusPanel proposal={p()} />
            <section class="card" aria-labelledby="own-materials">
              <h2 class="card-title" id="own-materials">
                {t('sol.own.materials')}
              </h2>
              <ProposalMaterials proposal={p()} showContact={p().view !== 'read'} />
            </section>
          </>
        )}
      </Show>
    </Page>
  );
}
