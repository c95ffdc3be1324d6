"""Build or preview the guide with Zensical (`make site ENGINE=zensical`, `make serve ENGINE=zensical`).

Zensical reads mkdocs.yml but runs none of its plugins, so the complete docs tree is written first
(generator.docs_tree) into `.zensical/docs`, and a copy of mkdocs.yml pointing at it into `.zensical.yml` (Zensical
takes the folder of its configuration as the project root, and wants the site folder inside it). A build goes into a
staging folder that replaces site/ only when Zensical succeeds, as a MkDocs build does; a preview writes the tree
again whenever the data or a chapter changes, touching only the files that changed.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import yaml

from generator.address import CALENDAR_DRAFT_NOTE, is_placeholder, site_sections
from generator.atomic import SiteDirError, StagedBuild
from generator.docs_tree import Written, read_settings, write_docs
from generator.offline import APP_NAME, write_offline_files
from generator.problems import GuideError

WORK = ".zensical"
# What Zensical cannot run: our plugin (its output is the written tree) and the ones it stands in for.
MKDOCS_ONLY_PLUGINS = {"guide", "redirects", "macros"}


def settings(root: Path) -> dict[str, Any]:
    return read_settings(root / "mkdocs.yml")


def engine_config(root: Path, *, docs: Path, site_dir: Path) -> dict[str, Any]:
    """mkdocs.yml as Zensical should read it: every setting kept, the docs and site folders moved (relative to the
    project root, as Zensical wants them), MkDocs-only plugins left out."""
    config = settings(root)
    config["docs_dir"] = os.path.relpath(docs.resolve(), root)
    config["site_dir"] = os.path.relpath(site_dir.resolve(), root)
    extra = config.setdefault("extra", {})
    extra["guide_draft"] = CALENDAR_DRAFT_NOTE if is_placeholder(config.get("site_url")) else ""
    extra["guide_sections"] = site_sections(config.get("nav"), config.get("site_url"))
    plugins = config.get("plugins") or []
    config["plugins"] = [p for p in plugins if (next(iter(p)) if isinstance(p, dict) else p) not in MKDOCS_ONLY_PLUGINS]
    return config


def write_engine_files(root: Path, site_dir: Path) -> tuple[Path, Written]:
    """Write the docs tree and the engine's config; return the config's path."""
    work = root / WORK
    written = write_docs(root / "exercises.yaml", work / "docs")
    config_file = root / f"{WORK}.yml"
    config_file.write_text(yaml.safe_dump(engine_config(root, docs=work / "docs", site_dir=site_dir), sort_keys=False), encoding="utf-8")
    return config_file, written


def _app_names(root: Path) -> tuple[str, str]:
    """site_name and the guide plugin's app_name from mkdocs.yml, for the home-screen manifest."""
    config = settings(root)
    plugins = [p["guide"] for p in config.get("plugins") or [] if isinstance(p, dict) and isinstance(p.get("guide"), dict)]
    return str(config.get("site_name", "")), str((plugins[0] if plugins else {}).get("app_name", APP_NAME))


def zensical(*args: str) -> list[str]:
    return [sys.executable, "-m", "zensical", *args]


def build(root: Path, site_dir: Path) -> int:
    try:
        staged = StagedBuild(site_dir)
    except SiteDirError as error:
        print(f"mkdocs.yml: {error}", file=sys.stderr)
        return 1
    try:
        config_file, _ = write_engine_files(root, staged.folder)
        result = subprocess.run(zensical("build", "--strict", "--clean", "-f", str(config_file)), cwd=root, check=False)
        if result.returncode != 0:
            staged.discard()
            return result.returncode
        write_offline_files(staged.folder, *_app_names(root))
        staged.publish()
    except GuideError as error:
        staged.discard()
        print(error.report(), file=sys.stderr)
        return 1
    except BaseException:
        staged.discard()
        raise
    return 0


def serve(root: Path, dev_addr: str) -> int:
    from watchdog.events import FileSystemEvent, FileSystemEventHandler
    from watchdog.observers import Observer

    preview = root / WORK / "site"
    try:
        config_file, _ = write_engine_files(root, preview)
    except GuideError as error:
        print(error.report(), file=sys.stderr)
        return 1
    lock = threading.Lock()

    class _Rewrite(FileSystemEventHandler):
        def on_any_event(self, event: FileSystemEvent) -> None:
            if event.event_type not in ("modified", "created", "deleted", "moved") or f"{os.sep}{WORK}" in str(event.src_path):
                return
            with lock:
                try:
                    _, written = write_engine_files(root, preview)
                except GuideError as error:
                    print(error.report(), file=sys.stderr)
                    return
                if written.changed or written.removed:
                    print(f"docs tree: {written.changed} files written, {written.removed} removed", file=sys.stderr)

    docs_dir = settings(root).get("docs_dir", "docs")
    observer = Observer()
    observer.schedule(_Rewrite(), str(root / "exercises.yaml"))
    observer.schedule(_Rewrite(), str(root / docs_dir), recursive=True)
    observer.start()
    try:
        return subprocess.run(zensical("serve", "-a", dev_addr, "-f", str(config_file)), cwd=root, check=False).returncode
    except KeyboardInterrupt:
        return 0
    finally:
        observer.stop()
        observer.join()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.zensical", description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["build", "serve"])
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="the guide's folder (holding mkdocs.yml)")
    parser.add_argument("--site-dir", type=Path, help="where the built site goes (default: site_dir of mkdocs.yml)")
    parser.add_argument("--dev-addr", default="127.0.0.1:8000")
    args = parser.parse_args(argv)
    root = args.root.resolve()
    if args.command == "serve":
        return serve(root, args.dev_addr)
    site_dir = args.site_dir or root / str(settings(root).get("site_dir", "site"))
    return build(root, site_dir)


if __name__ == "__main__":
    sys.exit(main())
