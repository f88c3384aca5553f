// Loaders of the public pages, and the congress's name for the frame (the cycle endpoints do not
// carry it, so it is asked once per congress and kept).
import { createSignal } from 'solid-js';
import { createLoader } from '../app/loader';
import { publicApi } from '../solicitation/public-api';
import type { PublicCongress } from '../solicitation/types';

const congressCache = new Map<string, Promise<PublicCongress | null>>();

export function congressName(congressId: () => string | null | undefined) {
  const [name, setName] = createSignal<string | null>(null);
  createLoader(congressId, async (id) => {
    if (!id) return null;
    if (!congressCache.has(id))
      congressCache.set(
        id,
        publicApi.congress(id).then(
          (r) => r.congress,
          () => null,
        ),
      );
    const c = await congressCache.get(id)!;
    setName(c?.name ?? null);
    return c;
  });
  return name;
}
