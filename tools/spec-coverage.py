#!/usr/bin/env python3
"""Which operations CometChat publishes that spec/cometchat.openapi.json lacks (and the reverse).

A developer tool: it reads CometChat's published documents from ../shared/reference when that folder is
present (it is not part of the project). Operations are compared by method and path with path parameter
names ignored, as issue #3 counts them.

    python3 tools/spec-coverage.py [path/to/reference]
"""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REFERENCE = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "reference")
METHODS = ("get", "put", "post", "delete", "patch")


def key(method, path):
    return method.upper() + " " + re.sub(r"\{[^}]*\}", "{}", path.rstrip("/") or "/")


def openapi_operations(path):
    with open(path, encoding="utf-8") as f:
        document = json.load(f)
    return {key(m, p) for p, item in document.get("paths", {}).items() for m in item if m in METHODS}


def markdown_operations(path, pattern):
    with open(path, encoding="utf-8") as f:
        return {key(m, p) for m, p in re.findall(pattern, f.read(), re.MULTILINE)}


def main():
    if not os.path.isdir(REFERENCE):
        print(f"No reference folder at {REFERENCE}; nothing to compare with.")
        return 2

    published = {
        "chat-apis-0384fba.json": openapi_operations(os.path.join(REFERENCE, "cometchat-openapi", "chat-apis-0384fba.json")),
        "chat-apis-73495de.json": openapi_operations(os.path.join(REFERENCE, "cometchat-openapi", "chat-apis-73495de.json")),
        "calls.json": openapi_operations(os.path.join(REFERENCE, "cometchat-openapi", "calls.json")),
        "ai-agents-api.md": markdown_operations(os.path.join(REFERENCE, "ai-agents-api.md"), r"^\| \d+ \| (GET|POST|PUT|PATCH|DELETE) \| `([^`]+)`"),
        "other-specs.md (data import)": markdown_operations(os.path.join(REFERENCE, "other-specs.md"), r"^\| (POST) \| `(/data_import/[^`]+)`"),
    }
    ours = openapi_operations(os.path.join(ROOT, "spec", "cometchat.openapi.json"))

    # ai-agents-api.md shortens long paths to "…/rest/of/path": match those by method and path suffix.
    for source, operations in published.items():
        for operation in [o for o in operations if "…" in o]:
            method, suffix = operation.split(" ", 1)
            matches = [o for o in ours if o.startswith(method + " /ai-agents/") and o.endswith(suffix.replace("…", ""))]
            if len(matches) == 1:
                operations.discard(operation)
                operations.add(matches[0])

    everything = set()
    for source, operations in published.items():
        new = operations - everything
        everything |= operations
        missing = sorted(new - ours)
        print(f"{source}: {len(new)} operations not in an earlier source, {len(new) - len(missing)} in our spec")
        for operation in missing:
            print(f"  missing: {operation}")

    print(f"\nPublished: {len(everything)}; in our spec: {len(everything & ours)}; ours beyond the published: {len(ours - everything)}")
    for operation in sorted(ours - everything):
        print(f"  extra: {operation}")
    return 0 if everything <= ours else 1


if __name__ == "__main__":
    sys.exit(main())
