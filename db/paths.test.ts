import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARCHIVE_FILE_NAME, resolveArchivePath, userDataDir } from './paths.js';

describe('resolveArchivePath', () => {
  it('prefers --db, then MINUTEBOOK_DB, then the user-data folder', () => {
    const env = { MINUTEBOOK_DB: '/srv/env.sqlite', XDG_CONFIG_HOME: '/home/lan/.config' };
    expect(resolveArchivePath('/data/flag.sqlite', env)).toBe(path.resolve('/data/flag.sqlite'));
    expect(resolveArchivePath(undefined, env)).toBe(path.resolve('/srv/env.sqlite'));
    expect(resolveArchivePath(undefined, { MINUTEBOOK_DB: '', XDG_CONFIG_HOME: '/home/lan/.config' })).toBe(
      path.resolve(userDataDir({ XDG_CONFIG_HOME: '/home/lan/.config' }), ARCHIVE_FILE_NAME),
    );
  });

  it('makes a relative --db absolute against the working folder', () => {
    expect(resolveArchivePath('archive.sqlite', {})).toBe(path.join(process.cwd(), 'archive.sqlite'));
  });
});

describe('userDataDir', () => {
  it('follows each platform convention, like Electron userData', () => {
    expect(userDataDir({ APPDATA: 'C:\\Users\\lan\\AppData\\Roaming' }, 'win32')).toBe(
      path.join('C:\\Users\\lan\\AppData\\Roaming', 'Minutebook'),
    );
    expect(userDataDir({}, 'darwin')).toBe(path.join(os.homedir(), 'Library', 'Application Support', 'Minutebook'));
    expect(userDataDir({ XDG_CONFIG_HOME: '/x' }, 'linux')).toBe(path.join('/x', 'Minutebook'));
    expect(userDataDir({}, 'linux')).toBe(path.join(os.homedir(), '.config', 'Minutebook'));
  });
});
