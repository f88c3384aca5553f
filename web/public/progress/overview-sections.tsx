// The overview's sections: the headline figures, the status and category charts, the evaluation
// and a ballot's results (OverviewPage.tsx lays them out; overview-record.tsx has the rest).
import { A } from '@solidjs/router';
import { createMemo, For, Show } from 'solid-js';
import { t } from '../../app/i18n';
import { rankLabel, ranksByFor } from '../../app/results';
import { gradeLabel, projectStatusLabel } from '../../implementation/labels';
import { Bar, disbursedShare } from '../../implementation/ProgressBar';
import { type BallotResult, type Overview, type ProjectItem } from '../../implementation/types';
import { wanWithUnit } from '../../solicitation/money';

function Figure(props: { label: string; value: string; note?: string; href?: string; tone?: 'warn' | 'bad'; testid?: string }) {
  return (
    <div class={`prog-figure ${props.tone ? `prog-figure-${props.tone}` : ''}`} data-testid={props.testid}>
      <dt>{props.label}</dt>
      <dd>
        <Show when={props.href} fallback={<span class="prog-figure-value">{props.value}</span>}>
          <A href={props.href!} class="prog-figure-value">
            {props.value}
          </A>
        </Show>
        <Show when={props.note}>
          <span class="prog-figure-note">{props.note}</span>
        </Show>
      </dd>
    </div>
  );
}

/** The headline figures: projects, money, completed, overdue, delayed, unanswered supervision. */
export function OverviewFigures(props: { ov: Overview; listHref: (q?: string) => string }) {
  const ov = () => props.ov;
  return (
    <section aria-labelledby="ov-figures" class="prog-block">
      <h2 id="ov-figures" class="sr-only">
        {t('prog.public.overviewShort')}
      </h2>
      <dl class="prog-figures">
        <Figure
          label={t('prog.ov.projects')}
          value={t('prog.ov.projectsValue', { n: ov().totals.projects })}
          href={props.listHref()}
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
          href={props.listHref('?status=completed')}
          testid="ov-completed"
        />
        <Figure
          label={t('prog.ov.overdue')}
          value={t('prog.ov.projectsValue', { n: ov().totals.overdue })}
          tone={ov().totals.overdue ? 'warn' : undefined}
          href={ov().totals.overdue ? props.listHref('?flag=overdue') : undefined}
          testid="ov-overdue"
        />
        <Figure
          label={t('prog.ov.delayed')}
          value={t('prog.ov.projectsValue', { n: ov().totals.delayed })}
          tone={ov().totals.delayed ? 'bad' : undefined}
          href={ov().totals.delayed ? props.listHref('?flag=delayed') : undefined}
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
  );
}

/** The projects the deputies have rated, with their grade (shown once there is one). */
export function EvaluationSection(props: { projects: ProjectItem[] }) {
  const evaluated = createMemo(() => props.projects.filter((p) => p.grade));
  return (
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
  );
}

