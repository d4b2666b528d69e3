"""`parkmatch serve | worker | migrate | create-admin | demo | propose | report | export-schema`."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import os
import sys
import tempfile
from pathlib import Path

from server.config import Settings, SettingsError, load_settings
from server.db import database, migrate


def _apply_migrations(settings: Settings) -> None:
    applied = asyncio.run(migrate(settings.database_url))
    for name in applied:
        print(f"applied migration {name}")


def cmd_serve(args: argparse.Namespace, settings: Settings) -> None:
    import uvicorn

    from server import logs
    from server.metrics import MULTIPROCESS_DIR

    try:
        settings.check_bind(args.host)
    except SettingsError as exc:
        raise SystemExit(f"parkmatch: {exc}") from None
    logs.configure()
    if settings.is_sqlite:
        _apply_migrations(settings)
    if args.workers > 1 and not os.environ.get(MULTIPROCESS_DIR):
        # Each worker keeps its metrics in files here, so that a scrape of any one adds up
        # all of them; set before the workers start (prometheus-client reads it at import).
        os.environ[MULTIPROCESS_DIR] = tempfile.mkdtemp(prefix="parkmatch-metrics-")
    uvicorn.run(
        "server.app:app_from_env",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        forwarded_allow_ips=args.forwarded_allow_ips,
        log_level="info",
        log_config=None,  # logs.configure(): JSON lines, uvicorn's included
        access_log=False,  # the app writes one line per request itself
        ws="websockets-sansio",
        ws_max_size=settings.ws_max_message_bytes,
    )


def cmd_worker(args: argparse.Namespace, settings: Settings) -> None:
    from server.worker import run_worker

    try:
        asyncio.run(run_worker(settings, args.concurrency))
    except SettingsError as exc:
        raise SystemExit(f"parkmatch: {exc}") from None


def cmd_migrate(_: argparse.Namespace, settings: Settings) -> None:
    _apply_migrations(settings)
    print("database is up to date")


def _admin_password() -> str:
    if sys.stdin.isatty():
        password = getpass.getpass("Password for the new admin: ")
        if password != getpass.getpass("Repeat it: "):
            raise SystemExit("The passwords differ")
        return password
    password = os.environ.get("PARKMATCH_ADMIN_PASSWORD")
    if not password:
        raise SystemExit("No terminal: set PARKMATCH_ADMIN_PASSWORD")
    return password


def cmd_create_admin(args: argparse.Namespace, settings: Settings) -> None:
    from server.errors import DomainError, fields_named
    from server.services import accounts
    from server.services.commands.accounts import PASSWORD, USERNAME, CreateAdmin

    command = CreateAdmin(username=args.username, password=_admin_password())

    async def run() -> None:
        async with database(settings.database_url):
            with fields_named({USERNAME: "username", PASSWORD: "password"}):
                await accounts.create_admin(command)

    try:
        asyncio.run(run())
    except DomainError as exc:
        raise SystemExit(exc.message) from None
    print(f"admin {args.username} created")


def cmd_demo(_: argparse.Namespace, settings: Settings) -> None:
    from server.demo import load_demo

    if settings.production:
        # The demo's logins, an admin's among them, share a password printed in the README.
        raise SystemExit(
            "parkmatch: the demo park is not loaded in production (PARKMATCH_ENV=production): "
            "its accounts' password is public"
        )

    async def run() -> list[tuple[str, str, str]]:
        async with database(settings.database_url):
            return await load_demo(settings)

    _apply_migrations(settings)
    logins = asyncio.run(run())
    print("Demo park loaded. Sign in with (username / password / who):")
    for username, password, who in logins:
        print(f"  {username:<22} {password:<20} {who}")


def cmd_propose(args: argparse.Namespace, settings: Settings) -> None:
    from server.errors import DomainError
    from server.propose_cli import propose
    from server.standards import MatchKind

    try:
        asyncio.run(propose(settings, args.park, MatchKind(args.kind), args.dry_run, args.officer))
    except DomainError as exc:
        raise SystemExit(f"parkmatch: {exc.message}") from None


def cmd_report(args: argparse.Namespace, settings: Settings) -> None:
    from server.errors import DomainError
    from server.services import accounts, parties, reports
    from server.services.clock import local_today

    async def run() -> tuple[str, bytes]:
        async with database(settings.database_url):
            park = await parties.park_by_code(args.park)
            viewer = await accounts.officer_viewer(park.id, args.officer)
            month = reports.month_of(args.month, "--month")
            today = local_today(settings.zone)
            return await reports.monthly_workbook(viewer, park.id, month, today, settings.zone)

    try:
        name, content = asyncio.run(run())
    except DomainError as exc:
        raise SystemExit(f"parkmatch: {exc.message}") from None
    output = Path(args.output or name)
    output.write_bytes(content)
    print(f"report written to {output}")


def cmd_export_schema(args: argparse.Namespace, _: Settings) -> None:
    from schema.root import build_schema

    sdl = build_schema().as_str() + "\n"
    if args.output == "-":
        sys.stdout.write(sdl)
    else:
        Path(args.output).write_text(sdl, encoding="utf-8")
        print(f"schema written to {args.output}")


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="parkmatch", description=__doc__)
    commands = root.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve the GraphQL API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=1)
    serve.add_argument(
        "--forwarded-allow-ips",
        help="proxies whose X-Forwarded-For names the client (default: uvicorn's, "
        "$FORWARDED_ALLOW_IPS or 127.0.0.1); the sign-in throttles count by that address",
    )
    serve.set_defaults(run=cmd_serve)
    worker = commands.add_parser(
        "worker", help="run matching rounds from the job queue (PostgreSQL)"
    )
    worker.add_argument(
        "--concurrency", type=int, default=1, help="rounds at once (each solve takes a core)"
    )
    worker.set_defaults(run=cmd_worker)
    commands.add_parser("migrate", help="apply pending migrations").set_defaults(run=cmd_migrate)
    admin = commands.add_parser("create-admin", help="create an admin account")
    admin.add_argument("username")
    admin.set_defaults(run=cmd_create_admin)
    commands.add_parser("demo", help="load the demo park").set_defaults(run=cmd_demo)
    propose = commands.add_parser("propose", help="run a matching round for a park")
    propose.add_argument("park", help="the park's code, e.g. WH-GHBIO")
    propose.add_argument("kind", choices=["FINANCING", "RECRUITMENT"])
    propose.add_argument("--dry-run", action="store_true", help="preview; store nothing")
    propose.add_argument("--officer", help="act as this officer (default: the park's first)")
    propose.set_defaults(run=cmd_propose)
    report = commands.add_parser("report", help="write a park's monthly report (.xlsx)")
    report.add_argument("park", help="the park's code, e.g. WH-GHBIO")
    report.add_argument("--month", required=True, help="YYYY-MM, e.g. 2026-11")
    report.add_argument("--output", help="the file to write (default: 月报-PARK-YYYY-MM.xlsx)")
    report.add_argument("--officer", help="as this officer (default: the park's first)")
    report.set_defaults(run=cmd_report)
    export = commands.add_parser("export-schema", help="write the GraphQL SDL")
    export.add_argument("output", nargs="?", default="schema.graphql")
    export.set_defaults(run=cmd_export_schema)
    return root


def main(argv: list[str] | None = None) -> None:
    args = parser().parse_args(argv)
    try:
        settings = load_settings()
    except SettingsError as exc:
        raise SystemExit(f"parkmatch: {exc}") from None
    args.run(args, settings)
