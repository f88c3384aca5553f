// /public/departments/:id — a 责任单位's record (部门履职记录): its projects in every cycle, the share
// completed on time, reports on time, and the evaluations' satisfaction; overall and per cycle.
import { A, useParams } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { t } from '../../app/i18n';
import { createLoader } from '../../app/loader';
import type { DepartmentRecord, PublicDepartmentRecord } from '../../implementation/types';
import { PublicFrame } from '../PublicFrame';
import { LoadState, NotFoundNote, ProjectCard } from './parts';
import { found, progressApi } from './progress-api';
import './progress.css';

export function DepartmentRecordPage() {
  const params = useParams<{ id: string }>();
  const data = createLoader(
    () => params.id,
    (id) => found(progressApi.departmentRecord(id)),
  );
  const rec = () => {
    const d = data.data();
    return d?.found ? d.value : undefined;
  };
  const notFound = () => data.data()?.found === false;
  const title = () =>
    notFound()
      ? t('prog.public.notFoundTitle')
      : rec()
        ? t('prog.public.departmentTitle', { name: rec()!.department.name })
        : t('prog.public.departmentShort');
  return (
    <PublicFrame title={title()} congressName={rec()?.congress.name} congressId={rec()?.congress.id}>
      <LoadState error={data.error()} loading={data.loading() && data.data() === undefined} />
      <Show when={notFound()}>
        <NotFoundNote />
      </Show>
      <Show when={rec()}>{(r) => <RecordBody rec={r()} />}</Show>
    </PublicFrame>
  );
}

function RecordBody(props: { rec: PublicDepartmentRecord }) {
  const r = () => props.rec;
  return (
    <div class="prog-wide">
      <h1 class="public-title">{r().department.name}</h1>
      <p class="public-sub small">
        {t('prog.public.departmentShort')}
        <Show when={!r().department.active}>
          {' · '}
          <span class="badge tone-neutral">{t('prog.dept.inactive')}</span>
        </Show>
      </p>
      <section class="card" aria-labelledby="dr-overall">
        <h2 id="dr-overall" class="card-title">
          {t('prog.dept.overall')}
        </h2>
        <RecordFigures record={r().record} testid="dr-overall" />
      </section>
      <For each={r().cycles}>
        {(c) => (
          <section class="prog-block" aria-labelledby={`dr-${c.cycle.id}`}>
            <h2 id={`dr-${c.cycle.id}`} class="public-h2">
              <A href={`/public/cycles/${c.cycle.id}/overview`}>{c.cycle.title}</A>
            </h2>
            {/* With one cycle its figures are the overall ones: not shown twice. */}
            <Show when={r().cycles.length > 1}>
              <div class="card">
                <RecordFigures record={c.record} />
              </div>
            </Show>
            <ul class="prog-cards">
              <For each={c.projects}>{(p) => <ProjectCard project={p} headingLevel={3} />}</For>
            </ul>
          </section>
        )}
      </For>
    </div>
  );
}

/** The three rates with what they count, written out. */
export function RecordFigures(props: { record: DepartmentRecord; testid?: string }) {
  const x = () => props.record;
  return (
    <dl class="prog-figures prog-figures-3" data-testid={props.testid}>
      <div class="prog-figure">
        <dt>{t('prog.dept.completion')}</dt>
        <dd>
          <span class="prog-figure-value">{x().completion.onTimeRate.text}</span>
          <span class="prog-figure-note">{t('prog.dept.completionDetail', { due: x().completion.due, onTime: x().completion.onTime })}</span>
        </dd>
      </div>
      <div class="prog-figure">
        <dt>{t('prog.dept.reporting')}</dt>
        <dd>
          <span class="prog-figure-value">{x().reporting.onTimeRate.text}</span>
          <span class="prog-figure-note">{t('prog.dept.reportingDetail', { required: x().reporting.required, onTime: x().reporting.onTime })}</span>
        </dd>
      </div>
      <div class="prog-figure">
        <dt>{t('prog.dept.satisfaction')}</dt>
        <dd>
          <span class="prog-figure-value">{x().evaluation.satisfiedShare.text}</span>
          <span class="prog-figure-note">
            {t('prog.dept.satisfactionDetail', { n: x().evaluation.evaluated, good: x().evaluation.satisfied + x().evaluation.basically_satisfied })}
          </span>
        </dd>
      </div>
    </dl>
  );
}
