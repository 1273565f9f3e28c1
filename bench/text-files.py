#!/usr/bin/env python3
"""Writes COUNT text files docNNNNN.txt into DST, each six paragraphs of the sample texts in SRC, rotated by one
paragraph from file to file. With --distinct each file opens with its own line, so that no two texts are the same
(the store keeps a text once, however many documents have it).
Usage: text-files.py SRC DST COUNT [--distinct]"""
import os
import sys

src, dst, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
distinct = "--distinct" in sys.argv[4:]
paras = []
for f in sorted(os.listdir(src)):
    paras += [p for p in open(os.path.join(src, f), encoding="utf-8").read().split("\n\n") if p.strip()]
for i in range(count):
    body = "\n\n".join(paras[(i + j) % len(paras)] for j in range(6))
    with open(os.path.join(dst, "doc%05d.txt" % i), "w", encoding="utf-8") as out:
        out.write("File %d.\n\n%s" % (i, body) if distinct else body)
