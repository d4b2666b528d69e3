"""The language a response speaks: Chinese for an `Accept-Language` starting with `zh`, English
otherwise. Only words change; codes, `extensions.field` and enum values never do."""

from __future__ import annotations

from enum import StrEnum


class Locale(StrEnum):
    EN = "en"
    ZH = "zh"


def from_accept_language(header: str | None) -> Locale:
    return Locale.ZH if header and header.strip().lower().startswith("zh") else Locale.EN
