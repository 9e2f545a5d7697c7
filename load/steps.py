#!/usr/bin/env python3
"""Prints the Gatling report's statistics as a Markdown table (step, requests, KO, p50, p95, max in ms):
   python3 load/steps.py load/target/gatling/<run>   (the newest run when no folder is given)."""
import glob, html, os, re, sys

folder = sys.argv[1] if len(sys.argv) > 1 else max(glob.glob(os.path.join(os.path.dirname(__file__), "target/gatling/*/")), key=os.path.getmtime)
page = open(os.path.join(folder, "index.html"), encoding="utf-8").read()
print("| step | requests | KO | p50 | p95 | max |\n|---|---:|---:|---:|---:|---:|")
for row in re.findall(r'<tr id="[^"]*"[^>]*>(.*?)</tr>', page, re.S):
    name = re.search(r'class="ellipsed-name">([^<]*)<', row)
    cols = dict(re.findall(r'class="value [a-z]+ col-(\d+)">([^<]*)<', row))
    if not name or "2" not in cols:
        continue
    print(f"| {html.unescape(name.group(1))} | {cols['2']} | {cols['4']} | {cols['8']} | {cols['10']} | {cols['12']} |")
