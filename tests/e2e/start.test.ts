import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { eventually, openPage } from './support/browser';

/**
 * `npm start` on a machine without Excel: it serves the add-in on https://localhost:3000/, prints
 * the preview's address, and Ctrl+C (SIGINT to its process group) stops every process it started.
 */

const ROOT = path.resolve(__dirname, '..', '..');
const PORT = 3000;

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Processes still alive in a process group. */
function groupMembers(group: number): string[] {
  const lines = execFileSync('ps', ['-eo', 'pid=,pgid=,args='], { encoding: 'utf8' }).split('\n');
  return lines.filter((line) => line.trim().split(/\s+/)[1] === String(group));
}

let server: ChildProcess | undefined;

afterAll(() => {
  // Only if the test failed half-way: never leave a server behind.
  if (server?.pid && groupMembers(server.pid).length > 0) process.kill(-server.pid, 'SIGKILL');
});

test('npm start serves the preview, prints its address, and Ctrl+C stops all it started', async () => {
  if (await portInUse(PORT))
    throw new Error(`Port ${PORT} is taken: stop whatever serves it, then run again.`);
  // Its own process group, as a terminal gives a command; CI=1: no browser to open here.
  server = spawn('npm', ['start'], { cwd: ROOT, detached: true, env: { ...process.env, CI: '1' } });
  const group = server.pid as number;
  let output = '';
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  await eventually(() => expect(output).toMatch(/https:\/\/localhost:3000\/\S*preview\S*/), 240_000);
  const url = /https:\/\/localhost:3000\/\S*preview\S*/.exec(output)?.[0] as string;

  // The address appears once the first build is served, so the page is usable soon after.
  const session = await openPage(url);
  try {
    await session.page.getByText('Bản xem thử — không phải Excel').waitFor({ timeout: 15_000 });
    await session.page.getByRole('button', { name: 'Tạo biểu chỉ tiêu' }).waitFor({ timeout: 5_000 });
  } catch (error) {
    const page = await session.page.evaluate(() => document.body.innerText.slice(0, 500));
    throw new Error(`${String(error)}\nThe page shows: ${page}\nnpm start printed: ${output.slice(-2000)}`);
  } finally {
    await session.close();
  }
  expect(groupMembers(group).length).toBeGreaterThan(0);

  process.kill(-group, 'SIGINT');
  await eventually(() => expect(groupMembers(group)).toEqual([]), 30_000);
  expect(await portInUse(PORT)).toBe(false);
  expect(output).toMatch(/SIGINT: stopping/);
});
