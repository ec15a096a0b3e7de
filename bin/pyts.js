#!/usr/bin/env node
// The CLI entry. It loads the esbuild bundle of dist/src/cli/main.js (one file plus lazily loaded
// stdlib chunks): Node loads ~150 separate modules noticeably slower than one bundle (startup time).
import '../dist/cli/main.js';
