// Follow a suggestion by its tracking code: what was suggested, where it stands, and the feedback
// — never the suggester's name or phone, nor the secretariat's internal notes (the server sends
// neither).
import { A, useNavigate, useParams } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { FormMessage, TextField } from '../app/fields';
import { createFormErrors } from '../app/form-errors';
import { t } from '../app/i18n';
import { createLoader } from '../app/loader';
import { channelLabel, StageBadge, SuggestionBadge } from '../solicitation/labels';
import { publicApi } from '../solicitation/public-api';
import type { TrackedSuggestion } from '../solicitation/types';
import { congressName } from './public-data';
import { PublicFrame } from './PublicFrame';

function CodeForm(props: { initial?: string }) {
  const navigate = useNavigate();
  const [code, setCode] = createSignal(props.initial ?? '');
  // The message goes as soon as the code has its ten characters (the shared form errors).
  const errors = createFormErrors(['code'], () => ({ code: code() }));
  // Case, spaces and hyphens do not matter; the server also forgives O/0 and I/L/1.
  const clean = () =>
    code()
      .normalize('NFKC')
      .toUpperCase()
      .replace(/[^0-9A-Z]/g, '');
  const go = () => {
    if (!errors.check(() => ({ code: clean().length === 10 ? null : 'sol.track.badCode' }))) return;
    navigate(
      `/public/track/${clean()
        .match(/.{1,4}/g)!
        .join('-')}`,
    );
  };
  return (
    <form
      class="card public-form track-form"
      role="search"
      novalidate
      onSubmit={(e) => {
        e.preventDefault();
        go();
      }}
    >
      <TextField
        label={t('sol.track.enter')}
        hint={t('sol.track.enterHint')}
        maxLength={20}
        value={code()}
        onInput={setCode}
        error={errors.field('code')}
        autocomplete="off"
      />
      <button type="submit" class="btn btn-primary btn-wide">
        {t('sol.track.look')}
      </button>
    </form>
  );
}

export function TrackEntryPage() {
  return (
    <PublicFrame title={t('sol.track.title')}>
      <h1 class="public-title">{t('sol.track.title')}</h1>
      <p class="muted">{t('sol.track.intro')}</p>
      <CodeForm />
    </PublicFrame>
  );
}

function Result(props: { s: TrackedSuggestion }) {
  const s = () => props.s;
  return (
    <>
      <section class="card track-status" aria-labelledby="track-status">
        <p class="tracking-code tracking-code-small mono">{s().trackingCode}</p>
        <h2 class="card-title" id="track-status">
          {t('sol.track.status')} <SuggestionBadge status={s().status} />
        </h2>
        <Show when={s().feedback}>
          <div class="feedback">
            <h3 class="feedback-label">{s().status === 'rejected' ? t('sol.track.reason') : t('sol.track.reply')}</h3>
            <p class="prose">{s().feedback}</p>
          </div>
        </Show>
        <Show when={s().proposal}>
          {(p) => (
            <div class="track-proposal">
              <p>
                {s().status === 'merged' ? t('sol.track.mergedInto') : t('sol.track.becameProposal')}{' '}
                <strong>
                  {p().code ? `${p().code} ` : ''}
                  {p().title}
                </strong>
              </p>
              <p>
                {t('sol.track.stage')} <StageBadge stage={p().stage} />
              </p>
              <Show when={p().reason}>
                <div class="feedback">
                  <h3 class="feedback-label">{t('sol.track.reason')}</h3>
                  <p class="prose">{p().reason}</p>
                </div>
              </Show>
              <Show when={p().mergedInto}>
                {(m) => (
                  <p>
                    {t('sol.track.proposalMerged')}{' '}
                    <strong>
                      {m().code ?? ''} {m().title}
                    </strong>
                  </p>
                )}
              </Show>
              <Show when={p().stage === 'candidate'}>
                <p>
                  <A href={`/public/cycles/${s().cycle.id}`}>{t('sol.public.seeList')}</A>
                </p>
              </Show>
            </div>
          )}
        </Show>
        <Show when={s().status === 'received'}>
          <p class="muted small">{t('sol.track.waiting')}</p>
        </Show>
      </section>
      <section class="card track-what" aria-labelledby="track-what">
        <h2 class="card-title" id="track-what">
          {t('sol.track.yourSuggestion')}
        </h2>
        <h3 class="track-title">{s().title}</h3>
        <p class="prose">{s().content}</p>
        <dl class="candidate-facts">
          <div>
            <dt>{t('sol.track.cycle')}</dt>
            <dd>
              <A href={`/public/cycles/${s().cycle.id}`}>{s().cycle.title}</A>
            </dd>
          </div>
          <div>
            <dt>{t('sol.enter.receivedOn')}</dt>
            <dd>{s().receivedOn}</dd>
          </div>
          <div>
            <dt>{t('sol.field.channel')}</dt>
            <dd>{channelLabel(s().channel)}</dd>
          </div>
          <Show when={s().category}>
            <div>
              <dt>{t('sol.field.category')}</dt>
              <dd>{s().category}</dd>
            </div>
          </Show>
          <Show when={s().location}>
            <div>
              <dt>{t('sol.suggest.location')}</dt>
              <dd>{s().location}</dd>
            </div>
          </Show>
        </dl>
      </section>
    </>
  );
}

export function TrackResultPage() {
  const params = useParams<{ code: string }>();
  const data = createLoader(
    () => params.code,
    (code) => publicApi.track(code),
  );
  // The answer names the cycle, not the congress: ask the cycle for it, for the page's frame.
  const cycle = createLoader(
    () => data.data()?.cycle.id ?? '',
    (id) => (id ? publicApi.cycle(id) : Promise.resolve(null)),
  );
  const name = congressName(() => cycle.data()?.congressId);
  return (
    <PublicFrame title={t('sol.track.resultTitle', { code: params.code })} congressName={name()} congressId={cycle.data()?.congressId}>
      <h1 class="public-title">{t('sol.track.title')}</h1>
      <Show
        when={!data.error()}
        fallback={
          <>
            <FormMessage text={data.error()} />
            <CodeForm initial={params.code} />
          </>
        }
      >
        <Show when={data.data() && !data.loading()} fallback={<p class="muted">{t('common.loading')}</p>}>
          <Result s={data.data()!} />
          <p>
            <A href="/public/track">{t('sol.track.another')}</A>
          </p>
        </Show>
      </Show>
    </PublicFrame>
  );
}
