// The runtime's linecache: source text of every file the runtime compiled (scripts, imported modules),
// by filename, for traceback lines and deadlock reports. Files compiled from strings that CPython does
// not show (`-c`, `<stdin>`, `<string>`) are never registered, so their entries print no source line,
// as in CPython. Unknown real files are read through the host on demand (like linecache.getline).

import type { Host } from '../host/host.js';

export class SourceCache {
  private files = new Map<string, string[] | null>();

  constructor(private host: Host | null) {}

  add(filename: string, source: string): void {
    this.files.set(filename, source.split(/\r\n|\r|\n/));
  }

  /** Line `lineno` (1-based) without its newline, or null. */
  line(filename: string, lineno: number): string | null {
    let lines = this.files.get(filename);
    if (lines === undefined) {
      lines = null;
      if (this.host && !filename.startsWith('<')) {
        const text = this.host.readTextFile(filename);
        if (text !== null) lines = text.split(/\r\n|\r|\n/);
      }
      this.files.set(filename, lines);
    }
    if (lines === null || lineno < 1 || lineno > lines.length) return null;
    return lines[lineno - 1];
  }
}
