import datetime as dt

import pytest

from shopmanager.core import timeutil
from shopmanager.core.errors import Conflict, LoginFailed, PermissionDenied, ValidationError
from shopmanager.core.permissions import Role
from shopmanager.db.models import AuditLog, User
from shopmanager.services import auth, staff, users
from shopmanager.services import settings as shop_settings


def test_first_run_creates_shop_and_owner_who_can_log_in(db):
    assert not auth.is_initialized()
    owner = auth.initialize_shop(shop_name="小象优选", owner_username="boss", owner_password="Good-pass-88",
                                 owner_name="王建国", language="zh_CN")
    assert owner.role == Role.OWNER and auth.is_initialized()
    assert shop_settings.get("shop.name") == "小象优选"
    assert shop_settings.get("ui.language") == "zh_CN"
    assert auth.login("boss", "Good-pass-88").display_name == "王建国"
    with pytest.raises(Conflict):
        auth.initialize_shop(shop_name="again", owner_username="x2", owner_password="Good-pass-88",
                             owner_name="x", language="en")


def test_first_run_refuses_weak_password_and_writes_nothing(db):
    with pytest.raises(ValidationError):
        auth.initialize_shop(shop_name="店", owner_username="boss", owner_password="123",
                             owner_name="王", language="en")
    assert User.select().count() == 0 and not auth.is_initialized()


def test_wrong_passwords_make_the_next_try_wait_longer_and_longer(shop):
    for _ in range(auth.FREE_ATTEMPTS - 1):
        with pytest.raises(LoginFailed) as error:
            auth.login("customer_service", "wrong")
        assert error.value.retry_after == 0
    with pytest.raises(LoginFailed) as error:
        auth.login("customer_service", "wrong")
    first_pause = error.value.retry_after
    assert first_pause > 0
    with pytest.raises(LoginFailed, match="Try again in"):
        auth.login("customer_service", "demo-pass-1")  # even the right password waits
    timeutil.set_clock_offset(dt.timedelta(seconds=first_pause + 1))
    with pytest.raises(LoginFailed) as error:
        auth.login("customer_service", "still-wrong")
    assert error.value.retry_after > first_pause
    timeutil.set_clock_offset(dt.timedelta(seconds=1000))
    assert auth.login("customer_service", "demo-pass-1").username == "customer_service"
    assert AuditLog.select().where(AuditLog.action == "login_failed").count() == auth.FREE_ATTEMPTS + 2


def test_unknown_user_and_wrong_password_read_the_same(shop):
    with pytest.raises(LoginFailed) as unknown:
        auth.login("nobody", "x")
    with pytest.raises(LoginFailed) as wrong:
        auth.login("owner", "x")
    assert str(unknown.value) == str(wrong.value)


def test_owner_manages_accounts_end_to_end(shop):
    owner = shop[Role.OWNER]
    info = users.create_user(owner, username="xiaoli", password="Temp-pass-11", role=Role.CUSTOMER_SERVICE)
    actor = auth.login("xiaoli", "Temp-pass-11")
    assert auth.password_change_due(actor)  # temporary password
    auth.change_password(actor, "Temp-pass-11", "Own-pass-2024")
    assert not auth.password_change_due(auth.login("xiaoli", "Own-pass-2024"))
    users.set_role(owner, info.id, Role.SUPERVISOR)
    assert auth.login("xiaoli", "Own-pass-2024").role == Role.SUPERVISOR
    users.set_active(owner, info.id, False)
    with pytest.raises(LoginFailed, match="disabled"):
        auth.login("xiaoli", "Own-pass-2024")
    users.reset_password(owner, info.id, "Reset-pass-33")
    users.set_active(owner, info.id, True)
    assert auth.password_change_due(auth.login("xiaoli", "Reset-pass-33"))
    actions = [r.action for r in AuditLog.select().where(AuditLog.entity == "user",
                                                           AuditLog.entity_id == str(info.id))]
    assert {"create", "update", "disable", "enable", "password"} <= set(actions)


