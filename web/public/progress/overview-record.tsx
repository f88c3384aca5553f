// The overview's record of the year after the vote: the approved changes (notices), the departments'
// records and every public ledger with its download and check (OverviewPage.tsx lays them out).
import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { t } from '../../app/i18n';
import { pick } from '../../implementation/labels';
import { termLabel, termValueText } from '../../implementation/record-text';
import { type Overview } from '../../implementation/types';

/** The approved changes of the projects' terms, each with its decision and what changed. */
export function NoticesSection(props: { notices: Overview['notices'] }) {
  return (
    <section class="card" aria-labelledby="ov-notices" id="notices">
      <h2 id="ov-notices" class="card-title">
        {t('prog.ov.notices')}
      </h2>
      <Show when={props.notices.length} fallback={<p class="muted">{t('prog.ov.noNotices')}</p>}>
        <ol class="plain-list prog-notices">
          <For each={props.notices}>
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
  );
}

/** Each responsible department's record for the year, linking to its page. */
export function DepartmentsSection(props: { ov: Overview }) {
  const ov = () => props.ov;
  return (
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
  );
}

/** The public ledgers of the year: each can be downloaded, and a ballot's checked on /verify. */
export function LedgersSection(props: { ledgers: Overview['ledgers'] }) {
  return (
    <section class="card" aria-labelledby="ov-ledgers" id="ledgers">
      <h2 id="ov-ledgers" class="card-title">
        {t('prog.ov.ledgers')}
      </h2>
      <p class="small muted">{t('prog.ov.ledgersIntro')}</p>
      <ul class="plain-list prog-rows">
        <For each={props.ledgers}>
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
  );
}