/** A stacked bar of the statuses (decoration) and the same figures as a list of links (the content). */
export function StatusChart(props: { ov: Overview; listHref: (q?: string) => string }) {
  const rows = () => props.ov.byStatus;
  const total = () => Math.max(1, props.ov.totals.projects);
  return (
    <section class="card prog-chart" aria-labelledby="ov-status">
      <h2 id="ov-status" class="card-title">
        {t('prog.ov.byStatus')}
      </h2>
      <div class="prog-stack" aria-hidden="true">
        <For each={rows().filter((r) => r.projects > 0)}>
          {(r) => <span class={`prog-stack-part prog-s-${r.status}`} style={{ width: `${(r.projects * 100) / total()}%` }} />}
        </For>
      </div>
      <ul class="plain-list prog-legend" data-testid="ov-status">
        <For each={rows()}>
          {(r) => (
            <li class="prog-legend-row" data-status={r.status}>
              <span class={`prog-swatch prog-s-${r.status}`} aria-hidden="true" />
              <Show when={r.projects > 0} fallback={<span class="prog-legend-label muted">{projectStatusLabel(r.status)}</span>}>
                <A href={props.listHref(`?status=${r.status}`)} class="prog-legend-label">
                  {projectStatusLabel(r.status)}
                </A>
              </Show>
              <span class="prog-legend-n">{t('prog.ov.projectsValue', { n: r.projects })}</span>
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}

/** Per category: budget as a bar against the largest category, the disbursed part filled in. */
export function CategoryChart(props: { ov: Overview; listHref: (q?: string) => string }) {
  const max = () => Math.max(1, ...props.ov.byCategory.map((c) => c.budgetYuan));
  return (
    <section class="card prog-chart" aria-labelledby="ov-category">
      <h2 id="ov-category" class="card-title">
        {t('prog.ov.byCategory')}
      </h2>
      <ul class="plain-list prog-cats" data-testid="ov-categories">
        <For each={props.ov.byCategory}>
          {(c) => (
            <li class="prog-cat">
              <p class="prog-cat-head">
                <A href={props.listHref(`?category=${encodeURIComponent(c.category)}`)}>{c.category}</A>
                <span class="small muted">{t('prog.ov.categoryCount', { n: c.projects, done: c.completed })}</span>
              </p>
              <span class="prog-cat-bar" style={{ width: `${Math.max(4, (c.budgetYuan * 100) / max())}%` }}>
                <Bar percent={disbursedShare(c.disbursedYuan, c.budgetYuan)} tone="funds" />
              </span>
              <p class="small prog-cat-money">
                {t('prog.bar.fundsValue', { paid: wanWithUnit(c.disbursedYuan), budget: wanWithUnit(c.budgetYuan) })}
                {'（'}
                {t('prog.bar.fundsShare', { p: disbursedShare(c.disbursedYuan, c.budgetYuan) })}
                {'）'}
              </p>
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}

// The glossary's words: 当选, 另行票决, and 未当选 for every other outcome.
const RESULT_KEY: Record<string, 'result.selected' | 'result.runoff'> = { selected: 'result.selected', runoff: 'result.runoff' };

export function BallotBlock(props: { ballot: BallotResult; projects: ProjectItem[] }) {
  const b = () => props.ballot;
  // The project a selected candidate became: same ballot, same title (titles are not adjustable).
  const projectOf = (title: string) => props.projects.find((p) => p.vote.ballotId === b().ballotId && p.title === title);
  const ranks = createMemo(() => ranksByFor(b().candidates));
  return (
    <div class="prog-ballot">
      <h3 class="subhead">{b().title}</h3>
      <p class="small muted">
        {t('prog.ov.ballotLine', {
          roster: b().rosterCount,
          present: b().presentCount,
          returned: b().returned,
          valid: b().valid,
          seats: b().seats,
          threshold: b().threshold,
        })}
      </p>
      <ol class="plain-list prog-cands">
        <For each={b().candidates}>
          {(c, i) => {
            const project = projectOf(c.title);
            const rank = () => (c.rank ? rankLabel(ranks()[i()]!) : undefined);
            return (
              <li class={`prog-cand ${c.status === 'selected' ? 'prog-cand-selected' : ''}`}>
                <span class="order-no" aria-hidden="true">
                  {c.rank ?? '—'}
                </span>
                <span class="prog-cand-main">
                  <Show when={project} fallback={<span class="prog-cand-title">{c.title}</span>}>
                    <A href={`/public/projects/${project!.id}`} class="prog-cand-title">
                      {c.title}
                    </A>
                  </Show>
                  <span class="small muted prog-cand-votes">
                    <Show when={rank()}>
                      {(label) => (
                        <>
                          <span class="prog-cand-rank">{label()}</span>
                          {' · '}
                        </>
                      )}
                    </Show>
                    {t('prog.ov.for')} <strong class="prog-cand-for">{c.for}</strong>
                    {' · '}
                    {t('prog.ov.against')} {c.against}
                    {' · '}
                    {t('prog.ov.abstain')} {c.abstain}
                  </span>
                </span>
                <span class={`badge ${c.status === 'selected' ? 'tone-ok' : c.status === 'runoff' ? 'tone-info' : 'tone-neutral'}`}>
                  {t(RESULT_KEY[c.status ?? ''] ?? 'result.notSelected')}
                </span>
              </li>
            );
          }}
        </For>
      </ol>
      <p class="small prog-row-links">
        <a href={`/verify?ballot=${encodeURIComponent(b().ballotId)}`}>{t('prog.rec.ballotLedger')}</a>
        <a href={`/api/ledgers/${b().ledgerId}`} download={`ledger-${b().ledgerId}.json`}>
          {t('prog.rec.downloadLedger')}
        </a>
      </p>
    </div>
  );
}
