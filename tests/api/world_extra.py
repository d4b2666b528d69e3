"""Valid credit codes made up for tests: a fixed body with the GB 32100-2015 check character."""

from server.standards import USCC_ALPHABET, USCC_WEIGHTS


def valid_uscc(serial: int) -> str:
    body = f"91420100{serial:09d}"
    total = sum(USCC_ALPHABET.index(ch) * w for ch, w in zip(body, USCC_WEIGHTS, strict=False))
    return body + USCC_ALPHABET[(31 - total % 31) % 31]
