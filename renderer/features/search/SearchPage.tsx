import { LaterPage } from '../../ui/LaterPage';

export function SearchPage() {
  return <LaterPage navKey="nav.search" purposeKey="later.search" />;
}
