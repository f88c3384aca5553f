// The console: the secretariat's workplace; scrutineers see the same pages read-only.
import type { RouteSectionProps } from '@solidjs/router';
import { t } from '../app/i18n';
import { RequireRole } from '../app/RequireRole';
import { session } from '../app/session';
import { Shell, type NavItem } from '../app/Shell';
import { hallNav } from '../routes/hall';
import { solicitationNav } from '../routes/solicitation';

export function ConsoleLayout(props: RouteSectionProps) {
  const nav = (): NavItem[] => [
    ...solicitationNav(),
    ...hallNav(),
    { href: '/console/deputies', label: t('nav.deputies') },
    { href: '/console/delegations', label: t('nav.delegations') },
    { href: '/console/departments', label: t('nav.departments') },
    ...(session.canEdit() ? [{ href: '/console/accounts', label: t('nav.accounts') }] : []),
    { href: '/console/ledgers', label: t('nav.ledgers') },
    { href: '/console/account', label: t('nav.myAccount') },
  ];
  return (
    <RequireRole need="workspace.console">
      <Shell nav={nav()}>{props.children}</Shell>
    </RequireRole>
  );
}
