import os from 'node:os';
import path from 'node:path';

export const ARCHIVE_FILE_NAME = 'minutebook.sqlite';
const APP_FOLDER = 'Minutebook';

/** The OS user-data folder, the same one Electron's app.getPath('userData') gives. */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_FOLDER);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_FOLDER);
}

/** `--db FILE` wins, then MINUTEBOOK_DB, then the user-data folder. */
export function resolveArchivePath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = flag ?? env.MINUTEBOOK_DB;
  return path.resolve(chosen && chosen.length > 0 ? chosen : path.join(userDataDir(env), ARCHIVE_FILE_NAME));
}
