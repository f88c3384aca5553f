// A box that scrolls sideways and says so: when its content is wider than the screen, a line above
// it tells the reader to swipe, and a shadow shows on the side where more columns hide. Only then
// is it a focusable region, so a keyboard can scroll it too. Shared by the app's tables.
import { createSignal, onCleanup, onMount, Show, type JSX } from 'solid-js';
import { t } from './i18n';

export function ScrollFrame(props: { label: string; class?: string; children: JSX.Element }) {
  let box!: HTMLDivElement;
  const [more, setMore] = createSignal({ left: false, right: false });
  const measure = () => {
    const max = box.scrollWidth - box.clientWidth;
    setMore({ left: max > 1 && box.scrollLeft > 1, right: max > 1 && box.scrollLeft < max - 1 });
  };
  const overflows = () => more().left || more().right;
  onMount(() => {
    measure();
    const watch = new ResizeObserver(measure);
    watch.observe(box);
    for (const child of Array.from(box.children)) watch.observe(child);
    onCleanup(() => watch.disconnect());
  });
  return (
    <div class="scroll-frame" classList={{ 'scroll-more-left': more().left, 'scroll-more-right': more().right }}>
      <Show when={overflows()}>
        <p class="scroll-hint">{t('table.scrollHint')}</p>
      </Show>
      <div
        ref={box}
        class={props.class}
        role={overflows() ? 'region' : undefined}
        aria-label={overflows() ? props.label : undefined}
        tabindex={overflows() ? 0 : undefined}
        onScroll={measure}
      >
        {props.children}
      </div>
    </div>
  );
}
