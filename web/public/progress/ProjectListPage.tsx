// /public/cycles/:id/projects — a cycle's projects as cards, filtered by status, category and 责任单位
// and searched. Every filter lives in the URL query (?status=&category=&departmentId=&q=&flag=), so
// a filtered list is a link one can share; the counts beside each choice are the server's facet
// counts (what choosing it would give under the other filters).
import { A, useSearchParams } from '@solidjs/router';
import { createEffect, createSignal, For, Show } from 'solid-js';
import { t } from '../../app/i18n';
import { createLoader } from '../../app/loader';
import { projectStatusLabel } from '../../implementation/labels';
import { PROJECT_STATUSES, type ProjectListFilter, type ProjectStatus, type PublicProjectList } from '../../implementation/types';
import { congressName } from '../public-data';
import { PublicFrame } from '../PublicFrame';
import { CycleNav, LoadState, NotFoundNote, ProjectCard } from './parts';
import { found, progressApi } from './progress-api';
import './progress.css';
import { useCyclePath, usePageCycleId } from '../portal/year-address';

type Params = { status?: string; category?: string; departmentId?: string; q?: string; flag?: string };

const isStatus = (s: string | undefined): s is ProjectStatus => !!s && (PROJECT_STATUSES as readonly string[]).includes(s);
const isFlag = (s: string | undefined): s is 'overdue' | 'delayed' => s === 'overdue' || s === 'delayed';

export function ProjectListPage() {
  const pageCycleId = usePageCycleId();
  const [query, setQuery] = useSearchParams<Params>();
  const filter = (): ProjectListFilter => ({
    status: isStatus(query.status) ? query.status : undefined,
    category: query.category || undefined,
    departmentId: query.departmentId || undefined,
    q: query.q?.trim() || undefined,
    flag: isFlag(query.flag) ? query.flag : undefined,
  });
  const data = createLoader(
    () => ({ id: pageCycleId(), f: filter() }),
    ({ id, f }) => found(progressApi.projects(id, f)),
  );
  const list = () => {
    const d = data.data();
    return d?.found ? d.value : undefined;
  };
  const name = congressName(() => list()?.cycle.congressId);
  const title = () => (list() ? t('prog.public.listTitle', { cycle: list()!.cycle.title }) : t('prog.public.listShort'));
  const notFound = () => data.data()?.found === false;
  return (
    <PublicFrame title={notFound() ? t('prog.public.notFoundTitle') : title()} congressName={name()} congressId={list()?.cycle.congressId}>
      <LoadState error={data.error()} loading={data.loading() && data.data() === undefined} />
      <Show when={notFound()}>
        <NotFoundNote />
      </Show>
      <Show when={list()}>{(l) => <ListBody list={l()} filter={filter()} loading={data.loading()} set={(p) => setQuery(p)} />}</Show>
    </PublicFrame>
  );
}

