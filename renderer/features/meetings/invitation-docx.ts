import type { CommandName, ExportedFile } from '../../../electron/contract';
import { CommandFailure } from '../../api/hooks';
import { invoke } from '../../api/transport';
import { downloadBase64 } from '../../ui/download';

/**
 * The invitation as Word: helper M4b's command `invitations.exportDocx` ({ meetingId } → the
 * file's bytes), saved as a download (no path crosses). Named here by its string until that
 * command is in this branch's contract; before then the core answers UNKNOWN_COMMAND, which the
 * screen shows in Vietnamese.
 */
export async function downloadInvitationDocx(meetingId: number): Promise<void> {
  const result = await invoke('invitations.exportDocx' as CommandName, { meetingId } as never);
  if (!result.ok) throw new CommandFailure(result.error);
  const file = result.value as unknown as ExportedFile;
  downloadBase64(file.base64, file.fileName, file.mediaType);
}
