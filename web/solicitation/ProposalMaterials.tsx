// A proposal's materials as deputies, departments and the secretariat read them. Every text is
// rendered as text (never as HTML), line breaks kept.
import { For, Show } from 'solid-js';
import { t } from '../app/i18n';
import { channelLabel, fundingLabel } from './labels';
import { sumYuan, wanWithUnit } from './money';
import type { Proposal } from './types';

export function proposerText(p: Pick<Proposal, 'proposer'>): string {
  const who = p.proposer;
  if (who.kind === 'department') return who.departmentName ?? '—';
  if (who.kind === 'deputy') {
    const names = who.deputies.map((d) => d.name ?? '—');
    if (names.length <= 1) return names[0] ?? '—';
    return t('sol.materials.jointBy', { lead: names[0]!, others: names.slice(1).join('、'), n: names.length });
  }
  return t('sol.materials.fromPublic');
}

function LongText(props: { label: string; text: string | null }) {
  return (
    <section class="materials-block">
      <h4 class="materials-label">{props.label}</h4>
      <Show when={props.text?.trim()} fallback={<p class="muted">{t('sol.materials.notGiven')}</p>}>
        <p class="prose">{props.text}</p>
      </Show>
    </section>
  );
}

export function ProposalMaterials(props: { proposal: Proposal; showContact?: boolean; showHash?: boolean }) {
  const p = () => props.proposal;
  const fundingTotal = () => sumYuan(p().funding.map((f) => f.amountYuan));
  return (
    <div class="materials">
      <dl class="summary materials-summary">
        <div>
          <dt>{t('sol.field.code')}</dt>
          <dd class="mono">{p().code ?? t('sol.materials.noCode')}</dd>
        </div>
        <div>
          <dt>{t('sol.field.category')}</dt>
          <dd>{p().category ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('sol.field.department')}</dt>
          <dd>{p().departmentName ?? t('sol.materials.departmentOpen')}</dd>
        </div>
        <div>
          <dt>{t('sol.field.estimate')}</dt>
          <dd class="money">{wanWithUnit(p().estimateYuan)}</dd>
        </div>
        <div>
          <dt>{t('sol.field.location')}</dt>
          <dd>{p().location ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('sol.field.deadline')}</dt>
          <dd>{p().deadline ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('sol.field.proposer')}</dt>
          <dd>{proposerText(p())}</dd>
        </div>
        <div>
          <dt>{t('sol.field.channel')}</dt>
          <dd>{channelLabel(p().channel)}</dd>
        </div>
      </dl>
      <LongText label={t('sol.field.background')} text={p().background} />
      <LongText label={t('sol.field.content')} text={p().content} />

      <section class="materials-block">
        <h4 class="materials-label">{t('sol.field.funding')}</h4>
        <Show when={p().funding.length} fallback={<p class="muted">{t('sol.materials.notGiven')}</p>}>
          <div class="table-wrap">
            <table class="table table-compact">
              <caption class="sr-only">{t('sol.field.funding')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('sol.funding.source')}</th>
                  <th scope="col" class="col-num">
                    {t('sol.funding.amount')}
                  </th>
                </tr>
              </thead>
              <tbody>
                <For each={p().funding}>
                  {(f) => (
                    <tr>
                      <td class="cell-source">
                        {fundingLabel(f.source)}
                        <Show when={f.note}>{(n) => <span class="muted">（{n()}）</span>}</Show>
                      </td>
                      <td class="col-num money">{wanWithUnit(f.amountYuan)}</td>
                    </tr>
                  )}
                </For>
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('sol.funding.total')}</th>
                  <td class="col-num money cell-strong">{wanWithUnit(fundingTotal())}</td>
                </tr>
              </tfoot>
            </table>
          </div>
        </Show>
      </section>

      <Show when={p().milestones.length}>
        <section class="materials-block">
          <h4 class="materials-label">{t('sol.field.milestones')}</h4>
          <ul class="plain-list">
            <For each={p().milestones}>
              {(m) => (
                <li>
                  <strong>{t('sol.materials.year', { year: m.year })}</strong>　<span class="prose-inline">{m.goal}</span>
                </li>
              )}
            </For>
          </ul>
        </section>
      </Show>

      <section class="materials-block">
        <h4 class="materials-label">{t('sol.field.targets')}</h4>
        <Show when={p().targets.length} fallback={<p class="muted">{t('sol.materials.notGiven')}</p>}>
          <ul class="plain-list targets">
            <For each={p().targets}>
              {(x) => (
                <li>
                  <span>{x.indicator}</span> <strong class="target-value">{x.value}</strong> <span>{x.unit}</span>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </section>

      <Show when={props.showContact && (p().contactName || p().contactPhone)}>
        <section class="materials-block">
          <h4 class="materials-label">{t('sol.field.contact')}</h4>
          <p>
            {p().contactName ?? ''}　<span class="mono">{p().contactPhone ?? ''}</span>
          </p>
        </section>
      </Show>

      <Show when={props.showHash !== false && p().status !== 'draft'}>
        <p class="materials-hash small muted">
          {t('sol.materials.hash')} <span class="mono hash">{p().materialsHash}</span>
        </p>
      </Show>
    </div>
  );
}
