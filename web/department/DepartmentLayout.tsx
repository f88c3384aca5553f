// The department portal's frame: logged in as a department, with its short navigation.
import type { RouteSectionProps } from '@solidjs/router';
import { t } from '../app/i18n';
import { RequireRole } from '../app/RequireRole';
import { Shell, type NavItem } from '../app/Shell';
import { departmentImplementationNav } from '../routes/implementation';

export function DepartmentLayout(props: RouteSectionProps) {
  const nav = (): NavItem[] => [
    { href: '/department', label: t('sol.nav.myProposals'), end: true },
    ...departmentImplementationNav(),
    { href: '/department/account', label: t('nav.myAccount') },
  ];
  return (
    <RequireRole need="workspace.department">
      <Shell nav={nav()}>{props.children}</Shell>
    </RequireRole>
  );
}
