"""What a shop owner and her clerks saw on the screens in the round-2 review, kept fixed:
columns saved by one user do not break another's list on the same PC, order numbers and
times stay readable when the columns must shrink."""
from __future__ import annotations

from shopmanager.core.permissions import Role
from tests.ui.test_desk_ui import sized_window


def _title_width(page, column) -> int:
    return page.view.horizontalHeader().fontMetrics().horizontalAdvance(column.label()) + 16


def test_columns_saved_by_one_user_do_not_change_another_users_columns_on_the_same_pc(qtbot, sqlite_db, sqlite_shop):
    owner, clerk = sqlite_shop[Role.OWNER], sqlite_shop[Role.WAREHOUSE]
    for actor in (owner, clerk, owner, clerk):  # the owner's list has the cost column, the clerk's not
        window = sized_window(qtbot, actor, sqlite_db)
        page = window.show_page("products")
        qtbot.wait(10)
        header = page.view.horizontalHeader()
        assert header.count() == len(page.source.columns)
        wanted = {column.key: page.columns.wanted[i] for i, column in enumerate(page.source.columns)}
        defaults = {column.key: max(column.width, _title_width(page, column)) for column in page.source.columns}
        assert wanted == defaults, actor.role
        assert [header.visualIndex(i) for i in range(header.count())] == list(range(header.count()))
        window.close()  # the column widths are saved on this PC


def test_order_numbers_times_and_yes_no_titles_stay_whole_when_the_columns_shrink(qtbot, sqlite_db, sqlite_shop):
    window = sized_window(qtbot, sqlite_shop[Role.SHIPPING], sqlite_db)  # 1366×768: the queue's columns must shrink
    page = window.show_page("dispatch")
    qtbot.wait(10)
    header, metrics = page.view.horizontalHeader(), page.view.fontMetrics()
    width = {column.key: header.sectionSize(i) for i, column in enumerate(page.source.columns)}
    assert sum(width.values()) <= page.view.viewport().width() < sum(page.columns.wanted.values())
    assert width["order_no"] > metrics.horizontalAdvance("SO20261129-0001")
    assert width["paid_at"] > metrics.horizontalAdvance("2026-11-29 14:34")
    assert width["ship_by"] > metrics.horizontalAdvance("2026-11-29")
    assert width["confirmed"] > metrics.horizontalAdvance("Address confirmed")
    assert width["message"] < page.columns.wanted[len(width) - 1]  # the free text gives the room


def test_per_column_floors_hold_while_they_fit_and_give_way_on_a_too_narrow_table():
    from shopmanager.ui.widgets.columns import fitted_widths

    shrunk = fitted_widths([100, 200, 300], 400, [100, 56, 56])
    assert shrunk[0] == 100 and sum(shrunk) == 400
    too_narrow = fitted_widths([100, 200, 300], 250, [100, 100, 100])
    assert 248 <= sum(too_narrow) <= 250 and too_narrow[0] < 100  # the plain floor, as before


def test_room_left_over_on_a_wide_screen_goes_to_the_free_text_columns(qtbot, sqlite_db, sqlite_shop):
    from shopmanager.ui.widgets.columns import fitted_widths

    assert fitted_widths([100, 50, 100], 400, grow=[True, False, True]) == [175, 50, 175]
    assert fitted_widths([100, 50, 100], 400) == [100, 50, 100]
    window = sized_window(qtbot, sqlite_shop[Role.OWNER], sqlite_db, 1900, 1000)
    page = window.show_page("customers")
    qtbot.wait(10)
    header = page.view.horizontalHeader()
    width = {column.key: header.sectionSize(i) for i, column in enumerate(page.source.columns)}
    wanted = {column.key: page.columns.wanted[i] for i, column in enumerate(page.source.columns)}
    assert page.view.viewport().width() - 40 < sum(width.values()) <= page.view.viewport().width()
    assert width["name"] > wanted["name"] and width["phone"] == wanted["phone"]
