#!/usr/bin/env bash
# Times Briefing against asciidoctor-pdf on the same chapter, whole process, side by side, with
# hyperfine: the seed report at 1x and 10x (sections and table rows repeated), written as
# AsciiDoc for asciidoctor-pdf. Needs Debian's hyperfine and ruby-asciidoctor-pdf, and python3.
# Usage: bench/compare-with-asciidoctor-pdf.sh   (run from the repository root after ./briefing once)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" <<'PY'
import json, sys, copy
work = sys.argv[1]
seed = json.load(open("source-json/north-korea-2023.json"))

def text(inline):
    if isinstance(inline, str):
        return inline
    out = []
    for span in inline:
        if isinstance(span, str): out.append(span)
        elif "em" in span: out.append("_" + span["em"] + "_")
        elif "strong" in span: out.append("*" + span["strong"] + "*")
        else: out.append(span["href"] + "[" + span["link"] + "]")
    return "".join(out)

def scaled(factor):
    report = copy.deepcopy(seed)
    sections = list(report["sections"])
    for k in range(2, factor + 1):
        for s in seed["sections"]:
            c = copy.deepcopy(s); c["id"] += f"-{k}"; c["title"] += f" ({k})"; sections.append(c)
    report["sections"] = sections
    for a in report.get("appendices", []):
        for b in a["blocks"]:
            if isinstance(b, dict) and b.get("type") == "table":
                b["rows"] = b["rows"] * factor
    return report

def blocks(bs):
    out = []
    for b in bs:
        if isinstance(b, str) or b.get("type") == "paragraph":
            out.append(text(b if isinstance(b, str) else b["text"]))
        elif b["type"] == "list":
            out.append("\n".join((". " if b.get("ordered") else "* ") + text(i) for i in b["items"]))
        elif b["type"] in ("quote", "callout"):
            out.append("[NOTE]\n====\n" + text(b["text"]) + "\n====")
        elif b["type"] == "table":
            rows = ["|===", "|" + " |".join(c["header"] for c in b["columns"]), ""]
            rows += ["|" + " |".join(text(c) for c in r) for r in b["rows"]]
            out.append("." + b["caption"] + "\n" + "\n".join(rows) + "\n|===")
    return "\n\n".join(out)

for factor in (1, 10):
    r = scaled(factor)
    json.dump(r, open(f"{work}/chapter-{factor}x.json", "w"), ensure_ascii=False)
    m = r["metadata"]
    doc = [f"= {m['title']}: {m['subtitle']}", m["organization"], ":doctype: book", ":toc:", ":sectnums:", "",
           "== Summary", text(r["lead"]), "", "\n".join("* " + text(p) for p in r["keyPoints"]), ""]
    doc += ["== Key figures", "|===", "|Figure |Value |Period", ""]
    doc += [f"|{f['label']} |{f['value']} |{f.get('period', '')}" for f in r["keyFigures"]] + ["|===", ""]
    for s in r["sections"]:
        doc += [f"== {s['title']}", blocks(s["blocks"]), ""]
    for a in r.get("appendices", []):
        doc += ["[appendix]", f"== {a['title']}", blocks(a["blocks"]), ""]
    open(f"{work}/chapter-{factor}x.adoc", "w").write("\n".join(doc))
PY

./briefing render "$work/chapter-1x.json" --out "$work/warm" >/dev/null   # builds the jar and its start-up cache
for factor in 1 10; do
  hyperfine --warmup 1 --runs 10 --export-markdown "$work/result-${factor}x.md" \
    --command-name "asciidoctor-pdf ${factor}x (PDF only)" "asciidoctor-pdf -o $work/a.pdf $work/chapter-${factor}x.adoc" \
    --command-name "briefing ${factor}x (PDF + DOCX + summary)" "./briefing render $work/chapter-${factor}x.json --out $work/out"
  cat "$work/result-${factor}x.md"
done
