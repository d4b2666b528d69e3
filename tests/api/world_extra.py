"""Valid credit codes made up for tests: a fixed body with the GB 32100-2015 check character."""

from server.standards import uscc_check_character


def valid_uscc(serial: int) -> str:
    body = f"91420100{serial:09d}"
    return body + uscc_check_character(body)
