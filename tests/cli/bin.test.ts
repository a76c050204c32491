import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from './support';

const root = path.resolve(__dirname, '../..');
const bin = path.join(root, 'bin', 'resolution-targets.js');

// The real executable as npm links it: a separate node process running the compiled CLI.
describe('bin/resolution-targets.js', () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);

  beforeAll(() => {
    if (!existsSync(path.join(root, 'dist', 'node', 'cli', 'cli.js'))) {
      execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.cli.json'], {
        cwd: root,
      });
    }
  }, 120_000);

  it('writes a sheet, checks it and exits with the right codes', () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8' });
    expect(run('template')).toMatchObject({
      status: 0,
      stdout: expect.stringContaining('chi-tieu-2023.xlsx'),
    });
    const checked = run('check', 'chi-tieu-2023.xlsx', 'khong-co.xlsx', '--json');
    expect(checked.status).toBe(2);
    expect(JSON.parse(checked.stdout).map((report: { file: string }) => report.file)).toEqual([
      'chi-tieu-2023.xlsx',
      'khong-co.xlsx',
    ]);
    expect(checked.stderr).toContain('khong-co.xlsx: không kiểm tra được.');
    expect(checked.stderr).not.toMatch(/\n\s+at /);
  });

  it("shows the seal time on the clerk's own clock (TZ), not in UTC", () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [bin, ...args], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, TZ: 'Asia/Ho_Chi_Minh' },
      });
    expect(run('template', '--out', 'chot.xlsx').status).toBe(0);
    const sealed = run('seal', 'chot.xlsx');
    expect(sealed.status).toBe(0);
    const [{ seal }] = JSON.parse(run('check', 'chot.xlsx', '--json').stdout) as {
      seal: { sealedAt: string };
    }[];
    // Hà Nội is UTC+7 all year: the stored UTC time, seven hours on, as dd/MM/yyyy HH:mm.
    const hanoi = new Date(Date.parse(seal.sealedAt) + 7 * 3_600_000);
    const two = (n: number) => String(n).padStart(2, '0');
    const shown = `${two(hanoi.getUTCDate())}/${two(hanoi.getUTCMonth() + 1)}/${hanoi.getUTCFullYear()} ${two(hanoi.getUTCHours())}:${two(hanoi.getUTCMinutes())}`;
    expect(sealed.stdout).toContain(`lúc ${shown}.`);
    expect(run('check', 'chot.xlsx').stdout).toContain(
      `Đã chốt số liệu lúc ${shown}; từ đó đến nay không sửa.`,
    );
  });
});
