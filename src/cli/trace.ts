// `pyts --trace out.json`: record the run's thread events (src/trace/events.ts) and write them as
// Chrome trace-event JSON (open in https://ui.perfetto.dev or chrome://tracing): one lane per thread
// named by thread_name metadata, complete ('X') slices that never overlap on a lane: running (holds
// the GIL), ready (preempted), and each wait with what it waited on and the source line.
import { writeFileSync } from 'node:fs';
import type { Runtime } from '../runtime/runtime.js';
import { attachThreadEvents } from '../trace/events.js';
import { TimelineRecorder, toChromeTrace } from '../trace/timeline.js';

export interface TraceRecording {
  /** Write the trace file; returns an error message or null. */
  write(): string | null;
}

export function recordTrace(rt: Runtime, file: string): TraceRecording {
  const rec = new TimelineRecorder({ maxSegments: 2_000_000 });
  const off = attachThreadEvents(rt, (e) => rec.handle(e));
  return {
    write() {
      off();
      rec.finish();
      try {
        writeFileSync(file, JSON.stringify(toChromeTrace(rec, { processName: `pyts ${rt.argv.join(' ')}`.trim() })));
        return null;
      } catch (e) {
        return `pyts: cannot write trace file '${file}': ${(e as Error).message}`;
      }
    },
  };
}
