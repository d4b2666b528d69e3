"""The console's build (`console/dist`, made by `npm ci && npm run build` in `console/`), served at
`/`: hashed assets cached for a year, pages revalidated every time, the console's own routes
answered with its index page, everything gzipped. Without a build, `/` says how to make one."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from starlette.exceptions import HTTPException
from starlette.middleware.gzip import GZipMiddleware
from starlette.responses import FileResponse, HTMLResponse, Response
from starlette.staticfiles import StaticFiles
from starlette.types import Receive, Scope, Send

BUILD_DIR = Path(__file__).resolve().parents[2] / "console" / "dist"
# Vite names every file under assets/ after a hash of its content.
IMMUTABLE = "public, max-age=31536000, immutable"
REVALIDATE = "no-cache"
GZIP_MIN_BYTES = 512
GRAPHIQL_PAGE = "graphiql.html"
# The first path segment of each of the console's client-side routes (console/src/router.js):
# only these fall back to its index page, so that an unrouted server path (/metrics when
# disabled, a mistyped /graphq) stays a 404.
CONSOLE_ROUTES = frozenset({"login", "register", "officer", "bank", "company", "admin"})

NOT_BUILT = """<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>ParkMatch</title></head>
<body>
<h1>控制台尚未构建 · The console is not built</h1>
<p>ParkMatch serves its web console from <code>{build}</code>, which does not exist yet.
Build it once (Node.js 20.19+ and npm), then reload this page:</p>
<pre>cd console &amp;&amp; npm ci &amp;&amp; npm run build</pre>
<p>The GraphQL API works meanwhile: <code>POST /graphql</code>.</p>
</body></html>
"""


def not_built(build_dir: Path) -> HTMLResponse:
    return HTMLResponse(
        NOT_BUILT.format(build=build_dir),
        status_code=503,
        headers={"Cache-Control": REVALIDATE},
    )


def _console_route(path: str) -> bool:
    parts = PurePosixPath(path).parts
    # A path with a file extension names a file (a stale asset, say): a real 404.
    return bool(parts) and parts[0] in CONSOLE_ROUTES and "." not in parts[-1]


class _BuildFiles(StaticFiles):
    """The build folder, with the console's client-side routes falling back to index.html."""

    async def get_response(self, path: str, scope: Scope) -> Response:
        try:
            response = await super().get_response(path, scope)
        except HTTPException as missing:
            if missing.status_code != 404 or not _console_route(path):
                raise
            response = await super().get_response("index.html", scope)
        immutable = PurePosixPath(path).parts[:1] == ("assets",) and response.status_code < 400
        response.headers["Cache-Control"] = IMMUTABLE if immutable else REVALIDATE
        return response


class Console:
    """ASGI app for everything under `/` that no other route claims."""

    def __init__(self, build_dir: Path = BUILD_DIR) -> None:
        self.build_dir = build_dir
        self.files = GZipMiddleware(
            _BuildFiles(directory=build_dir, html=True, check_dir=False),
            minimum_size=GZIP_MIN_BYTES,
            compresslevel=6,
        )

    @property
    def built(self) -> bool:
        return (self.build_dir / "index.html").is_file()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and not self.built:
            await not_built(self.build_dir)(scope, receive, send)
            return
        await self.files(scope, receive, send)

    def graphiql(self) -> Response:
        """GraphiQL, built from the npm registry with the console (development only)."""
        page = self.build_dir / GRAPHIQL_PAGE
        if not page.is_file():
            return not_built(self.build_dir)
        return FileResponse(page, headers={"Cache-Control": REVALIDATE})
