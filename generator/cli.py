"""The command line: check the data, write the complete docs tree to a folder, print the JSON Schema."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from generator.docs_tree import write_docs
from generator.problems import GuideError, terminal_text
from generator.schema import GuideData
from generator.site_check import check_site, read_docs_config


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="validate the data; exit 1 with located problems")
    check.add_argument("data", nargs="?", default="exercises.yaml")
    check.add_argument("--docs", help="the hand-written pages' folder (default: docs_dir of the mkdocs.yml beside the data file)")
    write = commands.add_parser("write", help="write the complete docs tree (chapters, generated pages and files, redirects) to a folder")
    write.add_argument("out", type=Path)
    write.add_argument("--data", default="exercises.yaml")
    write.add_argument("--docs", help="the hand-written pages' folder (default: docs_dir of the mkdocs.yml beside the data file)")
    write.add_argument("--site-url", help="the guide's public address (default: SITE_URL, else site_url in mkdocs.yml)")
    commands.add_parser("schema", help="print the JSON Schema of the data file")
    args = parser.parse_args(argv)

    if args.command == "schema":
        print(schema_text(), end="")
        return 0
    try:
        if args.command == "write":
            written = write_docs(Path(args.data), args.out, docs_folder=args.docs, site_url=args.site_url)
            print(f"{args.out}: {written.changed} files written, {written.unchanged} unchanged, {written.removed} removed")
            return 0
        checked = check_site(args.data, Path(args.data).name, read_docs_config(Path(args.data), args.docs), site_url="/")
        if checked.link_problems:
            raise GuideError(checked.link_problems)
    except GuideError as error:
        print(error.report(), file=sys.stderr)
        return 1
    except OSError as error:
        print(terminal_text(f"{error.filename or args.data}: {error.strerror}"), file=sys.stderr)
        return 1
    guide = checked.guide
    print(f"{args.data}: {len(guide.exercises)} exercises, {len(guide.muscles)} muscles, {len(guide.schedules)} schedules: OK")
    return 0


def schema_text() -> str:
    return json.dumps(GuideData.model_json_schema(), indent=2) + "\n"
