import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xlsxBytes } from '../../db/roster-import/test-files.js';
import { createDemoFile, makeTempDir, removeTempDirs, sha256File } from '../../db/test-support.js';
import { builtBundle } from '../shell/test-built-bundles.js';

// dist/cli.cjs as shipped, as a process: the import runs in dist/core-worker.cjs, which
// bundles exceljs and papaparse.

let cli: string;
beforeAll(() => {
  cli = builtBundle('cli.cjs');
  builtBundle('core-worker.cjs');
}, 180_000);
afterAll(removeTempDirs);

const run = (...args: string[]) => spawnSync(process.execPath, [cli, 'roster', 'import', ...args], { encoding: 'utf8', timeout: 60_000 });

describe('minutebook roster import (dist/cli.cjs)', () => {
  it('an .xlsx with a bad row: exit 1, the row printed, the archive byte-identical; fixed: exit 0', async () => {
    const db = await createDemoFile();
    const file = path.join(makeTempDir(), 'danh-sach.xlsx');
    const write = async (to: string) =>
      fs.writeFileSync(
        file,
        await xlsxBytes([
          ['Họ và tên', 'Đơn vị công tác', 'Chức danh trong Ban Chỉ đạo', 'Từ ngày', 'Đến ngày'],
          ['Đặng Thu Hà', 'Sở Tư pháp', 'Ủy viên', new Date(Date.UTC(2021, 2, 1)), to],
        ]),
      );
    await write('30/02/2022');
    const before = sha256File(db);
    const bad = run('--db', db, '--committee', '1', file);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('dòng 2, cột Đến ngày: Ngày không hợp lệ: "30/02/2022"');
    expect(sha256File(db)).toBe(before);

    await write('28/02/2022');
    const good = run('--db', db, '--committee', '1', file);
    expect(good.stderr).toBe('');
    expect(good.status).toBe(0);
    expect(good.stdout).toContain('Đã nhập tệp danh-sach.xlsx vào Ban Chỉ đạo #1: 1 thành viên (1 cán bộ mới');
    expect(sha256File(db)).not.toBe(before);
  });
});
