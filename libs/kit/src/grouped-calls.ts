/**
 * Group commit: calls made while the previous group is on its way to the database go together in the
 * next one — one round trip for many. The first call of a quiet moment goes at once, alone (no added
 * latency); under load the groups grow by themselves.
 */
export class GroupedCalls<I, O> {
  private queued: Array<{ input: I; resolve: (output: O) => void; reject: (error: unknown) => void }> = [];
  private running = false;

  /** `run` answers each input in order: its output, or the Error for that input alone. */
  constructor(
    private readonly run: (inputs: I[]) => Promise<Array<O | Error>>,
    private readonly largestGroup = 500,
  ) {}

  call(input: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queued.push({ input, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.queued.length > 0) {
        const group = this.queued.splice(0, this.largestGroup);
        try {
          const outputs = await this.run(group.map((call) => call.input));
          group.forEach((call, index) => {
            const output = outputs[index];
            if (output instanceof Error) call.reject(output);
            else call.resolve(output as O);
          });
        } catch (error) {
          group.forEach((call) => call.reject(error));
        }
      }
    } finally {
      this.running = false;
    }
  }
}
