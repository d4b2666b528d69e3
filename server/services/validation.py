"""Input checks shared by the use cases. Each refusal is BAD_USER_INPUT naming the field."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation

from server.errors import BadInput
from server.standards import INDUSTRY_SECTIONS

MAX_MONEY_YUAN = Decimal(
    "1000000000000"
)  # one trillion yuan: far above any loan, within BIGINT fen
MAX_RATE_PERCENT = Decimal(36)
USERNAME = re.compile(r"[A-Za-z0-9_.\-]{3,64}")
MIN_PASSWORD_LENGTH = 10
MAX_PASSWORD_LENGTH = 256


# Characters that render as nothing though Unicode files them as letters or symbols (Hangul
# fillers, the blank Braille pattern): a name of these alone is as empty as one of spaces.
_BLANK_GLYPHS = frozenset("\u115f\u1160\u3164\uffa0\u2800")
# Bidirectional embeddings, overrides and isolates: they make text read differently from how it
# is stored (U+202E shows "evil.exe" as "exe.live"), in a list of names or in a note alike.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _cleaned(value: str, field: str, *, max_length: int, min_length: int) -> str:
    """NFC-normalised and trimmed, within the length; no control character nor lone surrogate."""
    if not encodable(value):
        raise BadInput(f"{field} is not valid Unicode text", field=field)
    cleaned = unicodedata.normalize("NFC", value).strip()
    if not min_length <= len(cleaned) <= max_length:
        raise BadInput(f"{field} must be {min_length}–{max_length} characters", field=field)
    if any(unicodedata.category(ch) == "Cc" for ch in cleaned):
        raise BadInput(f"{field} contains control characters", field=field)
    return cleaned


def _visible(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LNPS" and ch not in _BLANK_GLYPHS


def text(value: str, field: str, *, max_length: int, min_length: int = 1) -> str:
    """A name, title or label (companies, parks, banks, products, drives, jobs, skills): no
    format character (zero-width, bidi controls, soft hyphen...), no unassigned or private
    code point, no line break, and at least one visible character."""
    cleaned = _cleaned(value, field, max_length=max_length, min_length=min_length)
    if any(unicodedata.category(ch) in ("Cf", "Co", "Cn", "Zl", "Zp") for ch in cleaned):
        raise BadInput(
            f"{field} contains invisible or formatting characters (zero-width, direction "
            "controls, line separators)",
            field=field,
        )
    if not any(_visible(ch) for ch in cleaned):
        raise BadInput(f"{field} has no visible character", field=field)
    return cleaned


def prose(value: str, field: str, *, max_length: int) -> str:
    """Free text (a purpose, a note, a reason, a search): emoji sequences and joiners are
    fine, direction overrides are not."""
    cleaned = _cleaned(value, field, max_length=max_length, min_length=1)
    if any(ch in _BIDI_CONTROLS for ch in cleaned):
        raise BadInput(f"{field} contains text-direction control characters", field=field)
    return cleaned


def optional_prose(value: str | None, field: str, *, max_length: int) -> str | None:
    if value is None or not value.strip():
        return None
    return prose(value, field, max_length=max_length)


def whole(value: int, field: str, *, low: int, high: int) -> int:
    if not low <= value <= high:
        raise BadInput(f"{field} must be between {low} and {high}", field=field)
    return value


def _hundredths(value: Decimal, field: str) -> Decimal:
    """The value if finite and of at most two decimal places."""
    try:
        if value.is_finite() and value == value.quantize(Decimal("0.01")):
            return value
    except InvalidOperation:
        pass
    raise BadInput(f"{field} must be a number with at most two decimal places", field=field)


def money_fen(value: Decimal, field: str, *, allow_zero: bool = False) -> int:
    """Yuan with at most two decimal places, as whole fen."""
    amount = _hundredths(value, field)
    if amount < 0 or (amount == 0 and not allow_zero):
        raise BadInput(f"{field} must be {'zero or ' if allow_zero else ''}positive", field=field)
    if amount > MAX_MONEY_YUAN:
        raise BadInput(f"{field} is above {MAX_MONEY_YUAN:,} yuan", field=field)
    return int(amount * 100)


def rate_bp(value: Decimal, field: str) -> int:
    """An annual rate in percent within (0, 36], as basis points."""
    rate = _hundredths(value, field)
    if not 0 < rate <= MAX_RATE_PERCENT:
        raise BadInput(f"{field} must be above 0 and at most {MAX_RATE_PERCENT}%", field=field)
    return int(rate * 100)


def ordered(low: int, high: int, field: str, what: str) -> None:
    if low > high:
        raise BadInput(f"{field}: the minimum {what} is above the maximum", field=field)


def industry(code: str, field: str) -> str:
    section = code.strip().upper()
    if section not in INDUSTRY_SECTIONS:
        raise BadInput(f"{field} must be a GB/T 4754 section letter A–T", field=field)
    return section


def industries(codes: Iterable[str] | None, field: str) -> list[str]:
    return sorted({industry(code, field) for code in codes or ()})


def choices(values: Iterable[str] | None, field: str, *, required: bool = False) -> list[str]:
    """A de-duplicated list of enum values (already checked by GraphQL), sorted."""
    chosen = sorted({str(getattr(value, "value", value)) for value in values or ()})
    if required and not chosen:
        raise BadInput(f"{field} needs at least one value", field=field)
    return chosen


def tags(values: Iterable[str] | None, field: str, *, max_items: int = 30) -> list[str]:
    cleaned = {text(value, field, max_length=40) for value in values or ()}
    if len(cleaned) > max_items:
        raise BadInput(f"{field} takes at most {max_items} entries", field=field)
    return sorted(cleaned)


def username(value: str, field: str) -> str:
    if not USERNAME.fullmatch(value):
        raise BadInput(
            f"{field} must be 3–64 characters of letters, digits, '_', '.' or '-'", field=field
        )
    return value


def password(value: str, field: str) -> str:
    if not MIN_PASSWORD_LENGTH <= len(value) <= MAX_PASSWORD_LENGTH:
        raise BadInput(
            f"{field} must be {MIN_PASSWORD_LENGTH}–{MAX_PASSWORD_LENGTH} characters", field=field
        )
    if not encodable(value):
        raise BadInput(f"{field} is not valid Unicode text", field=field)
    return value


def encodable(value: str) -> bool:
    """False for text with lone surrogates (valid JSON escapes, but not Unicode text): they
    cannot be hashed or stored."""
    try:
        value.encode()
    except UnicodeEncodeError:
        return False
    return True
