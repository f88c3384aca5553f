// A project ballot's results once tallied: the verdict (selected, runoff, shortfall), the counts,
// the basis and threshold, and each candidate's votes and status, with the ledger head. Once
// certified it is the printable result sheet: the signers (总监票人 first) and the ledger head with
// a QR code to the public verify page, where anyone checks the chain ends in that head.
import { createMemo, createResource, For, Show } from 'solid-js';
import { DataTable } from '../../app/DataTable';
import { t, type MessageKey } from '../../app/i18n';
import { createLoader } from '../../app/loader';
import { joinSentences, rankLabel, ranksByFor, statusLabel } from '../../app/results';
import { qrDataUrl } from '../../tablet/qr';
import { ballotsApi, type ResultCandidate, type Results } from './hall-api';

export function BallotResults(props: { ballotId: string; version: string }) {
  const results = createLoader(
    () => props.version,
    () => ballotsApi.results(props.ballotId) as Promise<Results>,
  );
  const verdict = createMemo(() => {
    const r = results.data();
    if (!r) return '';
    const x = r.tally;
    if (x.void) return t('hall.result.void');
    const parts = [t('hall.result.selected', { n: x.selected.length, seats: x.seats })];
    if (x.runoff) {
      const nos = x.runoff.candidates.map((id) => r.candidates.find((c) => c.id === id)?.position ?? '?').join('、');
      parts.push(t('hall.result.runoff', { nos, seats: x.runoff.seats }));
    }
    if (x.shortfall > 0) parts.push(t('hall.result.shortfall', { n: x.shortfall }));
    return joinSentences(parts);
  });
  // The one ranking convention (并列第 1 名 for equal votes), computed by @contract/domain; no rank
  // while the vote is void (nothing is decided).
  const ranks = createMemo(() => {
    const r = results.data();
    if (!r || r.tally.void) return new Map<string, string>();
    const list = ranksByFor(r.candidates);
    return new Map(r.candidates.map((c, i) => [c.id, rankLabel(list[i]!)]));
  });
  const statusText = (c: ResultCandidate): string => (c.status ? statusLabel(c.status) : '—');
  const certified = () => results.data()?.ballot.state === 'certified';
  const [signers] = createResource(
    () => (certified() ? `${props.ballotId}|${props.version}` : false),
    () => ballotsApi.publicBallot(props.ballotId).then((b) => b.signers),
  );
  const verifyUrl = () => `${location.origin}/verify?ballot=${encodeURIComponent(props.ballotId)}`;
  const [qr] = createResource(() => (certified() ? verifyUrl() : false), qrDataUrl);
  return (
    <section class="card ses-result-sheet" aria-labelledby="ses-results-title">
      <h2 class="card-title" id="ses-results-title">
        {t('hall.result.title')}
      </h2>
      <Show when={results.error()}>
        <p class="form-message" role="alert">
          {results.error()}
        </p>
      </Show>
      <Show when={results.data()}>
        {(r) => (
          <>
            {/* On paper the sheet stands alone: it says which vote it is. */}
            <p class="ses-sheet-print-title">{r().ballot.title}</p>
            <p class="ses-verdict">{verdict()}</p>
            <dl class="ses-counts ses-counts-small">
              <For
                each={
                  [
                    ['hall.count.roster', r().tally.rosterCount],
                    ['hall.count.present', r().tally.presentCount],
                    ['hall.count.issued', r().tally.issued],
                    ['hall.count.returned', r().tally.returned],
                    ['hall.count.valid', r().tally.valid],
                    ['hall.count.invalid', r().tally.invalid],
                  ] as Array<[MessageKey, number]>
                }
              >
                {([k, v]) => (
                  <div class="ses-count">
                    <dt>{t(k)}</dt>
                    <dd>{v}</dd>
                  </div>
                )}
              </For>
            </dl>
            <p class="muted">
              {t('hall.result.basis', { basis: r().tally.basis, which: t(`hall.basis.${r().tally.passBasis}`), n: r().tally.threshold })}
            </p>
            <DataTable<ResultCandidate>
              caption={t('hall.result.title')}
              rows={r().candidates}
              empty=""
              rowClass={(c) => (c.status === 'selected' ? 'ses-row-selected' : '')}
              columns={[
                { header: t('hall.result.rank'), cell: (c) => ranks().get(c.id) ?? '—', class: 'col-nowrap' },
                { header: t('hall.result.no'), cell: (c) => c.position, class: 'col-num' },
                { header: t('hall.ballots.name'), cell: (c) => <strong class="cell-strong">{c.title}</strong>, class: 'col-wrap' },
                { header: t('hall.choice.for'), cell: (c) => c.for, class: 'col-num' },
                { header: t('hall.choice.against'), cell: (c) => c.against, class: 'col-num' },
                { header: t('hall.choice.abstain'), cell: (c) => c.abstain, class: 'col-num' },
                { header: t('hall.result.status'), cell: (c) => statusText(c), class: 'col-nowrap' },
              ]}
            />
            <Show when={certified() && signers.latest?.length}>
              <p data-testid="sheet-signers">
                {t('signing.certifiedBy', {
                  names: (signers.latest ?? []).map((x) => `${t(`signing.role.${x.role}`)} ${x.name}`).join('、'),
                })}
              </p>
            </Show>
            <div class="ses-sheet-head">
              <Show when={certified() && qr()}>
                <img class="ses-sheet-qr" src={qr()} width="120" height="120" alt={t('hall.screen.qrAlt')} />
              </Show>
              <div>
                <p class="muted small">
                  {t('hall.screen.ledgerHead')} {t('hall.screen.seq', { seq: r().head.seq })} <span class="mono">{r().head.hash}</span>
                </p>
                <Show when={certified()}>
                  <p class="muted small">
                    {t('hall.screen.qrCaption')} <span class="mono">{verifyUrl()}</span>
                  </p>
                  <div class="form-actions ses-sheet-no-print">
                    <button type="button" class="btn" onClick={() => window.print()}>
                      {t('hall.result.printSheet')}
                    </button>
                  </div>
                </Show>
              </div>
            </div>
          </>
        )}
      </Show>
    </section>
  );
}
