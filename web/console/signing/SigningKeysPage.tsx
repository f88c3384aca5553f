// Signing keys: a scrutineer makes their key here (in this browser, with a downloaded backup) and
// reads its fingerprint to the secretariat; the secretariat compares and registers or revokes keys.
import { createResource, createSignal, For, Show } from 'solid-js';
import type { SigningKey, SigningKeysAnswer } from '@contract';
import { fingerprintOf } from '@contract/domain';
import { api, errorMessage } from '../../app/api';
import { confirmAction } from '../../app/confirm';
import { FormMessage, TextField } from '../../app/fields';
import { createFormErrors } from '../../app/form-errors';
import { formatDateTime, t } from '../../app/i18n';
import { Page } from '../../app/Page';
import { session } from '../../app/session';
import { toasts } from '../../app/toasts';
import './signing.css';
import { createLocalKey, forgetLocalKey, localKey, restoreLocalKey, type KeyBackup } from './key-store';
import { CertificationRuleCard } from './CertificationRuleCard';

const listKeys = () => api.get('/api/signers');

function download(name: string, json: unknown) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(json, null, 2)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function SigningKeysPage() {
  const [keys, { refetch }] = createResource(listKeys);
  return (
    <Page title={t('signing.title')} intro={t('signing.intro')}>
      <Show when={keys.error}>
        <FormMessage text={errorMessage(keys.error)} />
      </Show>
      <Show when={session.may('signer.submit')}>
        <MyKey keys={keys()} reload={refetch} />
      </Show>
      <CertificationRuleCard keys={keys()?.keys ?? []} />
      <KeyTable keys={keys()?.keys ?? []} canEdit={session.may('signer.manage')} reload={refetch} />
    </Page>
  );
}

