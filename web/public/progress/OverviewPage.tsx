// /public/cycles/:id/overview — a cycle in implementation at a glance, for anyone: how many
// projects, the money (budget and disbursed, 万元), where they stand (status and category charts,
// drawn with CSS; the figures are written out as text), the deputies' vote, evaluation results,
// approved changes (notices), supervision, the departments' records, and every public ledger.
import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { t } from '../../app/i18n';
import { createLoader } from '../../app/loader';
import { type Overview, type ProjectItem } from '../../implementation/types';
import { PhaseBadge } from '../../solicitation/labels';
import { PHASES } from '../../solicitation/types';
import { PublicFrame } from '../PublicFrame';
import { CycleNav, LoadState, NotFoundNote, scrollToHashOnMount } from './parts';
import { found, progressApi } from './progress-api';
import './progress.css';
import { BallotBlock, CategoryChart, EvaluationSection, OverviewFigures, StatusChart } from './overview-sections';
import { DepartmentsSection, LedgersSection, NoticesSection } from './overview-record';
import { useCyclePath, usePageCycleId } from '../portal/year-address';

const IMPLEMENTED = PHASES.indexOf('implementation');

export function OverviewPage() {
  const pageCycleId = usePageCycleId();
  const data = createLoader(
    () => pageCycleId(),
    async (id) => {
      const ov = await found(progressApi.overview(id));
      if (!ov.found) return null;
      // The list gives each project's grade (evaluation results) and lets ballot rows link to projects;
      // it is cached by the server like the overview.
      const list = await progressApi.projects(id);
      return { ov: ov.value, projects: list.projects };
    },
  );
  const ov = () => data.data()?.ov;
  const title = () => (ov() ? t('prog.public.overviewTitle', { cycle: ov()!.cycle.title }) : t('prog.public.overviewShort'));
  return (
    <PublicFrame
      title={data.data() === null ? t('prog.public.notFoundTitle') : title()}
      congressName={ov()?.congress.name}
      congressId={ov()?.congress.id}
    >
      <LoadState error={data.error()} loading={data.loading() && data.data() === undefined} />
      <Show when={data.data() === null}>
        <NotFoundNote />
      </Show>
      <Show when={data.data()}>{(d) => <OverviewBody ov={d().ov} projects={d().projects} />}</Show>
    </PublicFrame>
  );
}

function OverviewBody(props: { ov: Overview; projects: ProjectItem[] }) {
  const ov = () => props.ov;
  const cycleId = () => ov().cycle.id;
  const cyclePath = useCyclePath();
  const listHref = (q = '') => `${cyclePath(cycleId(), 'projects')}${q}`;
  const reached = () => PHASES.indexOf(ov().cycle.phase) >= IMPLEMENTED;
  scrollToHashOnMount();
  return (
    <div class="prog-wide">
      <h1 class="public-title">{ov().cycle.title}</h1>
      <p class="public-sub small">
        <PhaseBadge phase={ov().cycle.phase} /> {t('prog.public.overviewShort')}
      </p>
      <CycleNav cycleId={cycleId()} current="overview" />
      <Show when={!reached()}>
        <p class="notice">{t('prog.ov.phaseNote')}</p>
      </Show>

      <OverviewFigures ov={ov()} listHref={listHref} />

      <Show
        when={ov().totals.projects > 0}
        fallback={
          <Show when={reached()}>
            <p class="card muted">{t('prog.ov.noProjects')}</p>
          </Show>
        }
      >
        <div class="prog-two">
          <StatusChart ov={ov()} listHref={listHref} />
          <CategoryChart ov={ov()} listHref={listHref} />
        </div>
        <p>
          <A href={listHref()} class="btn btn-primary">
            {t('prog.ov.seeList')}
          </A>
        </p>
      </Show>

      <EvaluationSection projects={props.projects} />

      <section class="card" aria-labelledby="ov-ballots" id="results">
        <h2 id="ov-ballots" class="card-title">
          {t('prog.ov.ballots')}
        </h2>
        <Show when={ov().ballots.length} fallback={<p class="muted">{t('prog.ov.noBallots')}</p>}>
          <For each={ov().ballots}>{(b) => <BallotBlock ballot={b} projects={props.projects} />}</For>
        </Show>
      </section>

      <NoticesSection notices={ov().notices} />

      <section class="card" aria-labelledby="ov-supervision">
        <h2 id="ov-supervision" class="card-title">
          {t('prog.ov.supervision')}
        </h2>
        <p>
          {t('prog.ov.supervisionLine', { groups: ov().supervision.groups, items: ov().supervision.items, unanswered: ov().supervision.unanswered })}
        </p>
      </section>

      <DepartmentsSection ov={ov()} />

      <LedgersSection ledgers={ov().ledgers} />

      <p class="prog-links">
        <A href={listHref()}>{t('prog.nav.projects')}</A>
        <A href={cyclePath(cycleId(), 'report')}>{t('prog.nav.report')}</A>
        <A href={cyclePath(cycleId(), 'candidates')}>{t('prog.nav.candidates')}</A>
      </p>
    </div>
  );
}
