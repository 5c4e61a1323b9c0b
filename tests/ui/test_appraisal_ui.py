"""The appraisal in the window, in English and Chinese: the owner opens October, a clerk scores
herself, the supervisor and two peers score, a customer score is added, the owner signs off
and prints (each form on its page); bad input shows a message and changes nothing."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton

from shopmanager.core.permissions import Role
from shopmanager.db.models import Appraisal, AppraisalScore, Staff
from shopmanager.ui.pages.appraisal_dialogs import CustomerScoreDialog, ScoringDialog
from tests.ui.conftest import wait_for_tasks
from tests.ui.test_foundation_ui import make_window
from tests.unit.services import appraisal_data


@pytest.fixture
def october(sqlite_db, sqlite_shop, demo_hash):
    data = appraisal_data.build(sqlite_shop, demo_hash)
    Staff.update(hire_date=dt.date(2025, 1, 1)).execute()
    return data


def _row_of(table, name: str) -> int:
    return next(r for r in range(table.rowCount()) if table.item(r, 0).text() == name)


def _type_scores(dialog: ScoringDialog, value: str) -> int:
    typed = 0
    for row in range(dialog.table.rowCount()):
        item = dialog.table.item(row, 6)
        if item.flags() & Qt.ItemFlag.ItemIsEditable:
            item.setText(value)
            typed += 1
    return typed


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_open_score_sign_and_print_october(qtbot, sqlite_db, october, dialogs, monkeypatch, language):
    from shopmanager.ui.i18n import apply_language
    from shopmanager.ui.printing import PdfPreviewDialog

    apply_language(language)
    owner = october.actors[Role.OWNER]
    window = make_window(qtbot, owner, sqlite_db)
    page = window.show_page("appraisal")
    month_tab = page.month_tab
    assert month_tab.selected_month() == "2026-10"  # early November: October is appraised
    assert "2026-10" in month_tab.banner.text()
    month_tab.buttons["open"].click()
    assert "2026-10" in dialogs.last
    assert month_tab.table.rowCount() == Appraisal.select().count() == 9
    wang_id = Appraisal.get(Appraisal.staff == october.wang_id).id

    # The clerk 王明 scores herself, with a comment.
    clerk = make_window(qtbot, october.wang, sqlite_db)
    my_tab = clerk.show_page("appraisal").my_tab
    assert clerk.show_page("appraisal").month_tab is None  # she sees no one else's results
    assert my_tab.mine.rowCount() == 1
    own = ScoringDialog(clerk, clerk.context, wang_id, "self")
    qtbot.addWidget(own)
    assert _type_scores(own, "120") == 3
    own.accept()
    assert not own.message.isHidden() and ("0 and 100" in own.message.text() or "0 到 100" in own.message.text())
    assert AppraisalScore.select().count() == 0  # nothing saved
    _type_scores(own, "90")
    own.comment.setPlainText("本月接待顾客 600 人")
    own.accept()
    assert own.result() == ScoringDialog.DialogCode.Accepted
    assert AppraisalScore.select().where(AppraisalScore.source == "self").count() == 3

    # The supervisor scores, and adds a customer score from a revisit.
    boss = make_window(qtbot, october.actors[Role.SUPERVISOR], sqlite_db)
    boss_tab = boss.show_page("appraisal").month_tab
    boss_tab.table.selectRow(_row_of(boss_tab.table, "王明"))
    form = ScoringDialog(boss, boss.context, wang_id, "supervisor")
    qtbot.addWidget(form)
    assert _type_scores(form, "80") == 3
    form.comment.setPlainText("响应及时，继续保持")
    customer_line = next(line for line in form.view.result.lines if "customer" in line.sources)
    add = CustomerScoreDialog(form, boss.context.actor, wang_id, [customer_line])
    qtbot.addWidget(add)
    add.score.setText("95")
    add.accept()
    assert "Note" in add.message.text() or "来源" in add.message.text()  # where the score comes from
    add.note.setText("10-12 回访王女士：很满意")
    add.accept()
    form._reload()
    assert form.customer_table.rowCount() == 1
    form.accept()
    assert form.result() == ScoringDialog.DialogCode.Accepted

    # Two peers score her teamwork; neither sees her result.
    for peer in (october.anna, october.actors[Role.CUSTOMER_SERVICE]):
        colleague = make_window(qtbot, peer, sqlite_db)
        tab = colleague.show_page("appraisal").my_tab
        assert "王明" in [tab.colleagues.item(r, 0).text() for r in range(tab.colleagues.rowCount())]
        scoring = ScoringDialog(colleague, colleague.context, wang_id, "peer")
        qtbot.addWidget(scoring)
        assert scoring.summary.isHidden() and scoring.table.rowCount() == 1
        _type_scores(scoring, "85")
        scoring.accept()
        assert scoring.result() == ScoringDialog.DialogCode.Accepted

    # The owner signs off: locked.
    month_tab.refresh()
    month_tab.table.selectRow(_row_of(month_tab.table, "王明"))
    dialogs.answer(True)
    month_tab.buttons["sign"].click()
    assert Appraisal.get_by_id(wang_id).status == "signed"
    month_tab.table.selectRow(_row_of(month_tab.table, "王明"))
    assert month_tab.table.item(_row_of(month_tab.table, "王明"), 9).text() in ("Signed off", "已签字确认")
    locked = ScoringDialog(boss, boss.context, wang_id, "view")
    qtbot.addWidget(locked)
    assert locked.view.locked

    # …and prints: the preview shows one form per employee, then the team summary.
    shown = []
    monkeypatch.setattr(PdfPreviewDialog, "exec", lambda self: shown.append(self) or 0)
    month_tab.buttons["print"].click()
    wait_for_tasks(qtbot)
    assert shown and len(shown[0].page_labels) == 9 + 1
    shown[0].deleteLater()


def test_a_clerk_sees_only_her_own_result_and_the_badge_counts_her_scoring(qtbot, sqlite_db, october, dialogs):
    from shopmanager.services import appraisal

    appraisal.open_month(october.actors[Role.OWNER], "2026-10")
    clerk = make_window(qtbot, october.wang, sqlite_db)
    clerk.refresh_badges()
    expected = appraisal.todo_count(october.wang)
    assert clerk.badge_count("appraisal") == expected > 1
    page = clerk.show_page("appraisal")
    assert page.month_tab is None and page.templates is None
    anna_id = Appraisal.get(Appraisal.staff == october.anna_id).id
    with pytest.raises(Exception) as error:
        ScoringDialog(clerk, clerk.context, anna_id, "view")
    assert "only your own" in str(error.value)


def test_template_editor_refuses_weights_not_adding_up_to_100(qtbot, sqlite_db, october, dialogs):
    from shopmanager.services import appraisal_templates

    window = make_window(qtbot, october.actors[Role.OWNER], sqlite_db)
    editor = window.show_page("appraisal").templates
    editor.role.setCurrentIndex(editor.role.findData(Role.SHIPPING))
    editor.table.item(0, 3).setText("31")
    assert "101" in editor.weight_sum.text()
    assert not editor.save()
    assert "101" in editor.message.text() and appraisal_templates.is_default(Role.SHIPPING)
    editor.table.item(0, 3).setText("30")
    editor.table.item(0, 4).setText("1500")
    assert editor.save()
    template = appraisal_templates.load_template(Role.SHIPPING)
    assert template.items[0].target == 1500 and not appraisal_templates.is_default(Role.SHIPPING)
    editor.findChild(QPushButton, "add").click()
    assert editor.table.rowCount() == len(template.items) + 1
    assert not editor.save() and "name" in editor.message.text().lower()


def test_sign_off_refused_while_nobody_scored(qtbot, sqlite_db, october, dialogs):
    window = make_window(qtbot, october.actors[Role.OWNER], sqlite_db)
    tab = window.show_page("appraisal").month_tab
    tab.buttons["open"].click()
    tab.table.selectRow(0)
    dialogs.answer(True)
    tab.buttons["sign"].click()
    assert "nobody has scored" in dialogs.last
    assert Appraisal.select().where(Appraisal.status == "signed").count() == 0
    assert tab.findChild(QLineEdit, "search") is not None


def test_export_the_month_to_excel_from_the_page(qtbot, sqlite_db, october, dialogs, tmp_path):
    window = make_window(qtbot, october.actors[Role.OWNER], sqlite_db)
    tab = window.show_page("appraisal").month_tab
    tab.buttons["open"].click()
    target = tmp_path / "appraisal"
    dialogs.answer(str(target))
    tab.buttons["export"].click()
    wait_for_tasks(qtbot)
    assert (tmp_path / "appraisal.xlsx").exists() and "9 rows exported" in dialogs.last
