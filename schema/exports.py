"""Excel downloads beside the GraphQL endpoint, signed in the same way as /graphql (a bearer
token, or the console's cookie on these safe GET requests):

- GET /exports/rounds/{roundId}.xlsx — a round's proposals and unmatched needs
- GET /exports/parks/{parkId}/figures.xlsx?since=YYYY-MM-DD&until=YYYY-MM-DD — the park's figures
- GET /reports/{parkId}/{YYYY-MM}.xlsx — the park's monthly report (月总结)
"""

from __future__ import annotations

from datetime import date
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from schema.ids import pk
from schema.view import ParkMatchGraphQL
from server.errors import BadInput, DomainError
from server.locale.messages import translate
from server.services import exports, reports

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
STATUS = {"UNAUTHENTICATED": 401, "FORBIDDEN": 403, "NOT_FOUND": 404, "BAD_USER_INPUT": 400}


def _day(request: Request, name: str) -> date | None:
    raw = request.query_params.get(name)
    if raw is None:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise BadInput(f"{name} must be a date (YYYY-MM-DD)", field=name) from None


class Exports:
    def __init__(self, graphql: ParkMatchGraphQL) -> None:
        self.graphql = graphql

    async def _answer(self, request: Request, build) -> Response:
        context = await self.graphql.get_context(request, Response())
        try:
            name, content = await build(context)
        except DomainError as refused:
            return JSONResponse(
                {
                    "errors": [
                        {
                            "message": translate(refused.message, context.locale),
                            "extensions": {"code": refused.code}
                            | ({"field": refused.field} if refused.field else {}),
                        }
                    ]
                },
                status_code=STATUS.get(refused.code, 409),
            )
        disposition = f"attachment; filename*=UTF-8''{quote(name)}"
        return Response(
            content,
            media_type=XLSX,
            headers={"Content-Disposition": disposition, "Cache-Control": "no-store"},
        )

    async def round(self, request: Request) -> Response:
        async def build(context):
            round_id = pk("MatchRound", request.path_params["round_id"], "roundId")
            return await exports.round_workbook(context.viewer, round_id, context.settings.zone)

        return await self._answer(request, build)

    async def figures(self, request: Request) -> Response:
        async def build(context):
            return await exports.figures_workbook(
                context.viewer,
                pk("Park", request.path_params["park_id"], "parkId"),
                _day(request, "since"),
                _day(request, "until"),
                context.today,
                context.settings.zone,
            )

        return await self._answer(request, build)

    async def monthly_report(self, request: Request) -> Response:
        async def build(context):
            return await reports.monthly_workbook(
                context.viewer,
                pk("Park", request.path_params["park_id"], "parkId"),
                reports.month_of(request.path_params["month"]),
                context.today,
                context.settings.zone,
            )

        return await self._answer(request, build)
