// The deputy portal's frame: logged in as a deputy, with its short navigation.
import type { RouteSectionProps } from '@solidjs/router';
import { t } from '../app/i18n';
import { RequireRole } from '../app/RequireRole';
import { Shell, type NavItem } from '../app/Shell';
import { deputyImplementationNav } from '../routes/implementation';

export function DeputyLayout(props: RouteSectionProps) {
  const nav = (): NavItem[] => [
    { href: '/deputy', label: t('sol.nav.deputyHome'), end: true },
    ...deputyImplementationNav(),
    { href: '/deputy/account', label: t('nav.myAccount') },
  ];
  return (
    <RequireRole need="workspace.deputy">
      <Shell nav={nav()}>{props.children}</Shell>
    </RequireRole>
  );
}
