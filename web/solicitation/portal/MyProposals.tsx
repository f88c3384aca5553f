// The portal's home content: each cycle with what can be done in it now (propose, read the fixed
// list) and one's proposals with their status and feedback.
import { A } from '@solidjs/router';
import { createMemo, For, Show } from 'solid-js';
import { t } from '../../app/i18n';
import { createLoader } from '../../app/loader';
import { PhaseBadge, StatusBadge } from '../labels';
import { wanWithUnit } from '../money';
import { listAllProposals } from '../proposals';
import { createCycleList } from '../cycles';
import type { Cycle, ProposalItem } from '../types';
import { isMine, portalBase, proposingAs } from './portal';

function ProposalRow(props: { p: ProposalItem }) {
  const base = portalBase();
  return (
    <li class="plist-item">
      <div class="plist-main">
        <A href={`${base}/proposals/${props.p.id}`} class="plist-title">
          {props.p.title}
        </A>
        <div class="plist-meta">
          <span class="mono">{props.p.code ?? t('sol.materials.noCode')}</span>
          <Show when={props.p.category}>
            <span>{props.p.category}</span>
          </Show>
          <span class="money">{wanWithUnit(props.p.estimateYuan)}</span>
          <Show when={props.p.departmentName}>
            <span>{props.p.departmentName}</span>
          </Show>
        </div>
        <Show when={props.p.feedback && (props.p.status === 'rejected' || props.p.status === 'returned' || props.p.status === 'merged')}>
          <p class="plist-feedback">
            <strong>{t('sol.own.feedback')}</strong>
            {props.p.feedback}
          </p>
        </Show>
      </div>
      <div class="plist-status">
        <Show when={props.p.onFixedList} fallback={<StatusBadge status={props.p.status} />}>
          <span class="badge tone-ok">{t('sol.status.onList')}</span>
        </Show>
      </div>
    </li>
  );
}

function CycleBlock(props: { cycle: Cycle }) {
  const c = () => props.cycle;
  const base = portalBase();
  const proposals = createLoader(
    () => c().id,
    (id) => listAllProposals(id),
  );
  const mine = createMemo(() => (proposals.data() ?? []).filter(isMine));
  const others = createMemo(() => (proposals.data() ?? []).filter((p) => !isMine(p)));
  // Drafts may be prepared before the window opens, but not once solicitation is over.
  const canPropose = () => c().phase === 'solicitation' && c().windowState !== 'after';
  return (
    <section class="card cycle-block" aria-labelledby={`cy-${c().id}`}>
      <div class="cycle-block-head">
        <div>
          <h2 class="card-title" id={`cy-${c().id}`}>
            {c().title}
          </h2>
          <p class="muted small">
            <PhaseBadge phase={c().phase} /> {t('sol.cycle.window', { opens: c().opensOn, closes: c().closesOn })}
            <Show when={c().acceptingSubmissions}>
              {' · '}
              <strong class="text-ok">{t('sol.cycle.acceptingNow')}</strong>
            </Show>
          </p>
        </div>
        <div class="page-actions">
          <Show when={canPropose()}>
            <A href={`${base}/cycles/${c().id}/new`} class="btn btn-primary">
              {t('sol.own.new')}
            </A>
          </Show>
          <Show when={c().listFixed}>
            <A href={`${base}/cycles/${c().id}/list`} class="btn">
              {t('sol.own.readList')}
            </A>
          </Show>
        </div>
      </div>
      <Show when={proposals.error()}>
        <p class="form-message" role="alert">
          {proposals.error()}
        </p>
      </Show>
      <h3 class="subhead">{t('sol.own.mine')}</h3>
      <Show when={proposals.data()} fallback={<p class="muted">{t('common.loading')}</p>}>
        <Show when={mine().length} fallback={<p class="muted">{t('sol.own.none')}</p>}>
          <ul class="plist">
            <For each={mine()}>{(p) => <ProposalRow p={p} />}</For>
          </ul>
        </Show>
        <Show when={others().length}>
          <h3 class="subhead">{proposingAs() === 'deputy' ? t('sol.own.joint') : t('sol.own.assigned')}</h3>
          <ul class="plist">
            <For each={others()}>{(p) => <ProposalRow p={p} />}</For>
          </ul>
        </Show>
      </Show>
    </section>
  );
}

export function MyProposals() {
  const cycles = createCycleList();
  return (
    <>
      <Show when={cycles.error()}>
        <p class="form-message" role="alert">
          {cycles.error()}
        </p>
      </Show>
      <Show when={cycles.data()} fallback={<p class="muted">{t('common.loading')}</p>}>
        <Show when={cycles.data()!.length} fallback={<p class="card muted">{t('sol.own.noCycles')}</p>}>
          <For each={cycles.data()}>{(c) => <CycleBlock cycle={c} />}</For>
        </Show>
      </Show>
    </>
  );
}
