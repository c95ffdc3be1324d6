"""The MkDocs adapter: check the data before the build starts, add the generated pages and files, and
publish the built site only when the whole build succeeded."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from generator import trace
from generator.atomic import SiteDirError, StagedBuild
from generator.chapters import prepare_chapter, split_front_matter
from generator.address import CALENDAR_DRAFT_NOTE, note_placeholder, site_sections
from generator.offline import APP_NAME, write_offline_files
from generator.problems import GuideError
from generator.render import RenderedSite
from generator.site_check import Docs, check_site

log = logging.getLogger("mkdocs.plugins.guide")


class GuideConfig(Config):
    data_file = c.Type(str, default="exercises.yaml")
    app_name = c.Type(str, default=APP_NAME)
    """The short name under the guide's icon on a phone's home screen; the full name is `site_name`."""


class GuidePlugin(BasePlugin[GuideConfig]):
    rendered: RenderedSite | None = None
    command: str = "build"
    dirty: bool = False
    staged: StagedBuild | None = None
    site_dir: str = ""
    config_seen: MkDocsConfig | None = None
    tracer: trace.TraceHandler | None = None

    def data_path(self, config: MkDocsConfig) -> Path:
        return Path(config.config_file_path).parent / self.config.data_file

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.command, self.dirty = command, dirty
        # From the start, so warnings given before on_config count for strict mode too.
        self.tracer = trace.TraceHandler()
        trace.install(self.tracer)
        if os.environ.get("SOURCE_DATE_EPOCH", "0").strip() == "":
            # Exported empty where there is no git history to date by; MkDocs would fail on int('').
            del os.environ["SOURCE_DATE_EPOCH"]

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        # Runs before MkDocs cleans site_dir, so bad data leaves the previous site untouched.
        redirects = config.plugins.get("redirects")
        root = Path(config.config_file_path).parent
        docs = Docs(
            Path(config.docs_dir),
            label=os.path.relpath(config.docs_dir, root),
            use_directory_urls=config.use_directory_urls,
            redirect_maps=dict(redirects.config["redirect_maps"]) if redirects else {},
        )
        try:
            checked = check_site(self.data_path(config), self.config.data_file, docs, site_url=config.site_url or "/")
        except GuideError as error:
            raise PluginError(error.report()) from None
        except OSError as error:
            raise PluginError(f"{self.config.data_file}: cannot read the guide data: {error.strerror}") from None
        if checked.link_problems:
            if config.strict:
                raise PluginError(GuideError(checked.link_problems).report())
            for problem in checked.link_problems:
                log.warning(str(problem))
        self.rendered = checked.rendered
        # Read by partials/draft.html; the config written for Zensical carries the same value.
        config.extra["guide_draft"] = CALENDAR_DRAFT_NOTE if note_placeholder(config.site_url) else ""
        config.extra["guide_sections"] = site_sections(_nav_as_written(config), config.site_url)
        config.extra["guide"] = self.rendered.facts
        if self.rendered.redirects:
            if redirects is None:
                raise PluginError("mkdocs.yml: exercises with former_slugs need the 'redirects' plugin (mkdocs-redirects) under plugins")
            redirects.config["redirect_maps"] = {**redirects.config["redirect_maps"], **self.rendered.redirects}
        if self.tracer is None:  # a build started without on_startup, as from Python
            self.tracer = trace.TraceHandler()
            trace.install(self.tracer)
        self.tracer.follow(checked.located, trace.page_origins(checked.guide))
        if self.command != "serve":
            self.config_seen, self.site_dir = config, config.site_dir
            try:
                self.staged = StagedBuild(config.site_dir, keep_previous=self.dirty)
            except SiteDirError as error:
                raise PluginError(f"mkdocs.yml: {error}") from None
            config.site_dir = str(self.staged.folder)
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        assert self.rendered is not None
        # check_site has made sure no generated path clashes with a chapter.
        generated = {**self.rendered.pages, **self.rendered.files}
        for path, content in generated.items():
            file = File.generated(config, path, content=content)
            if path in self.rendered.unlisted:
                # Section indexes link these; listing each in the nav would make the build quadratic.
                file.inclusion = InclusionLevel.NOT_IN_NAV
            files.append(file)
        return files

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        if self.rendered is None:
            return markdown
        if not page.file.generated_by:
            front = split_front_matter(page.file.content_string)[0]
            label = os.path.relpath(config.docs_dir, Path(config.config_file_path).parent)
            try:
                markdown = prepare_chapter(
                    page.file.src_uri, markdown, page.meta, renames=self.rendered.redirects, facts=self.rendered.facts,
                    label=label, first_line=front.count("\n") + 1,
                )
            except GuideError as error:
                raise PluginError(error.report()) from None
        return markdown + self.rendered.abbreviations

    @event_priority(-100)  # last, after every plugin that writes into the site folder
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        # MkDocs aborts a strict build only after this event, so count the warnings here.
        if self.staged is not None and config.strict and self.tracer is not None and self.tracer.count:
            self._end(config, publish=False)
        else:
            # Under `mkdocs serve` pages change while they are read, so nothing is kept offline there.
            write_offline_files(Path(config.site_dir), config.site_name, self.config.app_name, precache=self.command != "serve")
            self._end(config, publish=True)

    def on_build_error(self, *, error: Exception) -> None:
        if self.config_seen is not None:
            self._end(self.config_seen, publish=False)

    def on_shutdown(self) -> None:
        # Also reached on Ctrl-C, which skips on_build_error.
        if self.staged is not None:
            self.staged.discard()
            self.staged = None
        if self.tracer is not None:
            trace.uninstall(self.tracer)
            self.tracer = None

    def on_serve(self, server: LiveReloadServer, *, config: MkDocsConfig, builder: object) -> LiveReloadServer:
        server.watch(str(self.data_path(config)))
        return server

    def _end(self, config: MkDocsConfig, *, publish: bool) -> None:
        if self.tracer is not None:
            self.tracer.count = 0  # `mkdocs serve --clean` builds again and again after one startup
        if self.staged is None:
            return
        staged, self.staged = self.staged, None
        config.site_dir = self.site_dir  # commands that run after the build (gh-deploy) read it
        if not publish:
            staged.discard()
            return
        try:
            staged.publish()
        except OSError as error:
            staged.discard()
            raise PluginError(f"mkdocs.yml: site_dir '{self.site_dir}': cannot put the new build in place: {error.strerror}") from None


def _nav_as_written(config: MkDocsConfig) -> object:
    # MkDocs keeps the nav as mkdocs.yml writes it until it builds the navigation after on_files.
    return config.nav
