// The ballot's large-text setting, for deputies who read small type badly: chosen on the ballot,
// kept in sessionStorage for the card's session (a reload of the phone keeps it), and cleared
// on the hall tablet when it goes back to its start screen, so the next deputy starts as usual.
import { createSignal } from 'solid-js';

const KEY = 'minsheng.ballot.largeText';

function stored(): boolean {
  try {
    return sessionStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

const [largeText, setSignal] = createSignal(stored());
export { largeText };

export function setLargeText(on: boolean) {
  setSignal(on);
  try {
    if (on) sessionStorage.setItem(KEY, '1');
    else sessionStorage.removeItem(KEY);
  } catch {
    /* not kept; still applied */
  }
}

/** The card's session is over (the tablet is back at its start): normal text for the next deputy. */
export function endCardSession() {
  setLargeText(false);
}
