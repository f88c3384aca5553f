// Routes and console navigation of the solicitation pages; main.tsx and ConsoleLayout include them.
import type { NavItem } from '../app/Shell';

/** Pages under /console (rendered inside the console shell). */
export const solicitationConsoleRoutes = () => <></>;

/** Pages outside the console (their own layouts). */
export const solicitationTopRoutes = () => <></>;

/** Items for the console's navigation, in order; a function so labels follow the language. */
export const solicitationNav = (): NavItem[] => [];
