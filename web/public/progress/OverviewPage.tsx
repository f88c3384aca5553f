// /public/cycles/:id/overview — a cycle in implementation at a glance, for anyone: how many
// projects, the money (budget and disbursed, 万元), where they stand (status and category charts,
// drawn with CSS; the figures are written out as text), the deputies' vote, evaluation results,
// approved changes (notices), supervision, the departments' records, and every public ledger.
import { A } from '@solidjs/router';
import { createMemo, For, Show } from 'solid-js';
import { t } from '../../app/i18n';
import { createLoader } from '../../app/loader';
import { gradeLabel, pick } from '../../implementation/labels';
import { disbursedShare } from '../../implementation/ProgressBar';
import { termLabel, termValueText } from '../../implementation/record-text';
import { type Overview, type ProjectItem } from '../../implementation/types';
import { PhaseBadge } from '../../solicitation/labels';
import { wanWithUnit } from '../../solicitation/money';
import { PHASES } from '../../solicitation/types';
import { PublicFrame } from '../PublicFrame';
import { CycleNav, LoadState, NotFoundNote, scrollToHashOnMount } from './parts';
import { found, progressApi } from './progress-api';
import './progress.css';
import { BallotBlock, CategoryChart, Figure, StatusChart } from './overview-sections';
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
  const evaluated = createMemo(() => props.projects.filter((p) => p.grade));
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

      <section aria-labelledby="ov-figures" class="prog-block">
        <h2 id="ov-figures" class="sr-only">
          {t('prog.public.overviewShort')}
        </h2>
        <dl class="prog-figures">
          <Figure
            label={t('prog.ov.projects')}
            value={t('prog.ov.projectsValue', { n: ov().totals.projects })}
            href={listHref()}
            testid="ov-projects"
          />
          <Figure label={t('prog.ov.budget')} value={wanWithUnit(ov().totals.budgetYuan)} testid="ov-budget" />
          <Figure
            label={t('prog.ov.disbursed')}
            value={wanWithUnit(ov().totals.disbursedYuan)}
            testid="ov-disbursed"
            note={t('prog.bar.fundsShare', { p: disbursedShare(ov().totals.disbursedYuan, ov().totals.budgetYuan) })}
          />
          <Figure
            label={t('prog.ov.completed')}
            value={t('prog.ov.projectsValue', { n: ov().totals.completed })}
            href={listHref('?status=completed')}
            testid="ov-completed"
          />
          <Figure
            label={t('prog.ov.overdue')}
            value={t('prog.ov.projectsValue', { n: ov().totals.overdue })}
            tone={ov().totals.overdue ? 'warn' : undefined}
            href={ov().totals.overdue ? listHref('?flag=overdue') : undefined}
            testid="ov-overdue"
          />
          <Figure
            label={t('prog.ov.delayed')}
            value={t('prog.ov.projectsValue', { n: ov().totals.delayed })}
            tone={ov().totals.delayed ? 'bad' : undefined}
            href={ov().totals.delayed ? listHref('?flag=delayed') : undefined}
            testid="ov-delayed"
          />
          <Figure
            label={t('prog.ov.unanswered')}
            value={t('prog.ov.unansweredValue', { n: ov().supervision.unanswered, total: ov().supervision.items })}
            tone={ov().supervision.unanswered ? 'warn' : undefined}
            testid="ov-unanswered"
          />
        </dl>
      </section>

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

      <Show when={evaluated().length}>
        <section class="card" aria-labelledby="ov-eval">
          <h2 id="ov-eval" class="card-title">
            {t('prog.ov.evaluation')}
          </h2>
          <p>
            {t('prog.ov.evaluationCount', {
              satisfied: evaluated().filter((p) => p.grade === 'satisfied').length,
              basic: evaluated().filter((p) => p.grade === 'basically_satisfied').length,
              unsatisfied: evaluated().filter((p) => p.grade === 'unsatisfied').length,
            })}
          </p>
          <ul class="plain-list prog-rows">
            <For each={evaluated()}>
              {(p) => (
                <li class="prog-row">
                  <A href={`/public/projects/${p.id}`} class="prog-row-main">
                    {p.title}
                  </A>
                  <span class={`badge tone-${p.grade === 'unsatisfied' ? 'bad' : p.grade === 'satisfied' ? 'ok' : 'info'}`}>
                    {gradeLabel(p.grade!)}
                  </span>
                  <span class="money">{p.satisfactionRateText}</span>
                </li>
              )}
            </For>
          </ul>
        </section>
      </Show>

      <section class="card" aria-labelledby="ov-ballots" id="results">
        <h2 id="ov-ballots" class="card-title">
          {t('prog.ov.ballots')}
        </h2>
        <Show when={ov().ballots.length} fallback={<p class="muted">{t('prog.ov.noBallots')}</p>}>
          <For each={ov().ballots}>{(b) => <BallotBlock ballot={b} projects={props.projects} />}</For>
        </Show>
      </section>

      <section class="card" aria-labelledby="ov-notices" id="notices">
        <h2 id="ov-notices" class="card-title">
          {t('prog.ov.notices')}
        </h2>
        <Show when={ov().notices.length} fallback={<p class="muted">{t('prog.ov.noNotices')}</p>}>
          <ol class="plain-list prog-notices">
            <For each={ov().notices}>
              {(n) => (
                <li class="prog-notice">
                  <h3 class="prog-notice-title">
                    <A href={`/public/projects/${n.projectId}#change-${n.changeId}`}>{pick(n.title)}</A>
                  </h3>
                  <p class="small muted">{[n.decidedOn, n.decisionNumber].filter(Boolean).join(' · ')}</p>
                  <p class="prose small">{n.reason}</p>
                  <Show when={Object.keys(n.changed).length}>
                    <ul class="small prog-changed">
                      <For each={Object.entries(n.changed)}>
                        {([field, v]) => (
                          <li>
                            <strong>{termLabel(field)}</strong>：
                            {t('prog.rec.fromTo', { from: termValueText(field, v.from), to: termValueText(field, v.to) })}
                          </li>
                        )}
                      </For>
                    </ul>
                  </Show>
                </li>
              )}
            </For>
          </ol>
        </Show>
      </section>

      <section class="card" aria-labelledby="ov-supervision">
        <h2 id="ov-supervision" class="card-title">
          {t('prog.ov.supervision')}
        </h2>
        <p>
          {t('prog.ov.supervisionLine', { groups: ov().supervision.groups, items: ov().supervision.items, unanswered: ov().supervision.unanswered })}
        </p>
      </section>

      <Show when={ov().departments.length}>
        <section class="card" aria-labelledby="ov-depts" id="departments">
          <h2 id="ov-depts" class="card-title">
            {t('prog.dept.listOfCycle', { year: ov().cycle.year })}
          </h2>
          <p class="small muted">{t('prog.dept.listOfCycleIntro', { year: ov().cycle.year })}</p>
          <ul class="plain-list prog-rows" data-testid="ov-departments">
            <For each={ov().departments}>
              {(d) => (
                <li class="prog-row prog-dept-row">
                  <A href={`/public/departments/${d.id}`} class="prog-row-main">
                    {d.name ?? '—'}
                  </A>
                  <span class="small">{t('prog.ov.projectsValue', { n: d.record.projects })}</span>
                  <span class="small">
                    {t('prog.dept.completion')} <strong>{d.record.completion.onTimeRate.text}</strong>
                  </span>
                  <span class="small">
                    {t('prog.dept.reporting')} <strong>{d.record.reporting.onTimeRate.text}</strong>
                  </span>
                  <span class="small">
                    {t('prog.dept.satisfaction')} <strong>{d.record.evaluation.satisfiedShare.text}</strong>
                  </span>
                </li>
              )}
            </For>
          </ul>
        </section>
      </Show>

      <section class="card" aria-labelledby="ov-ledgers" id="ledgers">
        <h2 id="ov-ledgers" class="card-title">
          {t('prog.ov.ledgers')}
        </h2>
        <p class="small muted">{t('prog.ov.ledgersIntro')}</p>
        <ul class="plain-list prog-rows">
          <For each={ov().ledgers}>
            {(l) => (
              <li class="prog-row">
                <span class="prog-row-main">{l.title}</span>
                <span class="small muted">{t('prog.ov.ledgerHead', { n: l.head.seq })}</span>
                <span class="prog-row-links small">
                  <Show when={l.kind === 'ballot' && l.subjectId}>
                    <a href={`/verify?ballot=${encodeURIComponent(l.subjectId!)}`} aria-label={`${t('prog.ov.verify')} ${l.title}`}>
                      {t('prog.ov.verify')}
                    </a>
                  </Show>
                  <a href={`/api/ledgers/${l.id}`} download={`ledger-${l.id}.json`} aria-label={`${t('prog.ov.download')} ${l.title}`}>
                    {t('prog.ov.download')}
                  </a>
                </span>
              </li>
            )}
          </For>
        </ul>
      </section>

      <p class="prog-links">
        <A href={listHref()}>{t('prog.nav.projects')}</A>
        <A href={cyclePath(cycleId(), 'report')}>{t('prog.nav.report')}</A>
        <A href={cyclePath(cycleId(), 'candidates')}>{t('prog.nav.candidates')}</A>
      </p>
    </div>
  );
}
