#!/usr/bin/env python3
"""Expected textwrap.wrap results (CPython 3.11) for stdlib/lib/textwrap.ts -> textwrap-cases.json."""
import json, os, textwrap
texts = [
    "The quick brown fox jumps over the lazy dog.",
    "loop number for pear thread",
    "a well-known hyphenated-word and an em--dash between words, plus e-mail and x-y",
    "supercalifragilisticexpialidocious-and-even-more-hyphenated-compounds in a line",
    "number of parallel jobs to run at the same time, a rather long help text",
    "中文 字符 也 按 码点 计算 的 长度 测试 文本",
    "trailing spaces   and   multiple    gaps",
    "x" * 30,
    "-- leading dashes --and more-- 1-2-3 well-",
]
out = []
for t in texts:
    for w in (5, 11, 20, 36, 54):
        out.append({"text": t, "width": w, "wrap": textwrap.wrap(t, w), "fill": textwrap.fill(t, w, initial_indent="  ", subsequent_indent="    ")})
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "textwrap-cases.json"), "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=0)
