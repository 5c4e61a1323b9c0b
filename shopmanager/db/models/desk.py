"""Tables of the desk features (issue 12): the carriers' tracking-number patterns."""
from __future__ import annotations

import peewee as pw

from shopmanager.db.models.base import BaseModel
from shopmanager.db.models.orders import Carrier


class CarrierPattern(BaseModel):
    """One shape of the carrier's tracking numbers (core/tracking.py): 'SF#{12-15}'."""

    carrier = pw.ForeignKeyField(Carrier, backref="patterns", on_delete="CASCADE")
    pattern = pw.CharField(max_length=60)
    position = pw.IntegerField(default=0)

    class Meta:
        indexes = ((("carrier", "pattern"), True),)


DESK_MODELS = [CarrierPattern]