function MyKey(props: { keys: SigningKeysAnswer | undefined; reload: () => void }) {
  const account = () => session.state.account!;
  const [local, { refetch }] = createResource(() => account().accountId, localKey);
  const [password, setPassword] = createSignal('');
  const [again, setAgain] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [file, setFile] = createSignal<File | null>(null);
  const errors = createFormErrors(['password', 'again'], () => ({ password: password(), again: again(), file: file()?.name ?? null }));
  const onServer = () => props.keys?.keys.find((k) => k.keyId === local()?.keyId);

  const create = async (e: Event) => {
    e.preventDefault();
    const ok = errors.check(() => ({
      password: password().length < 10 ? 'signing.passwordShort' : null,
      again: password() !== again() ? 'signing.passwordMismatch' : null,
    }));
    if (!ok || !props.keys) return;
    setBusy(true);
    try {
      const { key, backup } = await createLocalKey(account().accountId, account().username, props.keys.alg, password());
      download(`signing-key-${account().username}-${key.keyId.slice(0, 8)}.json`, backup);
      await api.post('/api/signers', { body: { alg: key.alg, publicKey: key.publicKey } });
      setPassword('');
      setAgain('');
      toasts.success(t('signing.created'));
      refetch();
      props.reload();
    } catch (err) {
      errors.capture(err);
    } finally {
      setBusy(false);
    }
  };

  const restore = async (e: Event) => {
    e.preventDefault();
    errors.clear();
    const f = file();
    if (!f) return;
    setBusy(true);
    try {
      await restoreLocalKey(account().accountId, JSON.parse(await f.text()) as KeyBackup, password());
      setPassword('');
      toasts.success(t('signing.restored'));
      refetch();
    } catch (err) {
      errors.capture(err);
    } finally {
      setBusy(false);
    }
  };

  const discard = async () => {
    await forgetLocalKey(account().accountId);
    refetch();
  };

  return (
    <section class="card stack" aria-labelledby="my-key">
      <h2 id="my-key">{t('signing.yourKey')}</h2>
      <Show
        when={local()}
        fallback={
          <Show when={!local.loading}>
            <p class="sig-notice" role="status">
              {t('signing.none')} {t('signing.firstLogin')}
            </p>
            <form class="stack narrow" onSubmit={create}>
              <TextField
                label={t('signing.password')}
                hint={t('signing.passwordHint')}
                type="password"
                autocomplete="new-password"
                value={password()}
                onInput={setPassword}
                error={errors.field('password')}
              />
              <TextField
                label={t('signing.passwordAgain')}
                type="password"
                autocomplete="new-password"
                value={again()}
                onInput={setAgain}
                error={errors.field('again')}
              />
              <FormMessage text={errors.general()} />
              <div class="form-actions">
                <button type="submit" class="btn btn-primary" disabled={busy() || !props.keys}>
                  {busy() ? t('signing.creating') : t('signing.create')}
                </button>
              </div>
            </form>
            <details>
              <summary>{t('signing.restore')}</summary>
              <form class="stack narrow" onSubmit={restore}>
                <label class="field">
                  <span class="field-label">{t('signing.restoreFile')}</span>
                  <input type="file" accept="application/json,.json" onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)} />
                </label>
                <TextField
                  label={t('signing.restorePassword')}
                  type="password"
                  autocomplete="current-password"
                  value={password()}
                  onInput={setPassword}
                />
                <div class="form-actions">
                  <button type="submit" class="btn" disabled={busy() || !file()}>
                    {t('signing.restore')}
                  </button>
                </div>
              </form>
            </details>
          </Show>
        }
      >
        {(k) => (
          <>
            <p class="muted">{t('signing.fingerprintHelp')}</p>
            <p class="sig-fingerprint mono" data-testid="my-fingerprint">
              {fingerprintOf(k().keyId)}
            </p>
            <dl class="summary">
              <dt>{t('signing.alg')}</dt>
              <dd>{t(`signing.alg.${k().alg}`)}</dd>
              <dt>{t('signing.status')}</dt>
              <dd data-testid="my-key-status">
                {onServer() ? t(`signing.status.${onServer()!.status}`) : t('signing.status.unknown')}
                <Show when={onServer()?.role}>{(r) => `（${t(`signing.role.${r()}`)}）`}</Show>
              </dd>
            </dl>
            <Show when={onServer()?.status === 'revoked' || (!onServer() && props.keys)}>
              <p class="form-message">{t('signing.revokedHelp')}</p>
              <button type="button" class="btn" onClick={() => void discard()}>
                {t('signing.newKey')}
              </button>
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}

function KeyTable(props: { keys: SigningKey[]; canEdit: boolean; reload: () => void }) {
  const register = (k: SigningKey, role: 'chief' | 'member') =>
    confirmAction.ask({
      title: t('signing.registerTitle'),
      message: t('signing.registerMessage', { name: k.name, fingerprint: k.fingerprint }),
      confirmLabel: role === 'chief' ? t('signing.registerChief') : t('signing.registerMember'),
      run: async () => {
        await api.post('/api/signers/:keyId/register', { params: { keyId: k.keyId }, body: { role } });
        toasts.success(t('signing.registered', { name: k.name }));
        props.reload();
      },
    });
  const revoke = (k: SigningKey) =>
    confirmAction.ask({
      title: t('signing.revokeTitle'),
      message: t('signing.revokeMessage', { name: k.name }),
      confirmLabel: t('signing.revoke'),
      danger: true,
      run: async () => {
        await api.post('/api/signers/:keyId/revoke', { params: { keyId: k.keyId } });
        toasts.success(t('signing.revokedDone', { name: k.name }));
        props.reload();
      },
    });
  return (
    <section class="stack">
      <h2>{t('signing.keysCaption')}</h2>
      <Show when={props.keys.length > 0} fallback={<p class="muted">{t('signing.noKeys')}</p>}>
        <div class="table-wrap">
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{t('signing.name')}</th>
                <th scope="col">{t('signing.fingerprint')}</th>
                <th scope="col">{t('signing.alg')}</th>
                <th scope="col">{t('signing.status')}</th>
                <Show when={props.canEdit}>
                  <th scope="col">{t('common.actions')}</th>
                </Show>
              </tr>
            </thead>
            <tbody>
              <For each={props.keys}>
                {(k) => (
                  <tr data-key={k.keyId}>
                    <td class="cell-strong">{k.name}</td>
                    <td class="mono col-nowrap">{k.fingerprint}</td>
                    <td>{t(`signing.alg.${k.alg}`)}</td>
                    <td>
                      {t(`signing.status.${k.status}`)}
                      <Show when={k.role}>{(r) => `（${t(`signing.role.${r()}`)}）`}</Show>
                      <div class="muted">{formatDateTime(k.revokedAt ?? k.registeredAt ?? k.submittedAt)}</div>
                    </td>
                    <Show when={props.canEdit}>
                      <td class="col-nowrap">
                        <Show when={k.status === 'submitted'}>
                          <button type="button" class="btn btn-small" onClick={() => register(k, 'chief')}>
                            {t('signing.registerChief')}
                          </button>{' '}
                          <button type="button" class="btn btn-small" onClick={() => register(k, 'member')}>
                            {t('signing.registerMember')}
                          </button>
                        </Show>
                        <Show when={k.status === 'registered'}>
                          <button type="button" class="btn btn-small btn-danger" onClick={() => revoke(k)}>
                            {t('signing.revoke')}
                          </button>
                        </Show>
                      </td>
                    </Show>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </Show>
    </section>
  );
}
