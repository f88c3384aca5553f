// The annual report's numbered tables.
import type { JSX } from 'solid-js';
import { ScrollFrame } from '../../app/ScrollFrame';

/**
 * A numbered table with its caption above, as in a printed report. Wide tables scroll sideways in
 * their own box on a phone, saying so; the box then takes keyboard focus so it can be scrolled without a mouse.
 */
export function AnnualReportTable(props: { caption: string; class?: string; children: JSX.Element }) {
  return (
    <ScrollFrame class="rep-table-wrap" label={props.caption}>
      <table class={`rep-table ${props.class ?? ''}`}>
        <caption>{props.caption}</caption>
        {props.children}
      </table>
    </ScrollFrame>
  );
}
