import cliProgress from 'cli-progress';

/** A progress bar on a terminal, one line per phase elsewhere (CI logs, pipes). */
export function progressReporter(label: string) {
  const tty = process.stderr.isTTY;
  let bar: cliProgress.SingleBar | null = null;
  let phase = '';
  return {
    update(p: string, done: number, total: number) {
      if (p !== phase) {
        bar?.stop();
        phase = p;
        if (tty) {
          bar = new cliProgress.SingleBar({ format: `${label} ${p.padEnd(14)} [{bar}] {percentage}% {value}/{total}`, stream: process.stderr }, cliProgress.Presets.shades_classic);
          bar.start(total, done);
        } else process.stderr.write(`${label} ${p}: ${total}\n`);
      }
      bar?.update(done);
    },
    stop() {
      bar?.stop();
    },
  };
}
