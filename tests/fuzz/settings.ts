import path from 'node:path';
import fc from 'fast-check';

/**
 * fast-check settings for every fuzz property. The seed is random unless FUZZ_SEED replays a
 * failure (FUZZ_PATH, printed beside it, goes straight to the shrunk case). On failure fast-check
 * throws with "seed: ..., path: ..." in the message, which jest prints; the line below repeats it
 * in the form to paste.
 */
export function fuzzParameters<T>(numRuns: number): fc.Parameters<T> {
  const seed =
    process.env.FUZZ_SEED === undefined
      ? Date.now() ^ (Math.random() * 0x100000000)
      : Number(process.env.FUZZ_SEED);
  const replayPath = process.env.FUZZ_PATH;
  return {
    seed,
    ...(replayPath ? { path: replayPath } : {}),
    numRuns,
    reporter: (details) => {
      if (!details.failed) return;
      const file = path.relative(process.cwd(), expect.getState().testPath ?? '');
      const replay = `FUZZ_SEED=${details.seed} FUZZ_PATH=${details.counterexamplePath ?? ''} npm run test:fuzz -- ${file}`;
      throw new Error(`${fc.defaultReportMessage(details)}\n\nReplay: ${replay}`);
    },
  };
}
