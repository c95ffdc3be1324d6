"""The MkDocs adapter: validate the data before the build starts, then add the generated pages and files."""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment
from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel

from generator.address import CALENDAR_DRAFT_NOTE, note_placeholder
from generator.load import load_guide
from generator.problems import GuideError
from generator.render import RenderedSite, render_site


class GuideConfig(Config):
    data_file = c.Type(str, default="exercises.yaml")


class GuidePlugin(BasePlugin[GuideConfig]):
    rendered: RenderedSite | None = None
    draft = True

    def data_path(self, config: MkDocsConfig) -> Path:
        return Path(config.config_file_path).parent / self.config.data_file

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        # Runs before MkDocs cleans site_dir, so bad data leaves the previous site untouched.
        try:
            guide = load_guide(self.data_path(config), self.config.data_file)
        except GuideError as error:
            raise PluginError(error.report()) from None
        except OSError as error:
            raise PluginError(f"{self.config.data_file}: cannot read the guide data: {error.strerror}") from None
        self.rendered = render_site(guide, site_url=config.site_url or "/")
        self.draft = note_placeholder(config.site_url)
        config.extra["guide"] = self.rendered.facts
        if self.rendered.redirects:
            redirects = config.plugins.get("redirects")
            if redirects is None:
                raise PluginError("mkdocs.yml: exercises with former_slugs need the 'redirects' plugin (mkdocs-redirects) under plugins")
            redirects.config["redirect_maps"] = {**redirects.config["redirect_maps"], **self.rendered.redirects}
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        assert self.rendered is not None
        generated = {**self.rendered.pages, **self.rendered.files}
        clashes = sorted(path for path in generated if files.get_file_from_path(path))
        if clashes:
            raise PluginError(f"{config.docs_dir}: these files would be replaced by generated ones: {', '.join(clashes)}")
        for path, content in generated.items():
            file = File.generated(config, path, content=content)
            if path in self.rendered.unlisted:
                # Section indexes link these; listing each in the nav would make the build quadratic.
                file.inclusion = InclusionLevel.NOT_IN_NAV
            files.append(file)
        return files

    def on_env(self, env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
        env.globals["guide_draft"] = CALENDAR_DRAFT_NOTE if self.draft else ""  # read by partials/draft.html
        return env

    def on_serve(self, server: LiveReloadServer, *, config: MkDocsConfig, builder: object) -> LiveReloadServer:
        server.watch(str(self.data_path(config)))
        return server
