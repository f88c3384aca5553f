// The ballot page's controls, by state: a draft is checked, its cards printed, then opened; an open
// ballot issues single cards and closes; a closed one is tallied; a tallied one is certified by a
// scrutineer; a certified one links to its ledger and public page; a tie offers the runoff.
import { A } from '@solidjs/router';
import { createResource, For, Show } from 'solid-js';
import { formatDateTime, t } from '../../app/i18n';
import { session } from '../../app/session';
import type { BallotState, BallotView } from '../../tablet/hall-types';
import type { BallotActions } from './ballot-actions';
import { ballotsApi } from './hall-api';

export function BallotControls(props: {
  ballot: BallotView;
  state: BallotState | undefined;
  actions: BallotActions;
  runoffDue: boolean;
  onIssue: () => void;
  onClose: () => void;
}) {
  const x = () => props.ballot;
  const state = () => props.state;
  const canEdit = () => session.canEdit();
  // Who has signed the tally so far, re-read after each signature given here.
  const [progress] = createResource(
    () => (state() === 'tallied' || state() === 'certified' ? { id: x().id, state: state(), n: props.actions.signatures() } : false),
    (s) => ballotsApi.certification(s.id),
  );
  const signerNames = () => (progress()?.signers ?? []).map((s) => `${s.name}（${t(`signing.role.${s.role}`)}）`).join('、');
  return (
    <section class="card ses-actions" aria-labelledby="ses-actions-title">
      <h2 class="card-title" id="ses-actions-title">
        {t('hall.control.title')}
      </h2>
      <Show when={props.actions.actionError()}>
        <p class="form-message" role="alert">
          {props.actions.actionError()}
        </p>
      </Show>
      <Show when={state() === 'draft'}>
        <p class="muted">{t('hall.control.draftHelp')}</p>
        <div class="form-actions">
          <button type="button" class="btn" onClick={() => void props.actions.check()}>
            {t('hall.control.check')}
          </button>
          <Show when={canEdit()}>
            <button type="button" class="btn" disabled={!!props.actions.busy()} onClick={() => props.actions.print()}>
              {t('hall.cards.print')}
            </button>
            {/* For a large sitting: the server makes the cards as a PDF (the print page would hold thousands of images). */}
            <A class="btn" href={`/print/cards?ballot=${encodeURIComponent(x().id)}`}>
              {t('cards.pdf.button')}
            </A>
            <button type="button" class="btn btn-primary" disabled={!!props.actions.busy()} onClick={() => props.actions.open()}>
              {props.actions.busy() === 'open' ? t('common.saving') : t('hall.control.open')}
            </button>
          </Show>
        </div>
        <Show when={props.actions.checks()}>
          {(c) => (
            <div class={`ses-check-result ${c().ok ? 'ses-check-ok' : 'ses-check-bad'}`} role="status">
              <ul>
                <For each={c().lines}>{(l) => <li>{l}</li>}</For>
              </ul>
            </div>
          )}
        </Show>
      </Show>
      <Show when={state() === 'open'}>
        <p class="muted">{t('hall.control.openHelp')}</p>
        <Show when={canEdit()}>
          <div class="form-actions">
            <button type="button" class="btn" onClick={() => props.onIssue()}>
              {t('hall.cards.issue')}
            </button>
            <button type="button" class="btn btn-danger" onClick={() => props.onClose()}>
              {t('hall.control.close')}
            </button>
          </div>
        </Show>
      </Show>
      <Show when={state() === 'closed'}>
        <p class="muted">{t('hall.control.closedHelp')}</p>
        <Show when={canEdit()}>
          <div class="form-actions">
            <button type="button" class="btn btn-primary" onClick={() => props.actions.tally()}>
              {t('hall.control.tally')}
            </button>
          </div>
        </Show>
      </Show>
      <Show when={state() === 'tallied'}>
        <p class="ses-handoff">{t('hall.control.talliedHelp')}</p>
        <Show when={progress()}>
          {(p) => (
            <>
              <Show when={p().rule}>
                {(r) => <p data-testid="certification-rule">{t('signing.rule', { chief: r().chief, total: r().total })}</p>}
              </Show>
              <p data-testid="certification-progress">
                {p().signers.length ? t('signing.progress', { names: signerNames() }) : t('signing.progressNone')}{' '}
                <Show when={p().missing}>{(m) => <span>{t('signing.missing', { total: String(m().total), chief: String(m().chief) })}</span>}</Show>
              </p>
            </>
          )}
        </Show>
        <Show when={session.may('ballot.certify')}>
          <div class="form-actions">
            <button type="button" class="btn btn-primary" onClick={() => void props.actions.certify()}>
              {t('signing.sign')}
            </button>
            <A class="btn btn-quiet" href="/console/signing">
              {t('signing.goToKeys')}
            </A>
          </div>
        </Show>
      </Show>
      <Show when={state() === 'certified'}>
        <p class="ses-handoff">
          {t('hall.control.certifiedHelp', { by: x().certifiedBy ?? '', at: x().certifiedAt ? formatDateTime(x().certifiedAt!) : '' })}
        </p>
        <div class="form-actions">
          <A class="btn" href={`/console/ledgers/${x().ledgerId}`}>
            {t('hall.control.ledger')}
          </A>
          <a class="btn btn-quiet" href={`/verify?ballot=${x().id}`} target="_blank" rel="noopener">
            {t('hall.control.publicPage')}
          </a>
        </div>
      </Show>
      <Show when={canEdit() && (state() === 'tallied' || state() === 'certified') && props.runoffDue}>
        <div class="form-actions">
          <button type="button" class="btn btn-primary" onClick={() => props.actions.runoff()}>
            {t('hall.control.runoff')}
          </button>
        </div>
      </Show>
    </section>
  );
}
