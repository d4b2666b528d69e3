"""The console signs in and out through the API like any client, but its token travels only in
an HttpOnly cookie (server/web/sessions.py): script on the page never holds it."""

from __future__ import annotations

from datetime import datetime

import strawberry

from schema.accounts.types import User
from schema.context import Info
from server.errors import Forbidden
from server.services import accounts
from server.services.commands import accounts as commands


@strawberry.type
class ConsoleSession:
    expires_at: datetime
    user: User


def _console_request(info: Info):
    web = info.context.web
    if web is None or not web.csrf_checked:
        raise Forbidden("Sign in to the console from its own pages (CSRF header and same origin)")
    return web


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="Signs the console in: like login, but the token is set as an HttpOnly, "
        "SameSite=Strict cookie and never returned. Needs the X-ParkMatch-CSRF header and the "
        "server's own Origin."
    )
    async def sign_in(self, info: Info, username: str, password: str) -> ConsoleSession:
        web = _console_request(info)
        context = info.context
        command = commands.Login(username=username, password=password)
        session = await accounts.login(command, context.settings, context.client_address)
        web.start(session.token, session.expires_at)
        return ConsoleSession(expires_at=session.expires_at, user=User.of(session.user))

    @strawberry.mutation(description="Revokes the session used and clears the console's cookie.")
    async def sign_out(self, info: Info) -> bool:
        context = info.context
        command = commands.Logout(token=context.token)
        revoked = await accounts.logout(context.viewer, command, context.settings, context.events)
        if context.web is not None:
            context.web.end()
        return revoked
