// /public/projects/:id — one project's whole public record (ProjectRecord): where it stands, its
// terms, the proposal and the vote, plan, reports, supervision, changes, evaluation, timeline.
import { A, useParams } from '@solidjs/router';
import { Show } from 'solid-js';
import { t } from '../../app/i18n';
import { createLoader } from '../../app/loader';
import { ProjectRecord } from '../../implementation/ProjectRecord';
import type { PublicProjectRecord } from '../../implementation/types';
import { PublicFrame } from '../PublicFrame';
import { CycleNav, LoadState, NotFoundNote, scrollToHashOnMount } from './parts';
import { found, progressApi } from './progress-api';
import './progress.css';

export function ProjectPage() {
  const params = useParams<{ id: string }>();
  const data = createLoader(
    () => params.id,
    (id) => found(progressApi.project(id)),
  );
  const rec = () => {
    const d = data.data();
    return d?.found ? d.value : undefined;
  };
  const notFound = () => data.data()?.found === false;
  const title = () => (notFound() ? t('prog.public.notFoundTitle') : (rec()?.project.title ?? t('prog.public.projectShort')));
  return (
    <PublicFrame title={title()} congressName={rec()?.congress.name} congressId={rec()?.congress.id}>
      <LoadState error={data.error()} loading={data.loading() && data.data() === undefined} />
      <Show when={notFound()}>
        <NotFoundNote />
      </Show>
      <Show when={rec()}>{(r) => <ProjectBody rec={r()} />}</Show>
    </PublicFrame>
  );
}

function ProjectBody(props: { rec: PublicProjectRecord }) {
  const r = () => props.rec;
  // Notices link to …/projects/:id#change-…: scroll there once the record is on the page.
  scrollToHashOnMount();
  return (
    <div class="prog-wide">
      <p class="prog-crumb small">
        <A href={`/public/cycles/${r().cycle.id}/overview`}>{r().cycle.title}</A>
        <span aria-hidden="true"> › </span>
        <A href={`/public/cycles/${r().cycle.id}/projects`}>{t('prog.nav.projects')}</A>
      </p>
      <h1 class="public-title">{r().project.title}</h1>
      <p class="public-sub small">{[r().project.code, r().project.category, r().project.departmentName].filter(Boolean).join(' · ')}</p>
      <CycleNav cycleId={r().cycle.id} />
      <ProjectRecord record={r()} />
    </div>
  );
}
