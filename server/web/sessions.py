"""The console's session: its token in an HttpOnly, SameSite=Strict cookie (Secure in
production), never readable by script.

The cookie is a credential only where a forged request cannot use it:
- on a safe request (GET, HEAD), which changes nothing;
- on any other HTTP request only with the console's CSRF header (a custom header, which no other
  site can send without a CORS preflight this server never grants) and an Origin equal to the
  server's own;
- on a WebSocket only when the handshake's Origin is the server's own (browsers send cookies on
  cross-site WebSocket handshakes, and no CORS applies there).
Elsewhere the request is treated as carrying no session. A bearer token, where sent, is used
instead of the cookie, as before."""

from __future__ import annotations

from datetime import datetime

from starlette.requests import HTTPConnection
from starlette.responses import Response

from server.config import Settings

CSRF_HEADER = "x-parkmatch-csrf"
SAFE_METHODS = frozenset({"GET", "HEAD"})
WEBSOCKET_SCHEMES = {"ws": "http", "wss": "https"}


def cookie_name(settings: Settings) -> str:
    # The __Host- prefix makes the browser refuse the cookie unless it is Secure, host-only and
    # for path /: no subdomain or plain-HTTP page can plant or shadow it.
    return "__Host-parkmatch-session" if settings.production else "parkmatch-session"


def own_origin(connection: HTTPConnection) -> str | None:
    host = connection.headers.get("host")
    if not host:
        return None
    scheme = connection.url.scheme
    return f"{WEBSOCKET_SCHEMES.get(scheme, scheme)}://{host}"


def same_origin(connection: HTTPConnection) -> bool:
    origin = connection.headers.get("origin")
    return origin is not None and origin == own_origin(connection)


class WebSession:
    """What one request or WebSocket handshake carries of the console's session, and the
    response on which a sign-in sets (or a sign-out clears) the cookie."""

    def __init__(
        self, connection: HTTPConnection, response: Response | None, settings: Settings
    ) -> None:
        self._connection = connection
        self._response = response
        self._settings = settings
        self._cookie = cookie_name(settings)

    @property
    def csrf_checked(self) -> bool:
        """The request comes from a page of this server: same Origin and the CSRF header."""
        return bool(self._connection.headers.get(CSRF_HEADER)) and same_origin(self._connection)

    def token(self) -> str | None:
        """The cookie's token where it may act as a credential (see the module's docstring)."""
        token = self._connection.cookies.get(self._cookie) or None
        if token is None:
            return None
        if self._connection.scope["type"] == "websocket":
            return token if same_origin(self._connection) else None
        method = self._connection.scope.get("method", "GET")
        return token if method in SAFE_METHODS or self.csrf_checked else None

    def start(self, token: str, expires_at: datetime) -> None:
        if self._response is None:
            return
        self._response.set_cookie(
            self._cookie,
            token,
            expires=expires_at,
            path="/",
            secure=self._settings.production,
            httponly=True,
            samesite="strict",
        )

    def end(self) -> None:
        if self._response is None:
            return
        self._response.delete_cookie(
            self._cookie,
            path="/",
            secure=self._settings.production,
            httponly=True,
            samesite="strict",
        )
