// The secretariat corrects a submitted proposal's materials (ledgered, and it must stay complete).
import { useNavigate, useParams } from '@solidjs/router';
import { Show } from 'solid-js';
import { t } from '../../app/i18n';
import { createLoader } from '../../app/loader';
import { Page } from '../../app/Page';
import { toasts } from '../../app/toasts';
import { cyclesApi } from '../../solicitation/cycles';
import { ProposalForm } from '../../solicitation/ProposalForm';
import { proposalsApi } from '../../solicitation/proposals';

export function ProposalCorrectPage() {
  const params = useParams<{ id: string }>();
  const navigate = useNavigate();
  const data = createLoader(
    () => params.id,
    async (id) => {
      const proposal = await proposalsApi.get(id);
      return { proposal, cycle: (await cyclesApi.get(proposal.cycleId)).cycle };
    },
  );
  return (
    <Page title={t('sol.form.correctTitle', { title: data.data()?.proposal.title ?? '' })} intro={t('sol.form.correctIntro')}>
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
            <ProposalForm
              cycle={d().cycle}
              proposal={d().proposal}
              mode="manage"
              onCancel={() => navigate(`/console/proposals/${params.id}`)}
              onDone={() => {
                toasts.success(t('sol.form.corrected'));
                navigate(`/console/proposals/${params.id}`);
              }}
            />
          );
        }}
      </Show>
    </Page>
  );
}
