// The card print document, held in memory only between the console page that asked the server for
// it and the print page. The plaintext card tokens exist nowhere else: never in localStorage, never
// in the URL. A reload, or leaving the print page, loses them on purpose.
import { createSignal } from 'solid-js';
import type { PrintDocument } from './hall-api';

const [doc, setDoc] = createSignal<PrintDocument | null>(null);

export const printStore = {
  doc,
  /** Set just before navigating to /print/cards. */
  set: (d: PrintDocument) => setDoc(d),
  clear: () => setDoc(null),
};
