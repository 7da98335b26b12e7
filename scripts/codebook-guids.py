#!/usr/bin/env python3
"""Check or fix the GUIDs of the shipped codebooks (codebooks/*/*.qdc).

Every Code's guid is derived from where it sits, not minted at random:

    guid = uuid5(NAMESPACE, "<folder-name>:<code path>")

where the code path is the code names from the root joined with "/" (a "/" inside a
name is written "\\/" and a "\\" as "\\\\"), e.g.
"barriers-enablers:Barriers/Language/ESOL waiting list".

Why: a code keeps the same GUID in every copy and every release of a codebook, so
importing a shipped codebook again into a project matches the codes already there
instead of duplicating them, and codes from several codebooks can be loaded into one
project without colliding. (Renaming or moving a code therefore gives it a new GUID.)

    scripts/codebook-guids.py [--check]   list mismatches and exit 1 if there are any
    scripts/codebook-guids.py --fix       rewrite the files with the derived GUIDs
"""
import os
import pathlib
import sys
import uuid
import xml.etree.ElementTree as ET

NAMESPACE = uuid.UUID("3f0c9a52-6d1e-5b7a-9c4e-2a8d1b6f0e73")
NS = "urn:QDA-XML:codebook:1.0"
Q = "{%s}" % NS


def escape(name):
    return name.replace("\\", "\\\\").replace("/", "\\/")


def walk(parent, prefix):
    """Yield (element, path) for every Code below parent, in document order."""
    for code in parent.findall(Q + "Code"):
        path = prefix + [escape(code.get("name", ""))]
        yield code, "/".join(path)
        yield from walk(code, path)


def process(qdc, fix):
    ET.register_namespace("", NS)
    root = ET.parse(qdc).getroot()
    folder = qdc.parent.name
    problems, errors, renamed, seen = [], [], {}, set()
    for code, path in walk(root.find(Q + "Codes"), []):
        want = str(uuid.uuid5(NAMESPACE, f"{folder}:{path}"))
        have = code.get("guid", "")
        if path in seen:
            errors.append(f"{qdc}: two codes share the path {path!r}")
        seen.add(path)
        if have != want:
            problems.append(f"{qdc}: {path}: guid {have or '(none)'}, expected {want}")
            renamed[have] = want
            code.set("guid", want)
    if fix and renamed:
        for member in root.iter(Q + "MemberCode"):  # keep Sets pointing at the same codes
            member.set("guid", renamed.get(member.get("guid"), member.get("guid")))
        ET.indent(root, space="  ")
        text = ET.tostring(root, encoding="unicode")
        qdc.write_text('<?xml version="1.0" encoding="UTF-8"?>\n' + text + "\n", encoding="utf-8")
    return problems, errors


def main(argv):
    if set(argv) - {"--check", "--fix"}:
        print(__doc__, file=sys.stderr)
        return 2
    fix = "--fix" in argv
    repo = pathlib.Path(__file__).resolve().parent.parent
    files = [f.relative_to(repo) for f in sorted((repo / "codebooks").glob("*/*.qdc"))]
    os.chdir(repo)
    results = [process(f, fix) for f in files]
    problems = [p for r in results for p in r[0]]
    errors = [e for r in results for e in r[1]]
    for p in problems:
        print(("fixed: " if fix else "") + p, file=sys.stdout if fix else sys.stderr)
    for e in errors:
        print(e, file=sys.stderr)
    if errors or (problems and not fix):
        return 1
    print(f"{len(files)} codebook(s) {'fixed' if fix else 'checked'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
