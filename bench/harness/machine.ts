import fs from 'node:fs';
import os from 'node:os';

/** The machine the figures were measured on. */
export function machine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  const ram = (os.totalmem() / 2 ** 30).toFixed(1);
  const load = os.loadavg().map((l) => l.toFixed(2)).join(' ');
  const chromium = fs.existsSync('/usr/bin/chromium') ? ', Chromium at /usr/bin/chromium' : '';
  return `${cpu}, ${os.cpus().length} cores, ${ram} GiB RAM, Node ${process.version}, ${os.platform()} ${os.release()}; load ${load}${chromium}`;
}
