// /verify: the public check of a receipt. Enter or scan it: after certification the page shows
// that the ballot is in the ledger at seq N, with its content, and recomputes the entry's hash
// here in the browser; before, it says the receipt will be visible then. /verify?ballot=<id>
// (the QR on the hall screen) shows the ballot's public ledger and result status. Project ballots
// and satisfaction evaluations alike.
import { useSearchParams } from '@solidjs/router';
import { createMemo, createResource, createSignal, For, Match, onMount, Show, Switch } from 'solid-js';
import { api, ApiError } from '../app/api';
import { usePageTitle } from '../app/Page';
import { formatDateTime, t } from '../app/i18n';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { hashEntry } from '@contract/domain';
import { normalizeReceiptCode } from '@contract/domain';
import { CameraBox } from '../tablet/CodeEntry';
import { choiceClass, choiceText } from '../tablet/evaluation-labels';
import { shortReceipt, type AnyChoice, type ReceiptLookup } from '../tablet/hall-types';
import '../tablet/hall.css';
import { BallotLedgerCheck } from './BallotLedgerCheck';

const RECEIPT = /[0-9a-f]{64}/i;

/**
 * A receipt from what was scanned or typed: the full 64 digits anywhere in it (the QR's address),
 * or the code exactly as the tablet shows it ("723E 8F21 4454": spaces, dashes and case ignored).
 */
export function extractReceipt(text: string): string | null {
  return RECEIPT.exec(text)?.[0]?.toLowerCase() ?? normalizeReceiptCode(text.trim());
}

type Outcome = { receipt: string; lookup: ReceiptLookup } | { receipt: string; missing: true } | { receipt: string; error: string };

export function VerifyPage() {
  usePageTitle(() => t('hall.verify.title'));
  const [params] = useSearchParams<{ ballot?: string }>();
  const [input, setInput] = createSignal('');
  const [inputError, setInputError] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [outcome, setOutcome] = createSignal<Outcome | null>(null);

  const check = async (receipt: string) => {
    setBusy(true);
    setInputError('');
    try {
      const lookup = await api.get('/api/receipts/:receipt', { params: { receipt } });
      setOutcome({ receipt, lookup });
    } catch (err) {
      setOutcome(err instanceof ApiError && err.status === 404 ? { receipt, missing: true } : { receipt, error: (err as Error).message });
    } finally {
      setBusy(false);
    }
  };

  const submit = (e: Event) => {
    e.preventDefault();
    const receipt = extractReceipt(input());
    if (!receipt) {
      setInputError(t('hall.verify.bad'));
      return;
    }
    void check(receipt);
  };

  onMount(() => {
    const fromUrl = extractReceipt(location.hash);
    if (fromUrl) {
      setInput(fromUrl);
      void check(fromUrl);
    }
  });

  return (
    <div class="vfy">
      <header class="vfy-top">
        <span class="vfy-brand">
          <span class="brand-mark" aria-hidden="true" />
          {t('app.title')}
        </span>
        <LanguageSwitch />
      </header>
      <main class="vfy-main" id="main">
        <h1 class="vfy-title">{t('hall.verify.title')}</h1>
        <p class="vfy-lead">{t('hall.verify.lead')}</p>
        <Show when={params.ballot}>{(id) => <BallotLedgerCheck ballotId={id()} />}</Show>
        <section class="card vfy-form-card" aria-labelledby="vfy-form-title">
          <h2 class="card-title" id="vfy-form-title">
            {t('hall.verify.formTitle')}
          </h2>
          <form onSubmit={submit} novalidate>
            <label class="field-label" for="vfy-receipt">
              {t('hall.verify.label')}
            </label>
            <textarea
              id="vfy-receipt"
              class="input vfy-input mono"
              rows={2}
              value={input()}
              spellcheck={false}
              autocomplete="off"
              aria-invalid={inputError() ? 'true' : undefined}
              aria-describedby="vfy-hint"
              onInput={(e) => {
                setInput(e.currentTarget.value);
                setInputError('');
              }}
            />
            <p id="vfy-hint" class={inputError() ? 'field-error' : 'field-hint'} role={inputError() ? 'alert' : undefined}>
              {inputError() || t('hall.verify.hint')}
            </p>
            <div class="form-actions">
              <button type="submit" class="btn btn-primary" disabled={busy()}>
                {busy() ? t('common.loading') : t('hall.verify.submit')}
              </button>
            </div>
          </form>
          <CameraBox
            class="vfy-camera"
            startLabel={t('hall.verify.scan')}
            onText={(text) => {
              const r = extractReceipt(text);
              if (!r) return false;
              setInput(r);
              void check(r);
              return true;
            }}
          />
        </section>
        <Show when={outcome()}>{(o) => <OutcomeView outcome={o()} />}</Show>
      </main>
    </div>
  );
}

