import { createRequire } from 'node:module';

const localRequire = createRequire(import.meta.url);

/**
 * Where the Electron binary is, or why it is not there. In plain Node the `electron`
 * package exports the binary's path, and throws when its download never happened.
 */
export function findElectron(): { path: string } | { missing: string } {
  try {
    const binary = localRequire('electron') as unknown;
    if (typeof binary === 'string' && binary.length > 0) return { path: binary };
    return { missing: 'the electron package did not give a binary path' };
  } catch (error) {
    return { missing: (error as Error).message.split('\n')[0] ?? 'electron is not installed' };
  }
}
