"""Which column of the user's file holds which field: guessed from Chinese and English
headers, or a mapping the user saved for the files of one platform or supplier."""
from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Callable, Mapping as MappingABC, Sequence
from dataclasses import dataclass, field

from shopmanager.core.errors import ValidationError
from shopmanager.core.i18n import tr

ERROR_COLUMN = "错误 / Errors"
KINDS = frozenset({"text", "int", "money", "decimal", "date", "datetime", "bool", "choice"})

Choices = MappingABC[str, str] | Callable[[], MappingABC[str, str]]


@dataclass(frozen=True)
class FieldSpec:
    """One field a file may fill.

    `label` is a callable so the text follows the current language. `choices` (for kind
    'choice') maps stored codes to labels, given as a mapping or a callable returning one;
    a cell may hold either. `group_consistent`: rows sharing a key (one order's lines, a
    repeated SKU) must agree on this field (see find_conflicts). `multiline`: a text field
    whose line breaks are kept (otherwise they become spaces). `earliest`: the first
    plausible date of a date field (a birthday may be old, an order may not).
    """

    key: str
    label: Callable[[], str]
    kind: str = "text"  # text | int | money | decimal | date | datetime | bool | choice
    required: bool = False
    synonyms: Sequence[str] = field(default_factory=list)
    max_length: int = 0
    choices: Choices | None = None
    group_consistent: bool = False
    multiline: bool = False  # text that may span lines (messages, notes): line breaks kept
    earliest: dt.date | None = None  # dates before it are questioned (default: excel.convert.EARLIEST_DATE)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"FieldSpec {self.key!r}: unknown kind {self.kind!r}")

    def choice_labels(self) -> dict[str, str]:
        """code → label of a 'choice' field, in the current language."""
        choices = self.choices() if callable(self.choices) else self.choices
        return dict(choices or {})


_PUNCTUATION = re.compile(r"[\s\W_]+")


def normalise(text: str) -> str:
    """Case-, width-, space- and punctuation-insensitive form of a header: '售价（元）' → '售价元'."""
    text = unicodedata.normalize("NFKC", str(text)).casefold()
    return _PUNCTUATION.sub("", text)


_ERROR_KEY = normalise(ERROR_COLUMN)


def is_error_column(header: str) -> bool:
    """The column our error files add; never data."""
    return normalise(header) == _ERROR_KEY


def _names(spec: FieldSpec) -> list[str]:
    names = []
    for name in (spec.key, spec.label(), *spec.synonyms):
        key = normalise(name)
        if key and key not in names:
            names.append(key)
    return names


def guess_mapping(headers: Sequence[str], fields: Sequence[FieldSpec]) -> dict[str, int]:
    """field key → column index, matching headers against each field's key, label and synonyms.

    Exact (normalised) names first; then headers that contain a name ('售价(元)' → price),
    the longest name winning, then the name nearer the end: in Chinese the head noun comes
    last, so '商品条码' (the product's barcode) goes to the barcode rather than to a field
    called '商品'. Each column is used once; the error column is never mapped.
    """
    names = {spec.key: _names(spec) for spec in fields}
    columns = {i: normalise(h) for i, h in enumerate(headers) if normalise(h) and not is_error_column(h)}
    mapping: dict[str, int] = {}
    taken: set[int] = set()
    for spec in fields:  # pass 1: exact, in the order of the field's names (key, label, synonyms)
        for name in names[spec.key]:
            index = next((i for i, header in columns.items() if i not in taken and header == name), None)
            if index is not None:
                mapping[spec.key] = index
                taken.add(index)
                break
    candidates = []  # pass 2: containment, longest name first
    for order, spec in enumerate(fields):
        if spec.key in mapping:
            continue
        for name in names[spec.key]:
            if len(name) < 2:
                continue
            for index, header in columns.items():
                if index not in taken and name in header:
                    candidates.append((-len(name), -header.rfind(name), order, index, spec.key))
    for _length, _position, _order, index, key in sorted(candidates):
        if key not in mapping and index not in taken:
            mapping[key] = index
            taken.add(index)
    return mapping


@dataclass
class Mapping:
    """A user's choice of columns, kept by header name so it fits the next file of the same
    layout even when the columns move. Stored as JSON {header: field key} by the service."""

    by_header: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_columns(cls, headers: Sequence[str], columns: MappingABC[str, int]) -> Mapping:
        """From field key → column index (what guess_mapping and the mapping dialog give)."""
        return cls({headers[index]: key for key, index in columns.items() if 0 <= index < len(headers)
                    and headers[index]})

    def to_json(self) -> str:
        return json.dumps(self.by_header, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Mapping:
        try:
            data = json.loads(text)
        except (TypeError, ValueError):
            data = None
        if not isinstance(data, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in data.items()):
            raise ValidationError(tr("Excel", "The saved column mapping is damaged; choose the columns again."),
                                  field="mapping")
        return cls(dict(data))

    def apply(self, headers: Sequence[str]) -> tuple[dict[str, int], list[str]]:
        """(field key → column index in this file, saved headers this file lacks).

        A header matches exactly, else after normalising ('售价 (元)' = '售价（元）')."""
        exact: dict[str, list[int]] = {}
        loose: dict[str, list[int]] = {}
        for index, header in enumerate(headers):
            exact.setdefault(header, []).append(index)
            loose.setdefault(normalise(header), []).append(index)
        columns: dict[str, int] = {}
        missing: list[str] = []
        taken: set[int] = set()
        for header, key in self.by_header.items():
            found = [i for i in exact.get(header, []) + loose.get(normalise(header), []) if i not in taken]
            if found and key not in columns:
                columns[key] = found[0]
                taken.add(found[0])
            elif not found:
                missing.append(header)
        return columns, missing
