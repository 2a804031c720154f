// `npm run test:crash [-- --kills=N]`: the long form of the crash harness (100 kills by default).
import { runCrashHarness } from './runCrashHarness';

const killsArg = process.argv.find((a) => a.startsWith('--kills='));
const kills = killsArg ? Number(killsArg.slice('--kills='.length)) : 100;
const started = Date.now();
runCrashHarness({ kills, log: (s) => console.log(s) }).then(
  (r) => {
    console.log(
      `\n${r.kills} kills survived with the file sound: ${r.kills - r.damaged} (${r.killsInsideSave} inside a save; ${r.restoreRuns} while restoring backups, ${r.killsInsideRestore} inside a restore; ${r.killsInsideImport} inside an import); acknowledged writes: ${r.acknowledged}; lost: ${r.lost}; longest typing lost: ${r.maxTypingLostMs} ms; ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    for (const p of r.problems) console.log(`PROBLEM ${p}`);
    process.exitCode = r.problems.length === 0 ? 0 : 1;
  },
  (err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  },
);
