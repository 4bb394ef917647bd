// Test helpers: read a written .docx back as text, through the real `unzip` and the XML itself.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** One part of a zip package (.docx, .xlsx; bytes or file), via `unzip -p`. */
export function zipEntry(zip: Buffer | string, entry: string): string {
  let file = zip as string;
  if (Buffer.isBuffer(zip)) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'minutebook-zip-'));
    file = path.join(dir, 'read.zip');
    fs.writeFileSync(file, zip);
    try {
      return execFileSync('unzip', ['-p', file, entry], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  return execFileSync('unzip', ['-p', file, entry], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

/** word/document.xml of a .docx. */
export function documentXml(docx: Buffer | string): string {
  return zipEntry(docx, 'word/document.xml');
}

const decode = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The text of each paragraph (<w:p>), in order. */
export function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    // Text runs, and Word's non-breaking hyphen, which a reader sees as "-".
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:noBreakHyphen\/>/g)].map((t) => (t[1] === undefined ? '-' : decode(t[1]))).join(''),
  );
}

/** Each table row (<w:tr>) as the text of its cells. */
export function tableRows(xml: string): string[][] {
  return [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) =>
    [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => paragraphs(c[0]).join('\n')),
  );
}
