"""ShopManager: the back office of a small online shop."""

__version__ = "0.1.0"
APP_NAME = "ShopManager"
ORG_NAME = "ShopManager"


def _load_peewee_without_psycopg() -> None:
    """peewee 4 imports psycopg (PostgreSQL) eagerly, ~0.1 s of every start; most shops use
    SQLite. Load peewee first, with psycopg hidden; db.database hands psycopg to peewee when
    a PostgreSQL address is opened. Done here, because any module may be first to import peewee."""
    import sys

    if "peewee" in sys.modules or "psycopg" in sys.modules:
        return
    sys.modules["psycopg"] = None  # type: ignore[assignment]
    try:
        import peewee  # noqa: F401
    except ImportError:  # not installed yet (setup) — nothing to speed up
        pass
    finally:
        if sys.modules.get("psycopg", 0) is None:
            del sys.modules["psycopg"]


_load_peewee_without_psycopg()
