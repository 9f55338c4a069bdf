import type { CliIO } from './io.js';

/** A progress bar on stderr for runs over ~2 seconds, only on a TTY and never in CI. */
export class Progress {
  private done_ = 0;
  private readonly started = Date.now();
  private shown = false;
  private readonly enabled: boolean;

  constructor(private readonly io: CliIO, private readonly total: number) {
    const stderrTTY = Boolean((process.stderr as { isTTY?: boolean }).isTTY);
    this.enabled = stderrTTY && !io.env.CI && total > 1;
  }

  tick(): void {
    this.done_++;
    if (!this.enabled) return;
    const elapsed = Date.now() - this.started;
    if (elapsed < 2000 || (this.done_ % 10 !== 0 && this.done_ !== this.total)) return;
    const width = 30;
    const filled = Math.round((this.done_ / this.total) * width);
    this.io.stderr(`\r[${'='.repeat(filled)}${' '.repeat(width - filled)}] ${this.done_}/${this.total} files`);
    this.shown = true;
  }

  done(): void {
    if (this.shown) this.io.stderr('\r\u001b[K');
  }
}
