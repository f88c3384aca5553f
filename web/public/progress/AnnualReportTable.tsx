// The annual report's numbered tables.
import type { JSX } from 'solid-js';

/**
 * A numbered table with its caption above, as in a printed report. Wide tables scroll sideways in
 * their own box on a phone; the box takes keyboard focus so it can be scrolled without a mouse.
 */
export function AnnualReportTable(props: { caption: string; class?: string; children: JSX.Element }) {
  return (
    <div class="rep-table-wrap" role="region" aria-label={props.caption} tabindex="0">
      <table class={`rep-table ${props.class ?? ''}`}>
        <caption>{props.caption}</caption>
        {props.children}
      </table>
    </div>
  );
}
