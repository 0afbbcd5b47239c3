/** Latencies and errors per endpoint label for one measured window. */
export class Recorder {
  private samples = new Map<string, number[]>();
  private errors = new Map<string, number>();
  private errorExamples = new Map<string, string>();
  private started = performance.now();
  recording = true;

  record(label: string, milliseconds: number, ok: boolean, problem?: string): void {
    if (!this.recording) return;
    let list = this.samples.get(label);
    if (list === undefined) this.samples.set(label, (list = []));
    list.push(milliseconds);
    if (!ok) {
      this.errors.set(label, (this.errors.get(label) ?? 0) + 1);
      if (problem !== undefined && !this.errorExamples.has(label)) {
        this.errorExamples.set(label, problem);
      }
    }
  }

  reset(): void {
    this.samples.clear();
    this.errors.clear();
    this.errorExamples.clear();
    this.started = performance.now();
  }

  summary(): WindowSummary {
    const seconds = (performance.now() - this.started) / 1000;
    const endpoints: EndpointFigures[] = [...this.samples.entries()]
      .map(([label, values]) => figures(label, values, this.errors.get(label) ?? 0, seconds))
      .sort((a, b) => a.label.localeCompare(b.label));
    const requests = endpoints.reduce((sum, e) => sum + e.count, 0);
    const errors = endpoints.reduce((sum, e) => sum + e.errors, 0);
    return {
      seconds,
      requests,
      errors,
      rps: requests / seconds,
      endpoints,
      errorExamples: Object.fromEntries(this.errorExamples),
    };
  }
}

export interface EndpointFigures {
  label: string;
  count: number;
  errors: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface WindowSummary {
  seconds: number;
  requests: number;
  errors: number;
  rps: number;
  endpoints: EndpointFigures[];
  errorExamples: Record<string, string>;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? 0;
}

function figures(label: string, values: number[], errors: number, seconds: number) {
  const sorted = [...values].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    label,
    count: values.length,
    errors,
    rps: round(values.length / seconds),
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1) ?? 0),
  };
}
