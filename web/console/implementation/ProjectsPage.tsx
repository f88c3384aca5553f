// A cycle's projects for the secretariat: status, progress, money, flags and reporting cadence,
// with filters and counts; pick projects (or all shown) and set their reporting cadence.
import { A, useParams, useSearchParams } from '@solidjs/router';
import { createMemo, createSignal, For, Show } from 'solid-js';
import { createStore, type SetStoreFunction } from 'solid-js/store';
import { DataTable, type Column } from '../../app/DataTable';
import { SelectField } from '../../app/fields';
import { t } from '../../app/i18n';
import { createLoader } from '../../app/loader';
import { Page } from '../../app/Page';
import { session } from '../../app/session';
import { createCycleDetail } from '../../solicitation/cycles';
import { CheckboxField } from '../../solicitation/inputs';
import { wan } from '../../solicitation/money';
import { Bar } from '../../implementation/ProgressBar';
import { departmentsApi } from '../departments';
import { CadenceBar } from './CadenceBar';
import { ImplementationTabs, refreshImplementationCounts } from './ImplementationTabs';
import { createProjectList, PROJECT_STATUSES, type ProjectFilter, type ProjectItem, type ProjectStatus } from './implementation';
import { cadenceLabel, FlagBadges, GradeBadge, projectStatusLabel, ProjectStatusBadge } from './labels';

type ProjectCounts = NonNullable<ReturnType<ReturnType<typeof createProjectList>['data']>>['counts'];

export function ProjectsPage() {
  const params = useParams<{ id: string }>();
  const [search] = useSearchParams();
  const detail = createCycleDetail(() => params.id);
  const departments = createLoader(
    () => true,
    () => departmentsApi.listAll(),
  );
  const [filter, setFilter] = createStore<ProjectFilter>({
    status: PROJECT_STATUSES.includes(search.status as ProjectStatus) ? (search.status as ProjectStatus) : '',
    category: '',
    departmentId: '',
    flag: search.flag === 'overdue' ? 'overdue' : '',
  });
  const list = createProjectList(
    () => params.id,
    () => ({ ...filter }),
  );
  const rows = () => list.data()?.projects;
  const filtered = () => !!(filter.status || filter.category || filter.departmentId || filter.flag);

  // Selection for the cadence: kept by id, so it survives a reload of the list.
  const [selected, setSelected] = createSignal<Set<string>>(new Set());
  const toggle = (id: string, on: boolean) =>
    setSelected((s) => {
      const n = new Set(s);
      if (on) n.add(id);
      else n.delete(id);
      return n;
    });
  const shownIds = () => (rows() ?? []).map((p) => p.id);
  const allShownSelected = () => shownIds().length > 0 && shownIds().every((id) => selected().has(id));
  const selectAllShown = (on: boolean) =>
    setSelected((s) => {
      const n = new Set(s);
      for (const id of shownIds()) {
        if (on) n.add(id);
        else n.delete(id);
      }
      return n;
    });

  const editable = () => session.canEdit() && detail.data()?.cycle.phase !== 'closed';

  const columns = () => projectColumns(editable() ? { selected, toggle } : null, !!rows()?.some((p) => p.grade));

  return (
    <Page
      title={detail.data() ? t('sup.projects.title', { cycle: detail.data()!.cycle.title }) : t('sup.tabs.projects')}
      actions={
        <>
          <A href={`/console/cycles/${params.id}`} class="btn">
            {t('sup.back.cycle')}
          </A>
          {/* CSV export links (projects, progress, evaluation) are added here by the reports pages. */}
        </>
      }
    >
      <ImplementationTabs cycleId={params.id} />
      <Show when={!session.canEdit()}>
        <p class="notice">{t('common.readOnly')}</p>
      </Show>
      <ProjectFilters
        filter={filter}
        setFilter={setFilter}
        counts={list.data()?.counts}
        categories={detail.data()?.cycle.categories ?? []}
        departments={departments.data() ?? []}
      />
      <p class="list-total" aria-live="polite">
        <Show when={list.data()}>
          {(d) =>
            filtered() ? t('sup.projects.shown', { shown: d().projects.length, total: d().total }) : t('sup.projects.total', { total: d().total })
          }
        </Show>
      </p>
      <Show when={editable()}>
        <CadenceBar
          cycleId={params.id}
          selected={[...selected()]}
          allShownSelected={allShownSelected()}
          shownCount={shownIds().length}
          onSelectAllShown={selectAllShown}
          onClear={() => setSelected(new Set<string>())}
          onDone={() => {
            setSelected(new Set<string>());
            void list.reload();
            refreshImplementationCounts();
          }}
        />
      </Show>
      <Show when={list.error()}>
        <p class="form-message" role="alert">
          {list.error()}
        </p>
      </Show>
      <div class="projects-table">
        <DataTable
          caption={t('sup.projects.caption')}
          columns={columns()}
          rows={rows()}
          loading={list.loading()}
          empty={filtered() ? t('sup.projects.noMatch') : t('sup.projects.empty')}
          rowClass={(p) => (selected().has(p.id) ? 'row-selected' : '')}
        />
      </div>
    </Page>
  );
}

