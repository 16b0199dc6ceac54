#!/usr/bin/python3
"""openpyxl as a user would read the allocation sheet: load the workbook, get
every cell value of the first sheet, sum one column.

    /usr/bin/python3 scripts/bench-openpyxl.py FILE.xlsx read_only|default SUM_COLUMN

Prints one JSON line: wall and CPU time (ms) of the task (interpreter start-up
and `import openpyxl` excluded), peak RSS (MiB), cells with a value, the column's
sum and the number of characters of all text cells (to compare readers).
"""
import json
import resource
import sys
import time

import openpyxl


def cpu_ms():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return (r.ru_utime + r.ru_stime) * 1000.0


def main():
    path, mode, sum_col = sys.argv[1], sys.argv[2], int(sys.argv[3])
    t0 = time.perf_counter()
    c0 = cpu_ms()
    read_only = mode == "read_only"
    wb = openpyxl.load_workbook(path, read_only=read_only, data_only=True)
    ws = wb.worksheets[0]
    cells = 0
    total = 0.0
    text_chars = 0
    for row in ws.iter_rows(values_only=True):
        for c, v in enumerate(row):
            if v is None:
                continue
            cells += 1
            if isinstance(v, str):
                text_chars += len(v)
            elif c == sum_col and isinstance(v, (int, float)) and not isinstance(v, bool):
                total += v
    if read_only:
        wb.close()
    wall = (time.perf_counter() - t0) * 1000.0
    cpu = cpu_ms() - c0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # KiB on Linux
    print(json.dumps({"wall": wall, "cpu": cpu, "peakRssMiB": peak, "cells": cells, "sum": total, "textChars": text_chars}))


main()
