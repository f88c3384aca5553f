// /verify?ballot=<id> (the QR on the hall screen): what was decided, in words, and whether the public
// ledger bears it out — checked here in the browser with the same pure code as `npm run verify`
// (the hash chain, then the ballot's publication format and a recount from its entries). The files
// and the command-line verifier are kept under "供专业人士" (for specialists).
import { createResource, For, Match, Show, Switch } from 'solid-js';
import { api } from '../app/api';
import { formatDateTime, t } from '../app/i18n';
import { defaultCheckers, readKeyRegister, signatureChecker, verifyExport, type ExportVerification, type SignedReport } from '@contract/domain';
import type { EvaluationResults, ProjectResults, ResultsAnswer } from '@contract';
import { choiceText } from '../tablet/evaluation-labels';
import { shortHash } from '../tablet/hall-types';
import './verify.css';

interface LedgerCheck extends ExportVerification {
  /** Whose signatures verified; null when the key register could not be had (signatures unchecked). */
  signed: SignedReport | null;
}

async function fetchJson(path: string): Promise<unknown> {
  const res = await fetch(path, { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.json();
}

/**
 * Runs the verifier on an export as fetched, with the congress's public key register for the
 * scrutineers' signatures; a file that is not even JSON, or a register that does not hold, is "不一致" too.
 */
async function checkLedger(ledgerId: string): Promise<LedgerCheck> {
  const res = await fetch(`/api/ledgers/${encodeURIComponent(ledgerId)}`, { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  let doc: unknown;
  try {
    doc = await res.json();
  } catch {
    return { ok: false, problems: ['the export is not JSON'], signed: null };
  }
  const congressId = (doc as { ledger?: { congressId?: unknown } }).ledger?.congressId;
  const keysDoc =
    typeof congressId === 'string'
      ? await fetchJson(`/api/public/congresses/${encodeURIComponent(congressId)}/signing-keys`).catch(() => null)
      : null;
  if (keysDoc === null) return { ...verifyExport(doc, { checkers: defaultCheckers }), signed: null };
  const read = readKeyRegister(keysDoc);
  if (!read.ok) return { ok: false, problems: read.problems.map((p) => `key register: ${p}`), signed: null };
  const signatures = signatureChecker(read.register);
  return { ...verifyExport(doc, { checkers: [...defaultCheckers, signatures.checker] }), signed: signatures.report };
}

const signerNames = (signers: SignedReport['certifications'][number]['signers']) =>
  signers.map((k) => `${k.name}（${t(`vl.role.${k.role}`)}）`).join('、');

export function BallotLedgerCheck(props: { ballotId: string }) {
  const [ballot] = createResource(
    () => props.ballotId,
    (id) => api.get('/api/public/ballots/:id', { params: { id } }).then((r) => r.ballot),
  );
  const certified = () => (ballot()?.state === 'certified' ? ballot()! : null);
  const [results] = createResource(
    () => certified()?.id,
    (id) => api.get('/api/ballots/:id/results', { params: { id } }),
  );
  const [check] = createResource(() => certified()?.ledgerId, checkLedger);
  const origin = () => window.location.origin;

  return (
    <section class="card vfy-ballot" aria-labelledby="vfy-ballot-title">
      <Show
        when={ballot()}
        fallback={
          <p class="muted" role="status">
            {ballot.error ? t('hall.verify.noBallot') : t('common.loading')}
          </p>
        }
      >
        {(b) => (
          <>
            <h2 class="card-title" id="vfy-ballot-title">
              {b().title}
            </h2>
            <Show when={certified()} fallback={<p>{t('hall.verify.ballotPending', { state: t(`hall.state.${b().state}`) })}</p>}>
              <p data-testid="vfy-certified">
                {t('vl.certifiedBy', { by: b().certifiedBy ?? '—', at: b().certifiedAt ? formatDateTime(b().certifiedAt!) : '—' })}
              </p>
              <Show when={results()}>{(r) => <ResultInWords results={r()} />}</Show>

              <div class="vfy-check" role="status" aria-live="polite" data-testid="vfy-check">
                <Switch fallback={<p class="muted">{t('vl.checking')}</p>}>
                  <Match when={check.error}>
                    <p class="vfy-verdict vfy-verdict-bad">{t('vl.unavailable')}</p>
                  </Match>
                  <Match when={check()?.ok === true && check()}>
                    {(v) => (
                      <>
                        <p class="vfy-verdict vfy-verdict-ok">✓ {t('vl.ok')}</p>
                        <p>{t('vl.okDetail', { n: v().count ?? 0, seq: v().head?.seq ?? 0, hash: shortHash(v().head?.hash ?? '') })}</p>
                        <Show when={v().signed} fallback={<p class="muted">{t('vl.keysUnavailable')}</p>}>
                          {(signed) => (
                            <>
                              <For each={signed().papers}>{(p) => <p>{t('vl.paperSignedBy', { seq: p.seq, names: signerNames(p.signers) })}</p>}</For>
                              <Show when={signed().certifications.at(-1)} fallback={<p class="muted">{t('vl.unsigned')}</p>}>
                                {(c) => (
                                  <p class="vfy-verdict vfy-verdict-ok" data-testid="vfy-signed">
                                    ✓ {t('vl.signedBy', { names: signerNames(c().signers) })}
                                  </p>
                                )}
                              </Show>
                            </>
                          )}
                        </Show>
                      </>
                    )}
                  </Match>
                  <Match when={check()?.ok === false && check()}>
                    {(v) => (
                      <>
                        <p class="vfy-verdict vfy-verdict-bad">✗ {t('vl.bad')}</p>
                        <p>{t('vl.badDetail')}</p>
                        <ul class="vfy-problems small">
                          <For each={v().problems.slice(0, 5)}>{(p) => <li class="mono">{p}</li>}</For>
                        </ul>
                      </>
                    )}
                  </Match>
                </Switch>
              </div>

              <details class="vfy-expert">
                <summary>{t('vl.experts')}</summary>
                <Show when={results()}>
                  {(r) => (
                    <p>
                      {t('hall.verify.head')}：{t('hall.screen.seq', { seq: r().head.seq })} <span class="mono hash">{r().head.hash}</span>
                    </p>
                  )}
                </Show>
                <p class="form-actions">
                  <a class="btn" href={`/api/ledgers/${b().ledgerId}`} download={`ledger-${b().ledgerId}.json`}>
                    {t('hall.verify.download')}
                  </a>
                  <a class="btn btn-quiet" href={`/api/ballots/${b().id}/results.csv`}>
                    {t('hall.verify.csv')}
                  </a>
                </p>
                <p class="small">{t('vl.command')}</p>
                <pre class="json">{`npm run verify -- ${origin()}/api/ledgers/${b().ledgerId} \\\n  --keys ${origin()}/api/public/congresses/${String(check()?.ledger?.congressId ?? '…')}/signing-keys`}</pre>
              </details>
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}

/** The certified result as a sentence and a list: the projects adopted, or each project's grade. */
function ResultInWords(props: { results: ResultsAnswer }) {
  const isEvaluation = () => (props.results.tally as { form?: string }).form === 'satisfaction';
  const evaluation = () => (isEvaluation() ? (props.results as EvaluationResults) : null);
  const project = () => (isEvaluation() ? null : (props.results as ProjectResults));
  return (
    <Switch>
      <Match when={evaluation()}>
        {(r) => (
          <>
            <p>{t('vl.evaluated', { n: r().candidates.length })}</p>
            <ol class="vfy-adopted" data-testid="vfy-adopted">
              <For each={r().candidates}>
                {(c) => (
                  <li>
                    {c.title}：<strong>{choiceText(c.grade)}</strong>（{t('vl.rate', { rate: c.satisfactionRateText })}）
                  </li>
                )}
              </For>
            </ol>
          </>
        )}
      </Match>
      <Match when={project()}>
        {(r) => {
          const adopted = () => r().candidates.filter((c) => c.status === 'selected');
          return (
            <>
              <p>{adopted().length ? t('vl.adopted', { n: adopted().length }) : t('vl.noneAdopted')}</p>
              <ol class="vfy-adopted" data-testid="vfy-adopted">
                <For each={adopted()}>
                  {(c) => (
                    <li>
                      {c.title}
                      <span class="muted">{t('vl.votes', { for: c.for, against: c.against, abstain: c.abstain })}</span>
                    </li>
                  )}
                </For>
              </ol>
            </>
          );
        }}
      </Match>
    </Switch>
  );
}