function OutcomeView(props: { outcome: Outcome }) {
  return (
    <section class="vfy-result" aria-live="polite">
      <Switch>
        <Match when={'missing' in props.outcome}>
          <div class="card card-error">
            <h2 class="card-title">{t('hall.verify.missing')}</h2>
            <p>{t('hall.verify.missingHelp')}</p>
          </div>
        </Match>
        <Match when={'error' in props.outcome && (props.outcome as { error: string })}>
          {(o) => (
            <p class="form-message" role="alert">
              {o().error}
            </p>
          )}
        </Match>
        <Match when={'lookup' in props.outcome && (props.outcome as { receipt: string; lookup: ReceiptLookup })}>
          {(o) => (
            <Switch>
              <Match when={o().lookup.status === 'pending'}>
                <div class="card vfy-pending">
                  <h2 class="card-title">{t('hall.verify.pending')}</h2>
                  <p>{t('hall.verify.pendingHelp')}</p>
                  <p class="muted">
                    {t('hall.receipt.code')} <span class="mono">{shortReceipt(o().receipt)}</span>
                  </p>
                </div>
              </Match>
              <Match when={o().lookup.status === 'published' && (o().lookup as Extract<ReceiptLookup, { status: 'published' }>)}>
                {(p) => <Published found={p()} />}
              </Match>
            </Switch>
          )}
        </Match>
      </Switch>
    </section>
  );
}

function Published(props: { found: Extract<ReceiptLookup, { status: 'published' }> }) {
  const f = () => props.found;
  // A ledger entry's data is always an object (canonical JSON); the contract types it loosely.
  const entry = () => ({ ...f().entry, data: f().entry.data as Record<string, unknown> });
  const recomputed = createMemo(() => {
    try {
      return hashEntry(entry()) === f().entry.hash;
    } catch {
      return false;
    }
  });
  const [ballot] = createResource(
    () => f().ledger.subjectId,
    (id) =>
      api
        .get('/api/public/ballots/:id', { params: { id } })
        .then((r) => r.ballot)
        .catch(() => undefined),
  );
  const choices = () => Object.entries((entry().data.choices ?? {}) as Record<string, AnyChoice>);
  const candidate = (id: string) => ballot()?.candidates.find((c) => c.id === id);
  const sorted = () => [...choices()].sort((a, b) => (candidate(a[0])?.position ?? 0) - (candidate(b[0])?.position ?? 0));
  return (
    <div class="card card-ok vfy-published">
      <h2 class="card-title">{t('hall.verify.found', { seq: f().entry.seq })}</h2>
      <p>{t('hall.verify.foundIn', { ledger: f().ledger.title })}</p>
      <h3 class="vfy-h3">{t('hall.verify.content')}</h3>
      <ol class="vfy-choices">
        <For each={sorted()}>
          {([id, c]) => (
            <li>
              <span class="vfy-choice-name">{candidate(id) ? `${candidate(id)!.position}. ${candidate(id)!.title}` : id}</span>
              <span class={`review-choice ${choiceClass(c)}`}>{choiceText(c)}</span>
            </li>
          )}
        </For>
      </ol>
      <dl class="summary vfy-facts">
        <div>
          <dt>{t('hall.verify.seq')}</dt>
          <dd>{f().entry.seq}</dd>
        </div>
        <div>
          <dt>{t('hall.verify.at')}</dt>
          <dd>{formatDateTime(f().entry.at)}</dd>
        </div>
        <div class="summary-wide">
          <dt>{t('hall.verify.receipt')}</dt>
          <dd class="mono hash">{f().receipt}</dd>
        </div>
        <div class="summary-wide">
          <dt>{t('hall.verify.hash')}</dt>
          <dd class="mono hash">{f().entry.hash}</dd>
        </div>
        <div class="summary-wide">
          <dt>{t('hall.verify.prev')}</dt>
          <dd class="mono hash">{f().entry.prev}</dd>
        </div>
        <div class="summary-wide">
          <dt>{t('hall.verify.head')}</dt>
          <dd>
            <span>{t('hall.screen.seq', { seq: f().head.seq })}</span> <span class="mono hash">{f().head.hash}</span>
          </dd>
        </div>
      </dl>
      <p class={recomputed() ? 'vfy-ok' : 'form-message'}>{recomputed() ? t('hall.verify.recomputed') : t('hall.verify.mismatch')}</p>
      <p>
        <a class="btn" href={`/api/ledgers/${f().ledger.id}`} download={`ledger-${f().ledger.id}.json`}>
          {t('hall.verify.download')}
        </a>
      </p>
      <p class="muted small">{t('hall.verify.offline')}</p>
    </div>
  );
}
