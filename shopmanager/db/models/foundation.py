"""Tables of the foundation: schema version, settings, staff, users, audit log."""
from __future__ import annotations

import peewee as pw

from shopmanager.db.models.base import BaseModel


class SchemaVersion(BaseModel):
    version = pw.IntegerField(primary_key=True)
    applied_at = pw.DateTimeField()
    app_version = pw.CharField(max_length=20)


class Setting(BaseModel):
    key = pw.CharField(max_length=100, primary_key=True)
    value = pw.TextField()  # JSON


class Staff(BaseModel):
    """A person of the shop; accounts link to it. `staff_no` (工号) is what attendance
    clocks and DingTalk/WeCom exports name people by; `left_date` is the last working
    day; the base monthly wage (cents) is for the owner's eyes only."""

    name = pw.CharField(max_length=40)
    staff_no = pw.CharField(max_length=20, default="")  # unique when not empty (schema 7)
    role = pw.CharField(max_length=24)
    phone = pw.CharField(max_length=30, default="")
    hire_date = pw.DateField(null=True)
    status = pw.CharField(max_length=10, default="active")  # active | left
    left_date = pw.DateField(null=True)
    notes = pw.TextField(default="")
    base_wage_cents = pw.BigIntegerField(default=0)
    created_at = pw.DateTimeField()


class User(BaseModel):
    username = pw.CharField(max_length=40, unique=True)
    password_hash = pw.CharField(max_length=200)
    role = pw.CharField(max_length=24)
    staff = pw.ForeignKeyField(Staff, null=True, backref="users", on_delete="SET NULL")
    active = pw.BooleanField(default=True)
    must_change_password = pw.BooleanField(default=False)
    failed_logins = pw.IntegerField(default=0)
    locked_until = pw.DateTimeField(null=True)
    last_login_at = pw.DateTimeField(null=True)
    password_changed_at = pw.DateTimeField(null=True)
    created_at = pw.DateTimeField()
    language = pw.CharField(max_length=10, default="")  # the user's own UI language; "" = the shop's (migration 9)


class AuditLog(BaseModel):
    """Who changed what and when. Append-only: triggers refuse UPDATE and DELETE."""

    at = pw.DateTimeField(index=True)
    user = pw.ForeignKeyField(User, null=True, backref="audit", on_delete="RESTRICT", index=False)
    username = pw.CharField(max_length=40)
    action = pw.CharField(max_length=24)
    entity = pw.CharField(max_length=32)
    entity_id = pw.CharField(max_length=64, default="")
    summary = pw.TextField(default="")
    changes = pw.TextField(default="")  # JSON {field: [old, new]}

    class Meta:
        indexes = ((("entity", "entity_id"), False), (("username", "at"), False))


class SavedMapping(BaseModel):
    """A column mapping of the Excel importer, saved to be reused for the next file."""

    target = pw.CharField(max_length=32)  # products | orders | ...
    name = pw.CharField(max_length=60)
    mapping = pw.TextField()  # JSON header → field key
    created_by = pw.ForeignKeyField(User, null=True, on_delete="SET NULL")
    created_at = pw.DateTimeField()

    class Meta:
        indexes = ((("target", "name"), True),)


FOUNDATION_MODELS = [SchemaVersion, Setting, Staff, User, AuditLog, SavedMapping]