def test_disabled_account_stops_working_at_once_even_if_logged_in(shop):
    owner, service = shop[Role.OWNER], shop[Role.SUPERVISOR]
    staff.list_staff(service)
    users.set_active(owner, service.user_id, False)
    with pytest.raises(PermissionDenied, match="disabled"):
        staff.create_staff(service, name="x", role=Role.SALES)


def test_last_owner_cannot_be_disabled_or_demoted(shop):
    owner = shop[Role.OWNER]
    with pytest.raises(Conflict):
        users.set_active(owner, owner.user_id, False)
    second = users.create_user(owner, username="boss2", password="Second-pw-9", role=Role.OWNER)
    users.set_role(owner, second.id, Role.SALES)
    with pytest.raises(Conflict, match="at least one active owner"):
        users.set_role(owner, owner.user_id, Role.SALES)


def test_duplicate_user_name_is_refused(shop):
    with pytest.raises(Conflict, match="taken"):
        users.create_user(shop[Role.OWNER], username="customer_service", password="Another-pw-1", role=Role.SALES)


def test_staff_who_leaves_loses_their_accounts(shop):
    owner = shop[Role.OWNER]
    person = staff.create_staff(owner, name="小周", role=Role.SALES, phone="13900001111")
    account = users.create_user(owner, username="xiaozhou", password="Zhou-pass-77", role=Role.SALES,
                                staff_id=person.id)
    assert staff.mark_left(owner, person.id, timeutil.today()) == 1
    assert not User.get_by_id(account.id).active
    assert [s.status for s in staff.list_staff(owner) if s.id == person.id] == ["left"]


def test_staff_phone_hidden_from_roles_without_staff_view(shop):
    owner = shop[Role.OWNER]
    staff.create_staff(owner, name="小周", role=Role.SALES, phone="13900001111")
    visible = {s.name: s.phone for s in staff.list_staff(owner)}
    hidden = {s.name: s.phone for s in staff.list_staff(shop[Role.SALES])}
    assert visible["小周"] == "13900001111" and hidden["小周"] == ""


def test_settings_are_validated_all_or_nothing_and_audited(shop):
    owner = shop[Role.OWNER]
    with pytest.raises(ValidationError, match="Low-stock threshold"):
        shop_settings.update(owner, {"shop.name": "新名字", "inventory.low_stock_threshold": "many"})
    assert shop_settings.get("shop.name") == "测试小店"
    shop_settings.update(owner, {"inventory.low_stock_threshold": "5", "shipping.cutoff": "15:30"})
    assert shop_settings.get("inventory.low_stock_threshold") == 5
    assert shop_settings.get("shipping.cutoff") == "15:30"
    entry = AuditLog.select().where(AuditLog.entity == "settings").order_by(AuditLog.id.desc()).first()
    assert '"inventory.low_stock_threshold": [10, 5]' in entry.changes
    with pytest.raises(PermissionDenied):
        shop_settings.update(shop[Role.SUPERVISOR], {"shipping.cutoff": "17:00"})


def test_a_password_checked_ahead_while_the_window_loads_logs_in_the_same(shop, monkeypatch):
    started = []
    with monkeypatch.context() as patch:
        patch.setattr(auth, "verify_ahead", lambda *args: started.append(args))
        auth.check_password_ahead(" customer_service ", "demo-pass-1")
        auth.check_password_ahead("nobody", "demo-pass-1")  # an unknown account is left to login()
    assert [args[0] for args in started] == ["demo-pass-1"]
    auth.check_password_ahead("customer_service", "demo-pass-1")
    assert auth.login("customer_service", "demo-pass-1").username == "customer_service"
    auth.check_password_ahead("customer_service", "wrong")
    with pytest.raises(LoginFailed):
        auth.login("customer_service", "wrong")