function ListBody(props: { list: PublicProjectList; filter: ProjectListFilter; loading: boolean; set: (p: Params) => void }) {
  const l = () => props.list;
  const cyclePath = useCyclePath();
  const f = () => props.filter;
  const [q, setQ] = createSignal(f().q ?? '');
  // Back/forward or a shared link changes the URL: the box follows it.
  createEffect(() => setQ(props.filter.q ?? ''));
  const filtered = () => !!(f().status || f().category || f().departmentId || f().q || f().flag);
  const count = (facet: 'status' | 'category' | 'departmentId', key: string) => l().counts[facet][key] ?? 0;
  const statusHref = (s?: ProjectStatus) => {
    const p = new URLSearchParams();
    if (s) p.set('status', s);
    if (f().category) p.set('category', f().category!);
    if (f().departmentId) p.set('departmentId', f().departmentId!);
    if (f().q) p.set('q', f().q!);
    if (f().flag) p.set('flag', f().flag!);
    const qs = p.toString();
    return `${cyclePath(l().cycle.id, 'projects')}${qs ? `?${qs}` : ''}`;
  };
  const allInFacet = () => Object.values(l().counts.status).reduce((a, b) => a + b, 0);
  return (
    <div class="prog-wide">
      <h1 class="public-title">{l().cycle.title}</h1>
      <p class="public-sub small">{t('prog.public.listShort')}</p>
      <CycleNav cycleId={l().cycle.id} current="projects" />

      <section class="card prog-filters" aria-labelledby="pl-filters">
        <h2 id="pl-filters" class="sr-only">
          {t('prog.list.filters')}
        </h2>
        <form
          class="prog-search"
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            props.set({ q: q().trim() || undefined });
          }}
        >
          <label class="field-label" for="pl-q">
            {t('prog.list.search')}
          </label>
          <div class="prog-search-row">
            <input
              id="pl-q"
              class="input"
              type="search"
              name="q"
              value={q()}
              maxLength={50}
              placeholder={t('prog.list.searchHint')}
              onInput={(e) => setQ(e.currentTarget.value)}
            />
            <button type="submit" class="btn btn-primary">
              {t('prog.list.searchButton')}
            </button>
          </div>
        </form>
        <p class="field-label prog-chips-label" id="pl-status">
          {t('prog.list.status')}
        </p>
        <ul class="prog-chips" aria-labelledby="pl-status">
          <li>
            <A href={statusHref()} class="prog-chip" aria-current={!f().status ? 'true' : undefined} end>
              {t('prog.list.all')} <span class="chip-count">{allInFacet()}</span>
            </A>
          </li>
          <For each={PROJECT_STATUSES.filter((s) => count('status', s) > 0 || f().status === s)}>
            {(s) => (
              <li>
                <A href={statusHref(s)} class="prog-chip" aria-current={f().status === s ? 'true' : undefined} end>
                  {projectStatusLabel(s)} <span class="chip-count">{count('status', s)}</span>
                </A>
              </li>
            )}
          </For>
        </ul>
        <div class="prog-selects">
          <div class="field">
            <label class="field-label" for="pl-category">
              {t('prog.list.category')}
            </label>
            <select
              id="pl-category"
              class="select input"
              value={f().category ?? ''}
              onChange={(e) => props.set({ category: e.currentTarget.value || undefined })}
            >
              <option value="">{t('prog.list.all')}</option>
              <For each={[...new Set([...l().categories, ...Object.keys(l().counts.category)])]}>
                {(c) => <option value={c}>{t('prog.list.optionCount', { label: c, n: count('category', c) })}</option>}
              </For>
            </select>
          </div>
          <div class="field">
            <label class="field-label" for="pl-dept">
              {t('prog.list.department')}
            </label>
            <select
              id="pl-dept"
              class="select input"
              value={f().departmentId ?? ''}
              onChange={(e) => props.set({ departmentId: e.currentTarget.value || undefined })}
            >
              <option value="">{t('prog.list.all')}</option>
              <For each={l().departments}>
                {(d) => <option value={d.id}>{t('prog.list.optionCount', { label: d.name ?? '—', n: count('departmentId', d.id) })}</option>}
              </For>
            </select>
          </div>
        </div>
        <Show when={f().flag}>
          {(flag) => (
            <p class="prog-flag-filter">
              <span class={`badge ${flag() === 'delayed' ? 'tone-bad' : 'tone-warn'}`}>
                {t(flag() === 'delayed' ? 'prog.flag.delayed' : 'prog.flag.overdue')}
              </span>
            </p>
          )}
        </Show>
      </section>

      <div class="prog-list-head">
        <p class="prog-count" role="status" aria-live="polite" data-testid="pl-count">
          {filtered() ? t('prog.list.countOf', { n: l().projects.length, total: l().total }) : t('prog.list.count', { n: l().total })}
        </p>
        <Show when={filtered()}>
          <A href={cyclePath(l().cycle.id, 'projects')} class="btn btn-quiet btn-small" onClick={() => setQ('')}>
            {t('prog.list.clear')}
          </A>
        </Show>
      </div>
      <Show when={l().projects.length} fallback={<p class="card muted">{t('prog.list.empty')}</p>}>
        <ul class={`prog-cards ${props.loading ? 'prog-loading' : ''}`} aria-busy={props.loading}>
          <For each={l().projects}>{(p) => <ProjectCard project={p} />}</For>
        </ul>
      </Show>
    </div>
  );
}
