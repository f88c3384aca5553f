// New proposal, or edit one's draft / returned proposal: the form inside the portal's frame.
import { A, useNavigate, useParams } from '@solidjs/router';
import { Show } from 'solid-js';
import { t } from '../../app/i18n';
import { createLoader } from '../../app/loader';
import { Page } from '../../app/Page';
import { toasts } from '../../app/toasts';
import { cyclesApi } from '../cycles';
import { ProposalForm } from '../ProposalForm';
import { proposalsApi } from '../proposals';
import type { Proposal } from '../types';
import { portalBase, proposingAs } from './portal';

export function ProposalEditPage(props: { mode: 'new' | 'edit' }) {
  const params = useParams<{ id: string }>();
  const navigate = useNavigate();
  const base = portalBase();
  const data = createLoader(
    () => params.id,
    async (id) => {
      if (props.mode === 'new') return { cycle: (await cyclesApi.get(id)).cycle, proposal: undefined as Proposal | undefined };
      const proposal = await proposalsApi.get(id);
      return { cycle: (await cyclesApi.get(proposal.cycleId)).cycle, proposal };
    },
  );
  const title = () => (props.mode === 'new' ? t('sol.form.newTitle') : t('sol.form.editTitle', { title: data.data()?.proposal?.title ?? '' }));
  return (
    <Page title={title()} intro={data.data() ? t('sol.form.intro', { cycle: data.data()!.cycle.title }) : undefined}>
      <Show when={data.error()}>
        <p class="form-message" role="alert">
          {data.error()}
        </p>
      </Show>
      <Show
        when={data.data()}
        keyed
        fallback={
          <Show when={!data.error()}>
            <p class="muted">{t('common.loading')}</p>
          </Show>
        }
      >
        {(loaded) => {
          const d = () => loaded;
          return (
            <Show
              when={!d().proposal || (d().proposal!.view === 'own' && ['draft', 'returned'].includes(d().proposal!.status))}
              fallback={
                <div class="notice">
                  <p>{t('sol.form.notEditable')}</p>
                  <A href={`${base}/proposals/${d().proposal!.id}`}>{t('sol.own.proposal')}</A>
                </div>
              }
            >
              <ProposalForm
                cycle={d().cycle}
                proposal={d().proposal}
                mode={proposingAs() === 'deputy' ? 'deputy' : 'department'}
                onCancel={() => navigate(d().proposal ? `${base}/proposals/${d().proposal!.id}` : base)}
                onDone={(p, action) => {
                  toasts.success(action === 'submitted' ? t('sol.own.submittedCode', { code: p.code ?? '' }) : t('sol.own.draftSaved'));
                  navigate(`${base}/proposals/${p.id}`);
                }}
              />
            </Show>
          );
        }}
      </Show>
    </Page>
  );
}
