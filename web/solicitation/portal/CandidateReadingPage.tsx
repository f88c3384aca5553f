// 审议: the fixed candidate list with every candidate's full materials, for deputies (and anyone
// with an account) to read before the session. Contents first, then each candidate in list order.
import { A, useParams } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { t } from '../../app/i18n';
import { Page } from '../../app/Page';
import { createCandidateList } from '../candidate-list';
import { When } from '../labels';
import { wanWithUnit, sumYuan } from '../money';
import { ProposalMaterials } from '../ProposalMaterials';
import { portalBase } from './portal';

export function CandidateReadingPage() {
  const params = useParams<{ id: string }>();
  const list = createCandidateList(() => params.id);
  const base = portalBase();
  const total = () => sumYuan((list.data()?.candidates ?? []).map((c) => c.estimateYuan ?? 0));
  return (
    <Page
      title={list.data() ? t('sol.read.title', { cycle: list.data()!.cycle.title }) : t('sol.read.titleShort')}
      actions={
        <>
          <A href={base} class="btn">
            {t('sol.own.back')}
          </A>
          <button type="button" class="btn" onClick={() => window.print()}>
            {t('sol.read.print')}
          </button>
        </>
      }
    >
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
          <Show when={l().fixed} fallback={<p class="notice">{t('sol.read.notFixed')}</p>}>
            <div class="card">
              <p class="lead">{t('sol.read.summary', { n: l().candidates.length, seats: l().seats })}</p>
              <p class="muted small">
                {t('sol.read.fixedAt')} <When at={l().fixedAt} /> · {t('sol.read.totalEstimate')} <span class="money">{wanWithUnit(total())}</span>
              </p>
              <nav aria-label={t('sol.read.contents')}>
                <h2 class="subhead">{t('sol.read.contents')}</h2>
                <ol class="toc">
                  <For each={l().candidates}>
                    {(c) => (
                      <li>
                        <a href={`#cand-${c.order}`}>{c.title}</a>
                        <span class="muted small">
                          {' '}
                          · {c.departmentName ?? '—'} · <span class="money">{wanWithUnit(c.estimateYuan)}</span>
                        </span>
                      </li>
                    )}
                  </For>
                </ol>
              </nav>
            </div>
            <For each={l().candidates}>
              {(c) => (
                <article class="card candidate-article" id={`cand-${c.order}`} aria-labelledby={`cand-${c.order}-title`}>
                  <h2 class="card-title candidate-title" id={`cand-${c.order}-title`}>
                    <span class="order-no">{c.order}</span>
                    <span>{c.title}</span>
                  </h2>
                  <ProposalMaterials proposal={c} />
                </article>
              )}
            </For>
          </Show>
        )}
      </Show>
    </Page>
  );
}
