"""Which column of the user's file holds which field: guessed from Chinese and English
headers, or a mapping the user saved for the files of one platform or supplier."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

ERROR_COLUMN = "错误 / Errors"


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: Callable[[], str]
    kind: str = "text"  # text | int | money | decimal | date | datetime | bool | choice
    required: bool = False
    synonyms: list[str] = field(default_factory=list)
    max_length: int = 0
    choices: Callable[[], dict[str, str]] | None = None  # code → label; both accepted
    group_consistent: bool = False  # must be equal on every row of one key (order lines, duplicate SKUs)


_PUNCTUATION = re.compile(r"[\s_\-:：()（）\[\]【】/／.。*＊]+")


def normalise(text: str) -> str:
    """Case-, width-, space- and punctuation-insensitive form of a header."""
    text = unicodedata.normalize("NFKC", str(text)).lower()
    return _PUNCTUATION.sub("", text)


def guess_mapping(headers: list[str], fields: list[FieldSpec]) -> dict[str, int]:
    """field key → column index. Exact names first, then a header containing a name."""
    names = {f.key: [normalise(n) for n in (f.key, f.label(), *f.synonyms) if normalise(n)] for f in fields}
    columns = {i: normalise(h) for i, h in enumerate(headers) if normalise(h) and h != ERROR_COLUMN}
    mapping: dict[str, int] = {}
    taken: set[int] = set()
    for field_spec in fields:  # pass 1: exact
        for index, header in columns.items():
            if index not in taken and header in names[field_spec.key]:
                mapping[field_spec.key] = index
                taken.add(index)
                break
    for field_spec in fields:  # pass 2: the header contains a known name (longest name wins)
        if field_spec.key in mapping:
            continue
        best: tuple[int, int] | None = None
        for index, header in columns.items():
            if index in taken:
                continue
            for name in names[field_spec.key]:
                if len(name) >= 2 and name in header and (best is None or len(name) > best[0]):
                    best = (len(name), index)
        if best:
            mapping[field_spec.key] = best[1]
            taken.add(best[1])
    return mapping
