"""The model base: every table uses the one database proxy."""
from __future__ import annotations

import peewee

from shopmanager.db.database import database_proxy


class BaseModel(peewee.Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


class MoneyField(peewee.BigIntegerField):
    """Integer cents (分); convert with core.money at the edges."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("default", 0)
        super().__init__(*args, **kwargs)
