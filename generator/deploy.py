"""`make deploy`: refuse to publish a draft guide, uncommitted data or to a missing `origin`; otherwise build the
guide strictly and push site/ to the gh-pages branch of origin with ghp-import, as `mkdocs gh-deploy` does.

Run as `python -m generator.deploy [--check]`; the Makefile runs the fast tests between the check and the push.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import ghp_import
import yaml
from mkdocs.exceptions import ConfigurationError
from mkdocs.utils.yaml import yaml_load

from generator.address import is_placeholder

REMOTE = "origin"
BRANCH = "gh-pages"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.deploy", description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only say whether the guide may be published now")
    parser.add_argument("-f", "--config-file", type=Path, default=Path("mkdocs.yml"))
    args = parser.parse_args(argv)

    config_file = args.config_file.resolve()
    try:
        config = read_config(config_file)
    except OSError as error:
        return refuse([f"{args.config_file}: cannot read the site configuration: {error.strerror}"])
    except (ValueError, yaml.YAMLError, ConfigurationError) as error:
        return refuse([f"{args.config_file}: cannot read the site configuration: {error}"])
    problems = refusals(config_file.parent, config)
    if problems:
        return refuse(problems)
    if args.check:
        print(f"deploy: ready to publish {config['site_url']} to the {BRANCH} branch of {REMOTE}")
        return 0
    return publish(config_file, config)


def read_config(config_file: Path) -> dict[str, Any]:
    """mkdocs.yml read as MkDocs reads it, so `!ENV [SITE_URL, ...]` gives the address this build would use."""
    with config_file.open(encoding="utf-8") as stream:
        config = yaml_load(stream)
    if not isinstance(config, dict):
        raise ValueError("expected a mapping of settings")
    return config


def refusals(folder: Path, config: dict[str, Any]) -> list[str]:
    """Every reason not to publish now, each a line saying what to do about it."""
    if git(folder, "rev-parse", "--show-toplevel").returncode != 0:
        return [f"{folder} is not a git repository: the guide is published from one, to the {BRANCH} branch of {REMOTE}"]
    problems = []
    site_url = config.get("site_url")
    if is_placeholder(site_url):
        problems.append(
            f"site_url is still a placeholder ({site_url or 'not set'!r}): printed QR codes and calendar links would lead "
            "nowhere. Set site_url in mkdocs.yml, or SITE_URL, to the guide's public address "
            "(for GitHub Pages: https://USER.github.io/REPOSITORY/)"
        )
    if git(folder, "remote", "get-url", REMOTE).returncode != 0:
        problems.append(f"there is no git remote named {REMOTE!r} to publish to: add one with `git remote add {REMOTE} URL`")
    status = git(folder, "status", "--porcelain", "--untracked-files=all", "--", *data_paths(config))
    changed = sorted(line[3:] for line in status.stdout.splitlines())
    if changed:
        problems.append(
            f"uncommitted changes to the guide's data ({', '.join(changed)}): commit them first, so the published guide "
            "is one you can find again in the history"
        )
    return problems


def data_paths(config: dict[str, Any]) -> list[str]:
    """What an author edits: the docs folder and the guide plugin's data file."""
    paths = [str(config.get("docs_dir", "docs"))]
    plugins = config.get("plugins") or []
    entries = plugins.items() if isinstance(plugins, dict) else [next(iter(p.items())) if isinstance(p, dict) else (p, None) for p in plugins]
    for name, options in entries:
        if name == "guide":
            paths.append(str((options or {}).get("data_file", "exercises.yaml")))
    return paths


def publish(config_file: Path, config: dict[str, Any]) -> int:
    folder = config_file.parent
    build = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config_file)], cwd=folder)
    if build.returncode != 0:
        return fail("the strict build failed (see above); nothing was published")
    # A fresh clone has no local gh-pages branch: start from the published one, so the push adds a commit to it.
    git(folder, "fetch", "--quiet", REMOTE, f"+refs/heads/{BRANCH}:refs/remotes/{REMOTE}/{BRANCH}")
    commit = git(folder, "rev-parse", "--short", "HEAD").stdout.strip() or "an unborn branch"
    site_dir = folder / str(config.get("site_dir", "site"))
    os.chdir(folder)  # ghp-import runs git in the current directory
    try:
        ghp_import.ghp_import(
            str(site_dir), mesg=f"Deploy {commit} to {config['site_url']}", remote=REMOTE, branch=BRANCH, push=True, nojekyll=True
        )
    except ghp_import.GhpError as error:
        return fail(f"ghp-import: {error.message}")
    except subprocess.CalledProcessError:
        return fail(f"pushing the {BRANCH} branch to {REMOTE} failed (see git's message above)")
    print(f"deploy: published {commit} to the {BRANCH} branch of {REMOTE}; the guide will be at {config['site_url']}")
    return 0


def refuse(problems: list[str]) -> int:
    for problem in problems:
        print(f"deploy: refused: {problem}", file=sys.stderr)
    return 1


def fail(problem: str) -> int:
    print(f"deploy: failed: {problem}", file=sys.stderr)
    return 1


def git(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=folder, capture_output=True, text=True)


if __name__ == "__main__":
    sys.exit(main())
