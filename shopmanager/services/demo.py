"""The demo shop: a realistic small Chinese online shop to try the program on.

Staff of every role with accounts (`owner`, one per role, password `demo`), and —
through the product and order modules — products, stock, customers and a year of
orders. Sizes are options so benchmarks can make a million rows quickly.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from shopmanager.core import timeutil
from shopmanager.core.errors import Conflict
from shopmanager.core.i18n import current_language, set_language, tr
from shopmanager.core.passwords import hash_password
from shopmanager.core.permissions import Role
from shopmanager.core.progress import Progress
from shopmanager.db.models import Staff, User
from shopmanager.services import auth, settings
from shopmanager.services.context import SYSTEM, audit, transaction

DEMO_PASSWORD = "demo"

# (user name, staff name, role, phone, months employed)
DEMO_STAFF = [
    ("owner", "王建国", Role.OWNER, "13800000001", 48),
    ("supervisor", "李娜", Role.SUPERVISOR, "13800000002", 36),
    ("service", "张敏", Role.CUSTOMER_SERVICE, "13800000003", 20),
    ("service2", "刘洋", Role.CUSTOMER_SERVICE, "13800000004", 8),
    ("shipping", "陈强", Role.SHIPPING, "13800000005", 30),
    ("warehouse", "赵磊", Role.WAREHOUSE, "13800000006", 26),
    ("operations", "孙丽", Role.OPERATIONS, "13800000007", 18),
    ("designer", "周婷", Role.DESIGNER, "13800000008", 14),
    ("sales", "吴涛", Role.SALES, "13800000009", 11),
]


@dataclass(frozen=True)
class DemoSizes:
    products: int = 240
    customers: int = 1500
    orders: int = 8000  # about a year of a small shop


def demo_accounts() -> list[tuple[str, str]]:
    """(user name, role) of the demo accounts, for the login dialog and `shopmanager demo`."""
    return [(username, role) for username, _name, role, _phone, _months in DEMO_STAFF]


def create_demo_shop(sizes: DemoSizes = DemoSizes(), progress: Progress | None = None, *,
                     language: str = "zh_CN") -> None:
    """The texts the program writes into the shop while building it (history, fund entries,
    appraisal lines) are in the shop's `language`, whatever the language of the process
    (a Chinese shop built from an English command line must not keep English history)."""
    if auth.is_initialized():
        raise Conflict(tr("Demo", "This database already holds a shop; the demo needs an empty one."))
    spoken = current_language()
    told = _progress_in(spoken, language, progress or Progress())
    set_language(language)
    try:
        _create_demo_shop(sizes, told, language)
    finally:
        set_language(spoken)


# The stages the demo reports, so that their names (translated in the shop's language while the
# shop is written) reach the person running it in their own language.
_STAGES = ("Staff and accounts", "Products", "Opening stock", "Customers", "Orders", "After-sales cases",
           "Roster, attendance and the growth fund", "Appraisals", "Done")


def _progress_in(spoken: str, shop_language: str, progress: Progress) -> Progress:
    if spoken == shop_language:
        return progress
    set_language(shop_language)
    written = [tr("Demo", stage) for stage in _STAGES]
    set_language(spoken)
    said = dict(zip(written, (tr("Demo", stage) for stage in _STAGES)))

    class Told(Progress):
        def update(self, done: int, total: int | None = None, text: str | None = None) -> None:
            progress.update(done, total, said.get(text, text) if text is not None else None)

        def check(self) -> None:
            progress.check()

        def cancel(self) -> None:
            progress.cancel()

        @property
        def cancelled(self) -> bool:
            return progress.cancelled

    return Told()


def _create_demo_shop(sizes: DemoSizes, progress: Progress, language: str) -> None:
    hashed = hash_password(DEMO_PASSWORD)  # one hash for all: the demo must start quickly
    now = timeutil.now()
    with transaction():
        settings.store("shop.name", "小象优选旗舰店")
        settings.store("shop.phone", "0571-88886666")
        settings.store("shop.address", "浙江省杭州市余杭区文一西路 998 号 3 幢 5 楼 小象优选售后部")
        settings.store("ui.language", language)
        settings.store("shop.is_demo", True)
        for username, name, role, phone, months in DEMO_STAFF:
            hired = (now - dt.timedelta(days=30 * months)).date()
            staff = Staff.create(name=name, role=role, phone=phone, hire_date=hired, created_at=now)
            User.create(username=username, password_hash=hashed, role=role, staff=staff, created_at=now,
                        password_changed_at=now)
        audit(SYSTEM, "create", "shop", "", summary=tr("Demo", "demo shop"))
    progress.update(1, 10, tr("Demo", "Staff and accounts"))
    from shopmanager.services.demo_products import create_demo_products

    create_demo_products(sizes.products, progress)
    from shopmanager.services.demo_orders import create_demo_orders

    create_demo_orders(sizes, progress)
    from shopmanager.services.demo_aftersales import create_demo_aftersales

    create_demo_aftersales(progress)

    from shopmanager.services.demo_roster import create_demo_roster

    progress.update(9, 10, tr("Demo", "Roster, attendance and the growth fund"))
    create_demo_roster()

    from shopmanager.services.demo_appraisal import create_demo_appraisals  # after the other modules' data

    create_demo_appraisals(progress)
    progress.update(10, 10, tr("Demo", "Done"))
