"""`parkmatch serve` serves the console's build at `/`: its routes fall back to the index page,
hashed assets are cached for good and the rest revalidated, bodies are gzipped; a missing build
says how to make one. GraphiQL comes from the same build, never from a CDN."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from server.app import create_app

INDEX = "<!doctype html><title>console</title><script type=module src=/assets/app-1a2b.js></script>"
SCRIPT = "console.log('the console');\n" * 200


@pytest.fixture
def build(tmp_path: Path) -> Path:
    (tmp_path / "assets").mkdir()
    (tmp_path / "index.html").write_text(INDEX)
    (tmp_path / "assets" / "app-1a2b.js").write_text(SCRIPT)
    (tmp_path / "graphiql.html").write_text("<!doctype html><title>GraphiQL</title>")
    return tmp_path


def client(settings, build: Path) -> httpx.AsyncClient:
    app = create_app(settings, console_dir=build)
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://pm.test")


@pytest.mark.parametrize("path", ["/", "/login", "/officer/dashboard", "/officer/companies/Q29"])
async def test_the_consoles_routes_answer_with_its_index_page(settings, build, path):
    async with client(settings, build) as http:
        page = await http.get(path)
    assert page.status_code == 200 and page.text == INDEX
    assert page.headers["cache-control"] == "no-cache"
    assert page.headers["content-type"].startswith("text/html")


async def test_assets_are_cached_for_a_year_and_gzipped(settings, build):
    async with client(settings, build) as http:
        asset = await http.get("/assets/app-1a2b.js", headers={"accept-encoding": "gzip"})
    assert asset.status_code == 200 and asset.text == SCRIPT
    assert asset.headers["content-encoding"] == "gzip"
    assert asset.headers["cache-control"] == "public, max-age=31536000, immutable"
    assert int(asset.headers.get("content-length", len(SCRIPT))) < len(SCRIPT) / 5


@pytest.mark.parametrize("path", ["/assets/app-0000.js", "/exports", "/graphq", "/officer/x.csv"])
async def test_a_path_the_console_does_not_route_is_a_404_not_its_index_page(settings, build, path):
    async with client(settings, build) as http:
        missing = await http.get(path)
    assert missing.status_code == 404


async def test_without_a_build_the_console_says_how_to_build_it(settings, tmp_path):
    async with client(settings, tmp_path / "dist") as http:
        page = await http.get("/")
        graphiql = await http.get("/graphql", headers={"accept": "text/html"})
        api = await http.get("/healthz")
    for answer in (page, graphiql):
        assert answer.status_code == 503
        assert "npm ci && npm run build" in answer.text.replace("&amp;", "&")
    assert api.status_code == 200


async def test_graphiql_is_the_builds_page(settings, build):
    async with client(settings, build) as http:
        page = await http.get("/graphql", headers={"accept": "text/html"})
    assert page.status_code == 200 and page.text == (build / "graphiql.html").read_text()


def test_the_real_graphiql_page_loads_nothing_from_another_host():
    page = Path(__file__).resolve().parents[2] / "console" / "graphiql.html"
    html = page.read_text()
    assert "://" not in html
