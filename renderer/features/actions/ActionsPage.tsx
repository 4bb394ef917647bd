import { LaterPage } from '../../ui/LaterPage';

export function ActionsPage() {
  return <LaterPage navKey="nav.actions" purposeKey="later.actions" />;
}
