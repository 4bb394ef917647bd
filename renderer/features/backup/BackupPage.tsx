import { LaterPage } from '../../ui/LaterPage';

export function BackupPage() {
  return <LaterPage navKey="nav.backup" purposeKey="later.backup" />;
}
