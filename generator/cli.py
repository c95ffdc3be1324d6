"""The command line: check the data, write the generated pages to a folder, print the JSON Schema."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from generator.load import load_guide
from generator.problems import GuideError
from generator.render import render_site
from generator.schema import GuideData
from generator.site_check import check_site, read_docs_config


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="validate the data; exit 1 with located problems")
    check.add_argument("data", nargs="?", default="exercises.yaml")
    check.add_argument("--docs", help="the hand-written pages' folder (default: docs_dir of the mkdocs.yml beside the data file)")
    write = commands.add_parser("write", help="write the generated pages and files to a folder")
    write.add_argument("out", type=Path)
    write.add_argument("--data", default="exercises.yaml")
    write.add_argument("--site-url", default="https://example.org/")
    commands.add_parser("schema", help="print the JSON Schema of the data file")
    args = parser.parse_args(argv)

    if args.command == "schema":
        print(schema_text(), end="")
        return 0
    try:
        if args.command == "check":
            checked = check_site(args.data, Path(args.data).name, read_docs_config(Path(args.data), args.docs), site_url="/")
            if checked.link_problems:
                raise GuideError(checked.link_problems)
            guide = checked.guide
        else:
            guide = load_guide(args.data)
    except GuideError as error:
        print(error.report(), file=sys.stderr)
        return 1
    except OSError as error:
        print(f"{error.filename}: {error.strerror}", file=sys.stderr)
        return 1
    if args.command == "check":
        print(f"{args.data}: {len(guide.exercises)} exercises, {len(guide.muscles)} muscles, {len(guide.schedules)} schedules: OK")
        return 0
    rendered = render_site(guide, site_url=args.site_url)
    for path, text in {**rendered.pages, **rendered.files}.items():
        target = args.out / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    print(f"wrote {len(rendered.pages) + len(rendered.files)} files to {args.out}")
    return 0


def schema_text() -> str:
    return json.dumps(GuideData.model_json_schema(), indent=2) + "\n"
