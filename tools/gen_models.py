#!/usr/bin/env python3
"""gen_models.py turns AWS's service models (botocore's data, as shipped by Debian's awscli package) into
the compact models the build embeds: operations, shapes with their constraints, paginators and waiters,
with documentation cut to a one-line plain-text summary per operation and member.

    gen_models.py --data DIR --out FILE.cpp [--json-dir DIR] SERVICE...

DIR holds botocore's <service>/<version>/{service-2,paginators-1,waiters-2}.json. FILE.cpp defines
evb::model::embedded_model_text(service). Standard library only.
"""
import argparse
import json
import os
import re
import sys
import xml.dom.minidom
import xml.parsers.expat

def newest_version(data_dir, service):
    folder = os.path.join(data_dir, service)
    if not os.path.isdir(folder):
        sys.exit(f"gen_models: no model for {service} in {data_dir}; run tools/setup.sh (Debian's awscli)")
    return os.path.join(folder, sorted(os.listdir(folder))[-1])


def load(folder, name):
    path = os.path.join(folder, name)
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def strip_xml(doc):
    """strip_xml keeps the text nodes of documentation, as the AWS CLI's overview does (raw when not XML)."""
    try:
        dom = xml.dom.minidom.parseString("<doc>%s</doc>" % doc)
    except xml.parsers.expat.ExpatError:
        return doc
    content = []

    def walk(node):
        for child in node.childNodes:
            if child.nodeType == child.TEXT_NODE:
                content.append(child.data)
            else:
                walk(child)

    walk(dom)
    return "".join(content)


def summary(doc):
    """summary returns the first sentence of documentation as the AWS CLI's get_shape_doc_overview does:
    the XML stripped, cut at the first run of '.' or ':', a '.' added, line breaks made spaces."""
    if not doc:
        return ""
    content = re.split(r"[.:]+", strip_xml(doc), maxsplit=1)[0]
    if content:
        content += "."
    for char in ("\n", "\u2028"):
        content = content.replace(char, " ")
    return content


def number(value):
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def compact_shape(shape, shapes):
    out = {"type": shape["type"]}
    for key in ("min", "max"):
        if key in shape:
            out[key] = number(shape[key])
    for key in ("pattern", "enum", "required", "payload", "streaming", "union", "document",
                "sensitive", "timestampFormat", "exception"):
        if key in shape:
            out[key] = shape[key]
    for key in ("member", "key", "value"):
        if key in shape:
            out[key] = shape[key]["shape"]
    if "members" in shape:
        members = []
        for name, member in shape["members"].items():
            doc = member.get("documentation") or shapes.get(member["shape"], {}).get("documentation")
            row = [name, member["shape"], summary(doc)]
            traits = {}
            for key in ("location", "locationName", "idempotencyToken", "deprecated", "jsonvalue",
                        "hostLabel"):
                if key in member:
                    traits[key] = member[key]
            if traits:
                row.append(traits)
            members.append(row)
        out["members"] = members
    return out


def compact_operation(op):
    out = {}
    if "input" in op:
        out["input"] = op["input"]["shape"]
    if "output" in op:
        out["output"] = op["output"]["shape"]
    out["summary"] = summary(op.get("documentation"))
    if op.get("deprecated"):
        out["deprecated"] = True
    http = op.get("http", {})
    if "method" in http:
        out["http"] = [http["method"], http.get("requestUri", "/")]
    return out


def as_list(value):
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def compact_paginator(p):
    out = {"input_token": as_list(p.get("input_token")), "output_token": as_list(p.get("output_token")),
           "result_key": as_list(p.get("result_key"))}
    if "limit_key" in p:
        out["limit_key"] = p["limit_key"]
    if "more_results" in p:
        out["more_results"] = p["more_results"]
    if "non_aggregate_keys" in p:
        out["non_aggregate_keys"] = p["non_aggregate_keys"]
    return out


def compact_model(folder, service):
    model = load(folder, "service-2.json")
    meta = model["metadata"]
    shapes = model["shapes"]
    referenced_by_ops = set()
    for op in model["operations"].values():
        for key in ("input", "output"):
            if key in op:
                referenced_by_ops.add(op[key]["shape"])
    return {
        "name": service,
        "title": meta.get("serviceFullName", service),
        "version": meta["apiVersion"],
        "protocol": meta["protocol"],
        "target_prefix": meta.get("targetPrefix", ""),
        "signing_name": meta.get("signingName", meta.get("endpointPrefix", service)),
        "operations": {name: compact_operation(op) for name, op in sorted(model["operations"].items())},
        "shapes": {name: compact_shape(shape, shapes) for name, shape in sorted(shapes.items())},
        "paginators": {name: compact_paginator(p)
                       for name, p in sorted(load(folder, "paginators-1.json").get("pagination", {}).items())},
        "waiters": load(folder, "waiters-2.json").get("waiters", {}),
    }


def cpp_literal(text):
    """cpp_literal splits text into raw string literals short enough for every compiler."""
    delimiter = "evbm"
    assert ")" + delimiter + '"' not in text
    chunks = [text[i: i + 60000] for i in range(0, len(text), 60000)] or [""]
    return "\n".join(f'R"{delimiter}({chunk}){delimiter}"' for chunk in chunks)


def write_if_changed(path, text):
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            if f.read() == text:
                return
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True, help="botocore's data folder")
    parser.add_argument("--out", required=True, help="the C++ file to write")
    parser.add_argument("--json-dir", help="also write each compact model as SERVICE.json here")
    parser.add_argument("services", nargs="+")
    args = parser.parse_args()
    entries = []
    for service in args.services:
        folder = newest_version(args.data, service)
        text = json.dumps(compact_model(folder, service), separators=(",", ":"), ensure_ascii=False)
        if args.json_dir:
            write_if_changed(os.path.join(args.json_dir, service + ".json"), text)
        entries.append((service, text))
    body = ["// Generated by tools/gen_models.py from botocore's data; do not edit.",
            '#include "model/embedded.hpp"', "", "namespace evb::model {", "namespace {", ""]
    for service, text in entries:
        body.append(f"constexpr std::string_view k_{service} =\n{cpp_literal(text)};")
        body.append("")
    body += ["}  // namespace", "",
             "const std::vector<std::string_view>& embedded_services() {",
             "    static const std::vector<std::string_view> kNames = {" +
             ", ".join(f'"{s}"' for s, _ in entries) + "};",
             "    return kNames;", "}", "",
             "std::string_view embedded_model_text(std::string_view service) {"]
    for service, _ in entries:
        body.append(f'    if (service == "{service}") return k_{service};')
    body += ['    return {};', "}", "", "}  // namespace evb::model", ""]
    write_if_changed(args.out, "\n".join(body))


if __name__ == "__main__":
    main()
