"""JSON as the endpoint reads it, over HTTP and WebSocket alike: anything Python's parser would
turn into another exception (a 500 over HTTP, a server error closing a socket) is a
JSONDecodeError that says what is wrong. Numbers must be finite and at most as long as Python
converts; NaN and Infinity, which Python accepts, are not JSON."""

from __future__ import annotations

import json
import math
import sys


def _bounded_int(digits: str) -> int:
    # Python refuses to convert longer ones with a ValueError.
    if len(digits.lstrip("-")) > sys.get_int_max_str_digits():
        raise json.JSONDecodeError(
            f"a number has more than {sys.get_int_max_str_digits()} digits", "", 0
        )
    return int(digits)


def _finite_float(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise json.JSONDecodeError(f"the number {text[:20]} is out of range", "", 0)
    return number


def _no_constant(name: str) -> float:
    raise json.JSONDecodeError(f"{name} is not JSON", "", 0)


def loads(data: str | bytes) -> object:
    try:
        return json.loads(
            data, parse_int=_bounded_int, parse_float=_finite_float, parse_constant=_no_constant
        )
    except json.JSONDecodeError:
        raise
    except RecursionError:
        # JSON nested deeper than the parser's stack (e.g. 100,000 "[").
        raise json.JSONDecodeError("JSON nested too deeply", "", 0) from None
    except UnicodeDecodeError:
        raise json.JSONDecodeError("the body is not valid UTF-8", "", 0) from None
