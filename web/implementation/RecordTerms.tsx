// One section of a project's record (ProjectRecord.tsx): the project's terms: department, category,
// place, budget (and the original), deadline, funding, content, targets, annual goals.
import { A } from '@solidjs/router';
import { For, Show, type JSX } from 'solid-js';
import { t } from '../app/i18n';
import { fundingLabel } from '../solicitation/labels';
import { wanWithUnit } from '../solicitation/money';
import { RecordSectionFrame, RecordSubhead } from './RecordSectionFrame';
import type { ProjectRecordData } from './types';

export const publicDepartmentHref = (departmentId: string) => `/public/departments/${departmentId}`;

export function RecordTerms(props: {
  record: ProjectRecordData;
  level: 2 | 3;
  action?: () => JSX.Element;
  departmentHref?: (departmentId: string) => string | null;
}) {
  const p = () => props.record.project;
  return (
    <RecordSectionFrame name="terms" level={props.level} action={props.action}>
      <dl class="summary imp-facts">
        <Show when={p().code}>
          <div>
            <dt>{t('prog.rec.code')}</dt>
            <dd class="mono">{p().code}</dd>
          </div>
        </Show>
        <div>
          <dt>{t('prog.rec.department')}</dt>
          <dd>
            <Show when={(props.departmentHref ?? publicDepartmentHref)(p().departmentId)} fallback={p().departmentName ?? '—'}>
              {(href) => <A href={href()}>{p().departmentName ?? '—'}</A>}
            </Show>
          </dd>
        </div>
        <div>
          <dt>{t('prog.rec.category')}</dt>
          <dd>{p().category}</dd>
        </div>
        <Show when={p().location}>
          <div>
            <dt>{t('prog.rec.location')}</dt>
            <dd>{p().location}</dd>
          </div>
        </Show>
        <div>
          <dt>{t('prog.rec.budget')}</dt>
          <dd>
            <span class="money">{wanWithUnit(p().budgetYuan)}</span>
            <Show when={p().originalBudgetYuan !== p().budgetYuan}>
              <span class="imp-was">{t('prog.rec.originalBudget', { amount: wanWithUnit(p().originalBudgetYuan) })}</span>
            </Show>
          </dd>
        </div>
        <div>
          <dt>{t('prog.rec.deadline')}</dt>
          <dd>
            {p().deadline}
            <Show when={p().originalDeadline !== p().deadline}>
              <span class="imp-was">{t('prog.rec.originalDeadline', { date: p().originalDeadline })}</span>
            </Show>
          </dd>
        </div>
        <div>
          <dt>{t('prog.rec.startedOn')}</dt>
          <dd>{p().startedOn}</dd>
        </div>
        <div class="summary-wide">
          <dt>{t('prog.rec.funding')}</dt>
          <dd>
            <ul class="plain-list imp-funding">
              <For each={p().funding}>
                {(f) => (
                  <li>
                    <span>{fundingLabel(f.source)}</span> <span class="money">{wanWithUnit(f.amountYuan)}</span>
                    <Show when={f.note}>
                      <span class="muted">{`（${f.note}）`}</span>
                    </Show>
                  </li>
                )}
              </For>
            </ul>
          </dd>
        </div>
      </dl>
      <RecordSubhead level={props.level}>{t('prog.rec.content')}</RecordSubhead>
      <p class="prose">{p().content}</p>
      <Show when={p().targets.length}>
        <RecordSubhead level={props.level}>{t('prog.rec.targets')}</RecordSubhead>
        <ul class="imp-targets">
          <For each={p().targets}>
            {(x) => (
              <li>
                <span>{x.indicator}</span> <strong class="imp-target-value">{x.value}</strong> <span>{x.unit}</span>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={p().annualGoals.length}>
        <RecordSubhead level={props.level}>{t('prog.rec.annualGoals')}</RecordSubhead>
        <ul class="plain-list">
          <For each={p().annualGoals}>
            {(g) => (
              <li>
                <strong>{t('prog.rec.annualGoal', { year: g.year })}</strong> <span class="prose-inline">{g.goal}</span>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </RecordSectionFrame>
  );
}
