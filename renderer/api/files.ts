import {
  ATTACHMENT_MAX_BYTES,
  type AttachmentInfo,
  type AttachmentTarget,
  DOWNLOAD_ROUTE,
  INLINE_SAFE_MIMES,
  type Result,
  TOKEN_HEADER,
  UPLOAD_ROUTE,
} from '../../electron/contract';
import { browserToken, shellBridge } from './transport';

// The files' client: uploads and downloads stream on the host's file routes (browser mode)
// or go through the shell's dialogs (Electron). Bytes never go through a command.

const tooLarge = (): Result<never> => ({ ok: false, error: { code: 'TOO_LARGE', message: `larger than ${ATTACHMENT_MAX_BYTES} bytes` } });
const unavailable = (message: string): Result<never> => ({ ok: false, error: { code: 'UNAVAILABLE', message } });

function targetQuery(target: AttachmentTarget): string {
  const [key, value] = Object.entries(target)[0]!;
  return `${key}=${value}`;
}

/**
 * Stores a picked or dropped file, reporting progress (0…1). Above 200 MB it is refused here,
 * before a byte is sent (the host checks again). The browser streams the File from disk.
 */
export function uploadFile(file: File, target: AttachmentTarget, onProgress: (fraction: number) => void): Promise<Result<AttachmentInfo>> {
  if (file.size > ATTACHMENT_MAX_BYTES) return Promise.resolve(tooLarge());
  const shell = shellBridge();
  if (shell?.files) return shell.files.storeDropped(file, target);
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${UPLOAD_ROUTE}?name=${encodeURIComponent(file.name)}&${targetQuery(target)}`);
    xhr.setRequestHeader(TOKEN_HEADER, browserToken());
    xhr.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    xhr.onload = () => {
      try {
        resolve(JSON.parse(xhr.responseText) as Result<AttachmentInfo>);
      } catch {
        resolve(xhr.status === 413 ? tooLarge() : unavailable(`HTTP ${xhr.status}`));
      }
    };
    xhr.onerror = () => resolve(unavailable('upload failed'));
    xhr.send(file);
  });
}

/** Electron only: the shell's file dialog. Null when the clerk cancelled (or in browser mode). */
export async function pickWithShell(target: AttachmentTarget): Promise<Result<AttachmentInfo> | null> {
  const files = shellBridge()?.files;
  return files ? files.pick(target) : null;
}

export const hasShellFiles = (): boolean => shellBridge()?.files !== undefined;

/** Whether a file may be shown in a tab of its own (a PDF or image whose bytes were checked). */
export const opensInline = (info: AttachmentInfo): boolean => INLINE_SAFE_MIMES.includes(info.mimeType);

/**
 * Saves a copy (or, for a checked PDF/image, opens it in a new tab). Browser mode fetches the
 * download route with the token; Electron saves through the shell's save dialog.
 */
export async function downloadFile(info: AttachmentInfo, mode: 'save' | 'open'): Promise<Result<null>> {
  const shell = shellBridge();
  if (shell?.files) {
    const saved = await shell.files.saveCopy(info.id);
    return saved === null || saved.ok ? { ok: true, value: null } : saved;
  }
  const inline = mode === 'open' && opensInline(info);
  let response: Response;
  try {
    response = await fetch(`${DOWNLOAD_ROUTE}${info.id}${inline ? '?inline=1' : ''}`, { headers: { [TOKEN_HEADER]: browserToken() } });
  } catch (error) {
    return unavailable((error as Error).message);
  }
  if (!response.ok) {
    try {
      return (await response.json()) as Result<never>;
    } catch {
      return unavailable(`HTTP ${response.status}`);
    }
  }
  const blob = await response.blob();
  const url = URL.createObjectURL(new Blob([blob], { type: inline ? info.mimeType : 'application/octet-stream' }));
  if (inline) {
    window.open(url, '_blank', 'noopener');
  } else {
    const link = document.createElement('a');
    link.href = url;
    link.download = info.fileName;
    document.body.append(link);
    link.click();
    link.remove();
  }
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { ok: true, value: null };
}
