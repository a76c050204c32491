import { promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * Whether two paths name one file, through `..`, symbolic links and hard links; a path that does
 * not exist yet is compared through its folder's real path, so `./a.xlsx` and `dir/../a.xlsx` match.
 */
export async function isSameFile(a: string, b: string): Promise<boolean> {
  const [realA, realB] = await Promise.all([realPath(a), realPath(b)]);
  if (realA === realB) return true;
  const [statA, statB] = await Promise.all([fs.stat(a).catch(() => null), fs.stat(b).catch(() => null)]);
  return statA !== null && statB !== null && statA.dev === statB.dev && statA.ino === statB.ino;
}

async function realPath(file: string): Promise<string> {
  const full = path.resolve(file);
  try {
    return await fs.realpath(full);
  } catch {
    const folder = await fs.realpath(path.dirname(full)).catch(() => path.dirname(full));
    return path.join(folder, path.basename(full));
  }
}
