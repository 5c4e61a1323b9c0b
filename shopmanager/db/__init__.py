"""Database layer: one peewee DatabaseProxy, models, migrations. No Qt.

Conventions: money in integer cents; datetimes are the shop's local wall-clock time,
naive (core.timeutil); every write goes through services/, never from the UI.
"""
