// What the hall tablet and the deputy's phone share once a card is read: reading it (the ballot,
// or why it cannot be used), then the ballot in its form and the receipt. Each page keeps its own
// frame around this (kiosk timers and pairing on the tablet; the address bar on the phone).
import { Match, Switch } from 'solid-js';
import { ApiError } from '../app/api';
import { t } from '../app/i18n';
import { normalizeToken } from '@contract/domain';
import { BallotForm } from './BallotForm';
import { castFailure } from './casting';
import { CameraBox, CodeField } from './CodeEntry';
import { hallApi, isTransient } from './device';
import type { CardBallot } from './hall-types';
import { largeText } from './large-text';
import { ReceiptView } from './Receipt';

export type CardStep =
  | { kind: 'looking' }
  | { kind: 'ballot'; ballot: CardBallot; token: string }
  | { kind: 'receipt'; receipt: string }
  | { kind: 'notice'; message: string; tone: 'warn' | 'error' };

export function lookupProblem(err: unknown): string {
  if (err instanceof ApiError) {
    if (err.status === 0) return t('hall.card.network');
    if (err.status === 429) return t('hall.card.tooMany');
  }
  return castFailure(err).message;
}

export function stateProblem(b: CardBallot): string | null {
  if (b.state === 'draft') return t('hall.card.notOpen');
  if (b.state !== 'open') return t('hall.card.closed');
  return null;
}

/** Reads a scanned or typed card: the ballot to fill in, or the notice to show instead. */
export async function readCard(raw: string): Promise<Extract<CardStep, { kind: 'ballot' | 'notice' }>> {
  const token = normalizeToken(raw);
  if (!token) return { kind: 'notice', message: t('hall.card.notACard'), tone: 'warn' };
  try {
    const ballot = await hallApi.lookup(token);
    const problem = stateProblem(ballot);
    return problem ? { kind: 'notice', message: problem, tone: 'warn' } : { kind: 'ballot', ballot, token };
  } catch (err) {
    return { kind: 'notice', message: lookupProblem(err), tone: isTransient(err) ? 'warn' : 'error' };
  }
}

/** The opened card's ballot, then its receipt (`step` is 'ballot' or 'receipt'). */
export function CardVote(props: {
  step: CardStep;
  layout: 'tablet' | 'phone';
  /** Called as the cast is sent (the tablet must not clear itself while a cast is on its way). */
  onSending?: () => void;
  onReceipt: (receipt: string) => void;
  onLeave: () => void;
  /** Tablet: the receipt goes back to the start by itself after this many seconds. */
  returnSeconds?: number;
  onReceiptDone?: () => void;
}) {
  return (
    <div class="card-vote" classList={{ 'text-large': largeText() }}>
      <Switch>
        <Match when={props.step.kind === 'ballot' && (props.step as Extract<CardStep, { kind: 'ballot' }>)}>
          {(b) => (
            <BallotForm
              ballot={b().ballot}
              layout={props.layout}
              cast={(choices, castId) => {
                props.onSending?.();
                return hallApi.cast(b().ballot.id, b().token, choices, castId);
              }}
              onDone={(receipt) => {
                props.onReceipt(receipt);
                window.scrollTo(0, 0);
              }}
              onLeave={() => props.onLeave()}
            />
          )}
        </Match>
        <Match when={props.step.kind === 'receipt' && (props.step as Extract<CardStep, { kind: 'receipt' }>)}>
          {(r) => <ReceiptView receipt={r().receipt} layout={props.layout} returnSeconds={props.returnSeconds} onDone={props.onReceiptDone} />}
        </Match>
      </Switch>
    </div>
  );
}

/** The two ways to read a card besides a scanner typing it: the camera, or the code typed by hand. */
export function CardEntry(props: { onCard: (raw: string) => void }) {
  return (
    <>
      <CameraBox
        onText={(text) => {
          if (!normalizeToken(text)) return false;
          props.onCard(text);
          return true;
        }}
        startLabel={t('hall.camera.start')}
      />
      <CodeField label={t('hall.code.label')} submitLabel={t('hall.code.submit')} onToken={(tk) => props.onCard(tk)} />
    </>
  );
}