/** The status chips and the category, department and overdue filters, each choice with its count. */
function ProjectFilters(props: {
  filter: ProjectFilter;
  setFilter: SetStoreFunction<ProjectFilter>;
  counts: ProjectCounts | undefined;
  categories: string[];
  departments: ReadonlyArray<{ id: string; name: string }>;
}) {
  const count = (facet: 'status' | 'category' | 'departmentId', key: string) => props.counts?.[facet][key] ?? 0;
  const allCount = createMemo(() => Object.values(props.counts?.status ?? {}).reduce((a, b) => a + b, 0));
  const withCount = (label: string, n: number) => `${label}（${n}）`;
  return (
    <>
      <div class="status-chips" role="group" aria-label={t('sup.field.status')}>
        <button type="button" class="chip-button" aria-pressed={props.filter.status === ''} onClick={() => props.setFilter('status', '')}>
          {t('common.all')} <span class="chip-count">{allCount()}</span>
        </button>
        <For each={[...PROJECT_STATUSES]}>
          {(s) => (
            <button type="button" class="chip-button" aria-pressed={props.filter.status === s} onClick={() => props.setFilter('status', s)}>
              {projectStatusLabel(s)} <span class="chip-count">{count('status', s)}</span>
            </button>
          )}
        </For>
      </div>
      <div class="toolbar">
        <SelectField
          label={t('sup.field.category')}
          value={props.filter.category}
          placeholder={t('sup.filter.allCategories')}
          options={props.categories.map((c) => ({ value: c, label: withCount(c, count('category', c)) }))}
          onChange={(v) => props.setFilter('category', v)}
        />
        <SelectField
          label={t('sup.field.department')}
          value={props.filter.departmentId}
          placeholder={t('sup.filter.allDepartments')}
          options={props.departments
            .filter((d) => count('departmentId', d.id) > 0 || d.id === props.filter.departmentId)
            .map((d) => ({ value: d.id, label: withCount(d.name, count('departmentId', d.id)) }))}
          onChange={(v) => props.setFilter('departmentId', v)}
        />
        <CheckboxField
          label={t('sup.filter.overdueOnly')}
          checked={props.filter.flag === 'overdue'}
          onChange={(on) => props.setFilter('flag', on ? 'overdue' : '')}
        />
      </div>
    </>
  );
}

/** The table's columns: a pick box while the cadence can be set, the grade once the evaluation has graded some project. */
function projectColumns(
  pick: { selected: () => Set<string>; toggle: (id: string, on: boolean) => void } | null,
  graded: boolean,
): Column<ProjectItem>[] {
  return [
    ...(pick
      ? [
          {
            header: t('sup.projects.pick'),
            cell: (p: ProjectItem) => (
              <input
                type="checkbox"
                class="row-check"
                checked={pick!.selected().has(p.id)}
                aria-label={t('sup.projects.pickOne', { title: p.title })}
                onChange={(e) => pick!.toggle(p.id, e.currentTarget.checked)}
              />
            ),
            class: 'col-pick',
          },
        ]
      : []),
    { header: t('sup.field.code'), cell: (p) => <span class="mono">{p.code ?? '—'}</span>, class: 'col-nowrap' },
    {
      header: t('sup.field.title'),
      cell: (p) => (
        <>
          <A href={`/console/projects/${p.id}`} class="cell-strong">
            {p.title}
          </A>
          <br />
          <span class="muted small">{p.category}</span>
        </>
      ),
      class: 'col-wrap',
    },
    { header: t('sup.field.department'), cell: (p) => p.departmentName ?? '—', class: 'col-wrap col-dept col-optional' },
    // Status with its flags (逾期未报, 滞后) under it: one column keeps the table narrow.
    {
      header: t('sup.field.status'),
      cell: (p) => (
        <span class="status-stack">
          <ProjectStatusBadge status={p.status} />
          <FlagBadges flags={p.flags} status={p.status} long />
        </span>
      ),
      class: 'col-status',
    },
    {
      header: t('sup.field.percent'),
      cell: (p) => (
        <span class="progress-cell">
          <Bar percent={p.percentComplete} />
          {p.percentComplete}%
        </span>
      ),
      class: 'col-nowrap',
    },
    {
      header: t('sup.field.money'),
      cell: (p) => (
        <span class="money">
          {wan(p.disbursedYuan)} / {wan(p.budgetYuan)}
        </span>
      ),
      class: 'col-num col-nowrap',
    },
    {
      header: t('sup.field.cadence'),
      cell: (p) => (
        <>
          {p.cadence ? cadenceLabel(p.cadence) : '—'}
          <Show when={p.pendingCadence}>
            {(pc) => (
              <>
                <br />
                <span class="badge tone-info">{t('sup.cadence.pending', { cadence: cadenceLabel(pc().cadence), from: pc().from })}</span>
              </>
            )}
          </Show>
        </>
      ),
      class: 'col-nowrap',
    },
    // Only once the evaluation has graded some project.
    ...(graded
      ? [
          {
            header: t('sup.field.grade'),
            cell: (p: ProjectItem) => (
              <Show when={p.grade} fallback={<span class="muted">—</span>}>
                {(g) => <GradeBadge grade={g()} rate={p.satisfactionRateText} />}
              </Show>
            ),
            class: 'col-nowrap',
          },
        ]
      : []),
  ];
}
