import { LaterPage } from '../../ui/LaterPage';

export function ConclusionsPage() {
  return <LaterPage navKey="nav.conclusions" purposeKey="later.conclusions" />;
}
