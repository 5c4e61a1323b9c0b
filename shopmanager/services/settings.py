"""Business settings (thresholds, cut-off, shop profile), shared by every PC via the database."""
from __future__ import annotations

import json
from typing import Any

from shopmanager.core.permissions import Perm
from shopmanager.core.settings import BY_KEY, DEFINITIONS, definition
from shopmanager.db.models import Setting
from shopmanager.services.context import Actor, audit, require, write_retrying


def get(key: str) -> Any:
    """The stored value, or the default of domain.md when none is stored."""
    row = Setting.get_or_none(Setting.key == key)
    return json.loads(row.value) if row else definition(key).default


def get_all() -> dict[str, Any]:
    values = {d.key: d.default for d in DEFINITIONS}
    for row in Setting.select():
        if row.key in BY_KEY:
            values[row.key] = json.loads(row.value)
    return values


def store(key: str, value: Any) -> None:
    """Write without permission or audit: only for setup inside an audited transaction."""
    (Setting.insert(key=key, value=json.dumps(value, ensure_ascii=False))
     .on_conflict(conflict_target=[Setting.key], update={Setting.value: json.dumps(value, ensure_ascii=False)})
     .execute())


def update(actor: Actor, values: dict[str, Any]) -> dict[str, Any]:
    """Validate every value first; store all or none; audit the differences."""
    require(actor, Perm.SETTINGS_EDIT, entity="settings")
    parsed = {key: definition(key).parse(value) for key, value in values.items()}

    def work() -> None:
        before = get_all()
        for key, value in parsed.items():
            store(key, value)
        audit(actor, "update", "settings", "", old={k: before[k] for k in parsed}, new=parsed)

    write_retrying(work)
    return get_all()
