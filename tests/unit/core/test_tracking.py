"""The carrier of a tracking number from its shape: the default pattern table and the matcher."""
from __future__ import annotations

import pytest

from shopmanager.core.errors import ValidationError
from shopmanager.core.tracking import DEFAULT_PATTERNS, clean_patterns, compile_pattern, matching_carriers, recognise

CODES = list(DEFAULT_PATTERNS)
TABLE = [(CODES.index(code), pattern) for code, patterns in DEFAULT_PATTERNS.items() for pattern in patterns]


def carrier(number: str) -> str | None:
    found = recognise(number, TABLE)
    return CODES[found] if found is not None else None


@pytest.mark.parametrize("number, code", [
    ("SF1234567890123", "SF"), ("SF123456789012", "SF"), ("SF1000000000001", "SF"),
    ("YT1234567890123", "YTO"), ("YT123456789012345", "YTO"),
    ("JT0001234567890", "JTSD"),
    ("JD0012345678901", "JD"), ("JDVA12345678901", "JD"), ("JDX000123456789", "JD"),
    ("DPK123456789012", "DBL"),
    ("EA123456789CN", "EMS"), ("LK123456789CN", "EMS"), ("1012345678901", "EMS"), ("9812345678901", "EMS"),
    ("75123456789012", "ZTO"), ("731234567890", "ZTO"), ("781234567890", "ZTO"),
    ("773100000001", "STO"), ("7731000000012", "STO"), ("268123456789", "STO"), ("881234567890", "STO"),
    ("4312345678901", "YD"), ("4612345678901", "YD"), ("461234567890123", "YD"),
])
def test_default_patterns_recognise_the_usual_numbers(number, code):
    assert carrier(number) == code


@pytest.mark.parametrize("number", ["123", "ABCDEFG", "SF12", "99999999999999999999", "X1234567890"])
def test_numbers_of_no_known_shape_are_not_guessed(number):
    assert carrier(number) is None


def test_equally_specific_patterns_are_not_a_guess():
    table = [(1, "88#{10}"), (2, "88#{10}"), (3, "8#{11}")]
    assert matching_carriers("881234567890", table) == [1, 2]
    assert recognise("881234567890", table) is None
    assert recognise("891234567890", table) == 3


@pytest.mark.parametrize("text, ok", [
    ("SF#{12-15}", True), ("sf#{12}", True), ("JD*", True), ("E@#{9}CN", True), ("7#{11}", True),
    ("SF", False), ("SF#{a}", False), ("SF[0-9]+", False), ("", False), ("中通#{12}", False),
])
def test_patterns_the_owner_writes_are_checked(text, ok):
    if ok:
        assert compile_pattern(text).regex
    else:
        with pytest.raises(ValidationError):
            compile_pattern(text)


def test_patterns_typed_in_the_dialog():
    assert clean_patterns(["sf#{12-15}, SF#{12-15}", "", "JD*；JDV@*"]) == ["SF#{12-15}", "JD*", "JDV@*"]
    with pytest.raises(ValidationError, match="for example SF"):
        clean_patterns(["SF#{12-15}", "顺丰"])
