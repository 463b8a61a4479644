#!/usr/bin/env python3
"""single_file.py writes the playground as one HTML file: the built site's index.html with page.css,
the scripts and the favicon inlined and evb_web.wasm handed to the module as base64 (Module.wasmBinary),
so it runs from file:// with no network. The examples and exercises are inside the wasm already.
Usage: single_file.py SITE_DIR OUTPUT.html"""
import base64
import os
import re
import sys


def read(site: str, name: str, mode: str = "r"):
    with open(os.path.join(site, name), mode) as source:
        return source.read()


def script(text: str) -> str:
    # "</script" inside a script would end it early; "<\/script" means the same to JavaScript.
    return "<script>\n%s\n</script>" % text.replace("</script", "<\\/script")


def main() -> None:
    site, output = sys.argv[1], sys.argv[2]
    page = read(site, "index.html")
    wasm = base64.b64encode(read(site, "evb_web.wasm", "rb")).decode("ascii")
    icon = base64.b64encode(read(site, "favicon.svg", "rb")).decode("ascii")
    page = page.replace('<link rel="stylesheet" href="page.css">', "<style>\n%s\n</style>" % read(site, "page.css"))
    page = page.replace('href="favicon.svg"', 'href="data:image/svg+xml;base64,%s"' % icon)
    wasm_loader = (
        "window.evbModuleOptions = Object.assign(window.evbModuleOptions || {}, { wasmBinary: (function () {\n"
        "  var text = atob('%s');\n"
        "  var bytes = new Uint8Array(text.length);\n"
        "  for (var i = 0; i < text.length; ++i) bytes[i] = text.charCodeAt(i);\n"
        "  return bytes;\n"
        "})() });" % wasm)

    def inline(match: "re.Match[str]") -> str:
        name = match.group(1)
        body = script(read(site, name))
        return (script(wasm_loader) + "\n  " + body) if name == "evb-share.js" else body

    page, count = re.subn(r'<script src="([^"]+)"></script>', inline, page)
    if count < 4 or "wasmBinary" not in page:
        raise SystemExit("single_file.py: index.html does not load the scripts it expects")
    with open(output, "w", encoding="utf-8") as out:
        out.write(page)


if __name__ == "__main__":
    main()
