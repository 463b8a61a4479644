#!/usr/bin/python3
"""compare_with_aws_cli.py sets the shell's output beside the real AWS CLI v2's (Debian's awscli 2.9.19 at
/usr/bin/aws, installed by tools/setup.sh) wherever the answer is local, and fails on any difference. The CLI
runs in this process, through the entry point /usr/bin/aws calls (awscli.clidriver): the same code, without
Python's start-up for each of the ~150 commands.

- usage: the same command line given to /usr/bin/aws and to `evb` (errors raised before any call);
- json, text, table, yaml, yaml-stream: canned API responses served to /usr/bin/aws by a fake endpoint on
  127.0.0.1 (bounded: it serves only this run and stops with it), and the same responses printed by
  evb_render_response, the shell's own formatter step, with the same --query;
- yaml also reads every output back: with ruamel.yaml (YAML 1.2, the CLI's printer) it must give the very
  value printed; with PyYAML (a YAML 1.1 reader) too, except for the strings the CLI itself leaves plain
  although YAML 1.1 reads them as booleans or sexagesimal numbers (yes, off, 1:20).

Canned bodies list members in the order of AWS's model, as botocore parses them.
Usage: compare_with_aws_cli.py GROUP --render PATH --evb PATH"""
import argparse
import http.server
import importlib.util
import io
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading

from cases import FORMAT_CASES, USAGE_CASES

AWS = "/usr/bin/aws"
TIMEOUT = 60


class CannedResponses(http.server.BaseHTTPRequestHandler):
    """Answers every request under /<case>/ with that case's canned body."""
    bodies = {}

    def answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        case = self.path.strip("/").split("/")[0]
        body = json.dumps(self.bodies.get(case, {})).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/x-amz-json-1.1")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = answer
    do_GET = answer

    def log_message(self, *args):
        pass


def use_cli_environment(home):
    """Fake credentials, one region, no config files, no pager, no instance metadata."""
    for key in [k for k in os.environ if k.startswith("AWS_")]:
        del os.environ[key]
    os.environ.update(HOME=home, AWS_ACCESS_KEY_ID="x", AWS_SECRET_ACCESS_KEY="x", AWS_DEFAULT_REGION="us-east-1",
                      AWS_CONFIG_FILE=os.path.join(home, "config"), AWS_EC2_METADATA_DISABLED="true",
                      AWS_SHARED_CREDENTIALS_FILE=os.path.join(home, "credentials"), AWS_PAGER="")


def aws(words):
    """Runs the AWS CLI as /usr/bin/aws does, capturing what it prints and its exit status."""
    import awscli.clidriver
    out, err = (io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="") for _ in range(2))
    saved = sys.stdout, sys.stderr, sys.argv
    sys.stdout, sys.stderr, sys.argv = out, err, [AWS]  # argparse names the program after argv[0]
    try:
        code = awscli.clidriver.AWSCLIEntryPoint().main(words)
    finally:
        sys.stdout, sys.stderr, sys.argv = saved
    out.flush()
    err.flush()
    return code, out.buffer.getvalue().decode("utf-8", "replace"), err.buffer.getvalue().decode("utf-8", "replace")


def run(command, stdin=None):
    p = subprocess.run(command, input=stdin, capture_output=True, timeout=TIMEOUT)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def show(label, result):
    code, out, err = result
    return "%s: exit %d\n  stdout %r\n  stderr %r" % (label, code, out, err)


class Comparison:
    def __init__(self, args, port):
        self.args, self.port = args, port
        self.failures = []
        self.checked = 0

    def expect_same(self, name, real, ours):
        self.checked += 1
        if real != ours:
            self.failures.append("%s differs\n%s\n%s" % (name, show("aws", real), show("evb", ours)))

    def usage(self):
        for words in USAGE_CASES:
            real = aws(words)
            ours = run([self.args.evb] + (words or ["aws"]))
            self.expect_same("aws " + " ".join(words), real, ours)

    def formats(self, output):
        for case in FORMAT_CASES:
            CannedResponses.bodies[case["name"]] = case["body"]
            endpoint = "http://127.0.0.1:%d/%s" % (self.port, case["name"])
            for query in [None] + case.get("queries", []):
                words = case["command"] + ["--output", output] + (["--query", query] if query else [])
                real = aws(["--endpoint-url", endpoint] + words)
                render = [self.args.render, case["operation"], output] + ([query] if query else [])
                ours = run(render, stdin=json.dumps(case["body"]).encode())
                name = "%s --output %s%s" % (case["name"], output, " --query " + query if query else "")
                self.expect_same(name, real, ours)
                if output == "yaml" and real[0] == 0 and ours[1]:
                    as_json = aws(["--endpoint-url", endpoint] + case["command"] + ["--output", "json"] +
                                  (["--query", query] if query else []))
                    self.read_back(name, ours[1], json.loads(as_json[1]))

    def read_back(self, name, text, value):
        """The YAML printed reads back, in YAML 1.2 and (but for the CLI's own plain 1.1 words) 1.1."""
        import yaml
        from ruamel.yaml import YAML
        self.checked += 1
        if YAML(typ="safe").load(text) != value:
            self.failures.append("%s: YAML 1.2 reads back %r" % (name, YAML(typ="safe").load(text)))
        if yaml.safe_load(text) != as_yaml11_reads(value):
            self.failures.append("%s: YAML 1.1 reads back %r" % (name, yaml.safe_load(text)))


YAML11_ONLY = re.compile(r"^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF"
                         r"|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?)$")


def as_yaml11_reads(value):
    """value with the strings YAML 1.1 reads as another type replaced by what it reads (the CLI's YAML is 1.2)."""
    import yaml
    if isinstance(value, dict):
        return {as_yaml11_reads(k): as_yaml11_reads(v) for k, v in sorted(value.items())}  # printed sorted
    if isinstance(value, list):
        return [as_yaml11_reads(v) for v in value]
    if isinstance(value, str) and YAML11_ONLY.match(value):
        return yaml.safe_load(value)
    return value


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("group", choices=["usage", "json", "text", "table", "yaml", "yaml-stream"])
    parser.add_argument("--render", required=True)
    parser.add_argument("--evb", required=True)
    args = parser.parse_args()
    if not os.access(AWS, os.X_OK) or importlib.util.find_spec("awscli") is None:
        print("compare_with_aws_cli: %s is missing (tools/setup.sh installs Debian's awscli)" % AWS)
        return 1
    signal.alarm(600)  # the whole comparison, fake endpoint included, never outlives ten minutes
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), CannedResponses)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with tempfile.TemporaryDirectory() as home:
            use_cli_environment(home)  # before awscli is imported: importing it sets AWS_DATA_PATH
            import awscli
            print("comparing with aws-cli/%s" % awscli.__version__)
            comparison = Comparison(args, server.server_port)
            if args.group == "usage":
                comparison.usage()
            else:
                comparison.formats(args.group)
    finally:
        server.shutdown()
        server.server_close()
    for failure in comparison.failures:
        print(failure + "\n")
    print("%d checked, %d differ from the AWS CLI" % (comparison.checked, len(comparison.failures)))
    return 1 if comparison.failures else 0


if __name__ == "__main__":
    sys.exit(main())
