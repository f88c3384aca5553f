// Pieces the public progress pages share: the cycle's navigation, the not-found and loading
// states, and a project card (lists are cards, not a wide table, so they read on a phone).
import { A } from '@solidjs/router';
import { onMount, Show, type JSX } from 'solid-js';
import { t } from '../../app/i18n';
import { ProjectBadges } from '../../implementation/labels';
import { ProgressBar } from '../../implementation/ProgressBar';
import type { ProjectItem } from '../../implementation/types';
import './progress.css';
import { useCyclePath } from '../portal/year-address';

export type CycleTab = 'overview' | 'projects' | 'departments' | 'annualReport';

/** The cycle's public pages; `current` is marked for screen readers too. */
export function CycleNav(props: { cycleId: string; current?: CycleTab }) {
  const cyclePath = useCyclePath();
  const link = (tab: CycleTab, href: string, label: string) => (
    <li>
      <A
        href={href}
        class="prog-tab"
        classList={{ 'prog-tab-current': props.current === tab }}
        aria-current={props.current === tab ? 'page' : undefined}
        end
      >
        {label}
      </A>
    </li>
  );
  return (
    <nav class="prog-nav" aria-label={t('prog.nav.label')}>
      <ul>
        {link('overview', cyclePath(props.cycleId, 'overview'), t('prog.nav.overview'))}
        {link('projects', cyclePath(props.cycleId, 'projects'), t('prog.nav.projects'))}
        {link('departments', `${cyclePath(props.cycleId, 'overview')}#departments`, t('prog.nav.departments'))}
        {link('annualReport', cyclePath(props.cycleId, 'report'), t('prog.nav.report'))}
      </ul>
    </nav>
  );
}

/**
 * Call in a page body that renders once its data is there: a link like …/overview#departments
 * arrives before the content it points to, so scroll to the anchor when the body mounts.
 */
export function scrollToHashOnMount() {
  onMount(() => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (id) requestAnimationFrame(() => document.getElementById(id)?.scrollIntoView());
  });
}

export function NotFoundNote(props: { congressId?: string | null }) {
  return (
    <div class="card prog-notfound" role="alert">
      <h1 class="public-title">{t('prog.public.notFoundTitle')}</h1>
      <p>{t('prog.public.notFound')}</p>
      <Show when={props.congressId}>
        <p>
          <A href={`/public/c/${props.congressId}`}>{t('prog.public.toCongress')}</A>
        </p>
      </Show>
    </div>
  );
}

export function LoadState(props: { error: string; loading: boolean }) {
  return (
    <>
      <Show when={props.error}>
        <p class="form-message" role="alert">
          {props.error}
        </p>
      </Show>
      <Show when={!props.error && props.loading}>
        <p class="muted" role="status">
          {t('prog.public.loading')}
        </p>
      </Show>
    </>
  );
}

/** One project in a list: title, status and flags, 责任单位, progress, budget, deadline. */
export function ProjectCard(props: { project: ProjectItem; headingLevel?: 2 | 3 }) {
  const p = () => props.project;
  const H = (h: { children: JSX.Element }) =>
    props.headingLevel === 3 ? <h3 class="prog-card-title">{h.children}</h3> : <h2 class="prog-card-title">{h.children}</h2>;
  return (
    <li class="card prog-card">
      <H>
        <A href={`/public/projects/${p().id}`}>{p().title}</A>
      </H>
      <p class="prog-card-meta">
        <ProjectBadges status={p().status} flags={p().flags} />
        <span class="small muted">{[p().code, p().category, p().departmentName].filter(Boolean).join(' · ')}</span>
      </p>
      <Show when={p().summary}>
        <p class="prog-card-summary small">{p().summary}</p>
      </Show>
      <ProgressBar percent={p().percentComplete} disbursedYuan={p().disbursedYuan} budgetYuan={p().budgetYuan} compact />
      <p class="small muted prog-card-foot">
        <span>{t('prog.list.deadline', { date: p().deadline })}</span>
        <span>{t('prog.list.votes', { n: p().vote.for })}</span>
        <Show when={p().grade}>
          <span>
            {t('prog.rec.grade')} {t(`prog.grade.${p().grade!}` as 'prog.grade.satisfied')} {p().satisfactionRateText ?? ''}
          </span>
        </Show>
      </p>
    </li>
  );
}
