"""售后登记 dialogs: registering a case with its policy shown before saving, the case itself
(details, items and goods, refunds, timeline, and every action on it), and the small
dialogs of those actions (receive goods, ship a replacement, refund, hand over)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDateEdit, QDateTimeEdit, QDialog, QFormLayout, QGridLayout,
    QHBoxLayout, QLabel, QLineEdit, QMenu, QPlainTextEdit, QPushButton, QSpinBox, QTableWidget,
    QTableWidgetItem, QTabWidget, QToolButton, QVBoxLayout, QWidget,
)

from shopmanager.core import timeutil
from shopmanager.core.aftersales import (
    GOODS_BACK, REASONS_FOR, CaseState, CaseType, ComplaintCategory, ContactMethod, PolicyResult, RefundMethod,
    ReturnMethod, ReviewOutcome, complaint_label, contact_label, outcome_label, reason_label, refund_method_label,
    return_method_label, state_label, type_label,
)
from shopmanager.core.errors import ShopError
from shopmanager.core.i18n import tr
from shopmanager.core.money import format_money
from shopmanager.core.permissions import Perm
from shopmanager.services import aftersales, aftersales_detail, aftersales_goods, aftersales_refunds, staff
from shopmanager.ui import messages
from shopmanager.ui.dialogs import Dialog, ok_cancel_buttons
from shopmanager.ui.screen import FitScrollArea
from shopmanager.ui.format import display
from shopmanager.ui.pages.products import fill_table

GREEN, AMBER, RED = "#e8f5e9;color:#1b5e20", "#fff8e1;color:#8d5a00", "#ffebee;color:#b71c1c"


def policy_style(label: QLabel, result: PolicyResult | None, text: str = "") -> None:
    """The policy's verdict in a coloured box: green eligible, amber the supervisor decides, red refused."""
    if result is None:
        colour = AMBER
    elif not result.applies:
        colour = "#eceff1;color:#37474f"
    elif result.refusals:
        colour = RED
    elif result.escalate:
        colour = AMBER
    else:
        colour = GREEN
    label.setStyleSheet(f"QLabel {{ background:{colour}; border-radius:4px; padding:6px; }}")
    label.setText(text or (result.summary() if result else ""))


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("message")
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    return label


def _staff_combo(parent: QWidget, actor, *, blank: str | None = None, selected: int | None = None) -> QComboBox:
    combo = QComboBox(parent)
    if blank is not None:
        combo.addItem(blank, None)
    for person in staff.list_staff(actor, include_left=False):
        combo.addItem(person.name, person.id)
    combo.setCurrentIndex(max(0, combo.findData(selected)))
    return combo


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


# -- registering a case -------------------------------------------------------------------------------------

class NewCaseDialog(Dialog):
    """New after-sales case: the order, the type, reason and items; the policy result is shown
    (and recomputed as the form changes) before anything is saved."""

    def __init__(self, parent, context, *, order_id: int | None = None, customer_id: int | None = None,
                 case_type: str = CaseType.RETURN_REFUND):
        super().__init__(parent)
        self.context, self.actor = context, context.actor
        self.order = None
        self.customer_id = customer_id
        self.case_ref: aftersales.CaseRef | None = None
        self.setWindowTitle(tr("AfterSales", "New after-sales case"))
        self.order_edit = QLineEdit(self)
        self.order_edit.setObjectName("order")
        self.order_edit.setPlaceholderText(tr("AfterSales", "Order or platform number (scan), then Enter"))
        self.order_edit.returnPressed.connect(self.find_order)
        find = QPushButton(tr("AfterSales", "Find order"), self)
        find.setObjectName("find_order")
        find.clicked.connect(self.find_order)
        self.order_info = QLabel(tr("AfterSales", "No order chosen (a complaint may have none)."), self)
        self.order_info.setObjectName("order_info")
        self.order_info.setWordWrap(True)
        self.kind = QComboBox(self)
        self.kind.setObjectName("case_type")
        for kind in CaseType:
            self.kind.addItem(type_label(kind), kind.value)
        self.reason = QComboBox(self)
        self.reason.setObjectName("reason")
        self.received = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.received.setObjectName("received_at")
        self.received.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.received.setCalendarPopup(True)
        now = timeutil.now()
        self.received.setDateTime(QDateTime(_qdate(now.date()), QTime(now.hour, now.minute)))
        self.signed = QDateEdit(self)
        self.signed.setObjectName("signed_on")
        self.signed.setDisplayFormat("yyyy-MM-dd")
        self.signed.setCalendarPopup(True)
        self.signed.setMinimumDate(QDate(2000, 1, 1))
        self.signed.setSpecialValueText(tr("AfterSales", "(not known)"))
        self.signed.setDate(self.signed.minimumDate())
        self.method = QComboBox(self)
        self.method.setObjectName("return_method")
        for method in ReturnMethod:
            self.method.addItem(return_method_label(method), method.value)
        self.holder = _staff_combo(self, self.actor, selected=self.actor.staff_id)
        self.holder.setObjectName("holder")
        self.category = QComboBox(self)
        self.category.setObjectName("category")
        self.category.addItem(tr("AfterSales", "(choose)"), "")
        for category in ComplaintCategory:
            self.category.addItem(complaint_label(category), category.value)
        self.against = _staff_combo(self, self.actor, blank=tr("AfterSales", "(nobody)"))
        self.against.setObjectName("against_staff")
        self.rating = QSpinBox(self)
        self.rating.setObjectName("rating")
        self.rating.setRange(1, 5)
        self.rating.setValue(2)
        self.rating.setSuffix(tr("AfterSales", " star(s)"))
        self.review_text = QLineEdit(self)
        self.review_text.setObjectName("review_text")
        self.review_text.setPlaceholderText(tr("AfterSales", "Copy the buyer's review"))
        self.lines = QTableWidget(0, 5, self)
        self.lines.setObjectName("lines")
        self.lines.setHorizontalHeaderLabels([tr("Products", "SKU"), tr("AfterSales", "Item"),
                                              tr("AfterSales", "Bought"), tr("AfterSales", "Can still claim"),
                                              tr("AfterSales", "Quantity")])
        self.lines.verticalHeader().setVisible(False)
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.setMinimumHeight(110)
        self.qty: list[tuple[int, QSpinBox]] = []
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("description")
        self.description.setPlaceholderText(tr("AfterSales", "What the buyer says, in their words"))
        self.description.setFixedHeight(60)
        self.policy = QLabel(self)
        self.policy.setObjectName("policy")
        self.policy.setWordWrap(True)
        self.override = QLineEdit(self)
        self.override.setObjectName("override_reason")
        self.override.setPlaceholderText(tr("AfterSales", "Supervisor: a reason lets a refused case go ahead"))
        self.override.setVisible(False)
        self.message = _error_label(self)

        grid = QGridLayout()
        rows = [(tr("AfterSales", "Type"), self.kind, tr("AfterSales", "Reason"), self.reason),
                (tr("AfterSales", "Received"), self.received, tr("AfterSales", "Signed for"), self.signed),
                (tr("AfterSales", "Return parcel"), self.method, tr("AfterSales", "Held by"), self.holder),
                (tr("AfterSales", "Complaint category"), self.category, tr("AfterSales", "Against staff member"),
                 self.against),
                (tr("AfterSales", "Rating"), self.rating, tr("AfterSales", "Review text"), self.review_text)]
        self.row_labels: dict[QWidget, QLabel] = {}
        for number, (left, left_widget, right, right_widget) in enumerate(rows):
            for column, (text, widget) in enumerate(((left, left_widget), (right, right_widget))):
                label = QLabel(text, self)
                label.setBuddy(widget)
                self.row_labels[widget] = label
                grid.addWidget(label, number, column * 2)
                grid.addWidget(widget, number, column * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("AfterSales", "Order"), self))
        top.addWidget(self.order_edit, 1)
        top.addWidget(find)
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(top)
        body_layout.addWidget(self.order_info)
        body_layout.addLayout(grid)
        self.lines_label = QLabel(tr("AfterSales", "Items concerned"), self)
        body_layout.addWidget(self.lines_label)
        body_layout.addWidget(self.lines, 1)
        body_layout.addWidget(QLabel(tr("AfterSales", "What the buyer says"), self))
        body_layout.addWidget(self.description)
        body_layout.addWidget(QLabel(tr("AfterSales", "The shop's policy"), self))
        body_layout.addWidget(self.policy)
        body_layout.addWidget(self.override)
        scroll = FitScrollArea(body, self)
        buttons = ok_cancel_buttons(self, tr("AfterSales", "Register case"))
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(900, 660)

        self.kind.currentIndexChanged.connect(self._type_changed)
        for widget in (self.reason, self.method):
            widget.currentIndexChanged.connect(self.refresh_policy)
        self.received.dateTimeChanged.connect(self.refresh_policy)
        self.signed.dateChanged.connect(self.refresh_policy)
        self.kind.setCurrentIndex(max(0, self.kind.findData(case_type)))
        self._type_changed()
        if order_id:
            self.load_order(order_id)
        else:
            self.order_edit.setFocus()

    # -- the order --------------------------------------------------------------------------------
    def find_order(self) -> None:
        from shopmanager.services import orders

        text = self.order_edit.text().strip()
        if not text:
            return
        try:
            order_id = orders.find_order(self.actor, text)
        except ShopError as error:
            self.message.setText(str(error))
            return
        self.message.clear()
        self.load_order(order_id)

    def load_order(self, order_id: int) -> None:
        self.order = o = aftersales_detail.order_for_case(self.actor, order_id)
        self.customer_id = o.customer_id
        self.order_edit.setText(o.order_no)
        parts = [o.order_no, o.platform_order_no, o.channel_label, o.status_label, o.customer_name,
                 tr("AfterSales", "paid ¥{amount}").format(amount=format_money(o.paid_cents))]
        if o.shipped_on:
            parts.append(tr("AfterSales", "shipped {day}").format(day=o.shipped_on.isoformat()))
        if o.delivered_on:
            parts.append(tr("AfterSales", "signed for {day}").format(day=o.delivered_on.isoformat()))
            self.signed.setDate(_qdate(o.delivered_on))
        self.order_info.setText("  ·  ".join(p for p in parts if p))
        self.lines.setRowCount(len(o.lines))
        self.qty = []
        for row, (line_id, sku, title, bought, left, _unit) in enumerate(o.lines):
            for column, value in enumerate((sku, title, str(bought), str(left))):
                item = QTableWidgetItem(value)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.lines.setItem(row, column, item)
            spin = QSpinBox(self.lines)
            spin.setObjectName(f"qty_{row}")
            spin.setRange(0, max(bought, 0))
            spin.setValue(left if len(o.lines) == 1 else 0)
            self.lines.setCellWidget(row, 4, spin)
            self.qty.append((line_id, spin))
        self.lines.resizeColumnsToContents()
        self.lines.setColumnWidth(1, max(self.lines.columnWidth(1), 260))
        self.lines.setColumnWidth(4, max(self.lines.columnWidth(4), 90))
        self.refresh_policy()

    # -- the form follows the type --------------------------------------------------------------------
    def _type_changed(self) -> None:
        kind = self.kind.currentData()
        current = self.reason.currentData()
        self.reason.blockSignals(True)
        self.reason.clear()
        for reason in REASONS_FOR[CaseType(kind)]:
            self.reason.addItem(reason_label(reason), reason.value)
        self.reason.setCurrentIndex(max(0, self.reason.findData(current)))
        self.reason.blockSignals(False)
        complaint, review = kind == CaseType.COMPLAINT, kind == CaseType.NEGATIVE_REVIEW
        self.lines.setVisible(not (complaint or review))
        self.lines_label.setVisible(not (complaint or review))
        for widget, visible in ((self.reason, not complaint), (self.method, kind in GOODS_BACK),
                                (self.signed, not complaint), (self.category, complaint),
                                (self.against, complaint or review), (self.rating, review),
                                (self.review_text, review)):
            widget.setVisible(visible)
            self.row_labels[widget].setVisible(visible)
        self.refresh_policy()

    def draft(self) -> aftersales.CaseInput:
        kind = self.kind.currentData()
        lines = [aftersales.CaseLineInput(line_id, spin.value()) for line_id, spin in self.qty if spin.value() > 0]
        signed = None if self.signed.date() == self.signed.minimumDate() else self.signed.date().toPython()
        return aftersales.CaseInput(
            case_type=kind, order_id=self.order.id if self.order else None,
            lines=lines if kind not in (CaseType.COMPLAINT, CaseType.NEGATIVE_REVIEW) else [],
            reason=self.reason.currentData() or "other", description=self.description.toPlainText(),
            received_at=self.received.dateTime().toPython().replace(second=0, microsecond=0),
            signed_on=signed if kind != CaseType.COMPLAINT else None,
            return_method=self.method.currentData() if kind in GOODS_BACK else ReturnMethod.EXPRESS,
            holder_id=self.holder.currentData(), customer_id=self.customer_id,
            category=self.category.currentData() if kind == CaseType.COMPLAINT else "",
            against_staff_id=self.against.currentData() if kind in (CaseType.COMPLAINT, CaseType.NEGATIVE_REVIEW)
            else None,
            rating=self.rating.value() if kind == CaseType.NEGATIVE_REVIEW else None,
            review_text=self.review_text.text(), override_reason=self.override.text())

    def refresh_policy(self) -> None:
        try:
            result = aftersales.policy_preview(self.actor, self.draft())
        except ShopError as error:
            policy_style(self.policy, None, str(error))
            return
        self.result = result
        policy_style(self.policy, result)
        self.override.setVisible(self.actor.can(Perm.AFTERSALES_OVERRIDE) and result.applies and not result.allowed)

    def accept(self) -> None:
        draft = self.draft()
        try:
            result = aftersales.policy_preview(self.actor, draft)
            if result.refusals and not draft.override_reason.strip() and not messages.confirm(self, tr(
                    "AfterSales", "The shop's policy refuses this case:\n{why}\n\nIt will be registered as refused; "
                    "a supervisor may override it. Register it?").format(why="\n".join(result.refusals)),
                    yes_text=tr("AfterSales", "Register as refused")):
                return
            self.case_ref = aftersales.create_case(self.actor, draft)
        except ShopError as error:
            self.message.setText(str(error))
            widget = {"order": self.order_edit, "qty": self.lines, "lines": self.lines, "category": self.category,
                      "rating": self.rating, "review_text": self.review_text, "received_at": self.received,
                      "signed_on": self.signed}.get(error.field or "")
            if widget is not None:
                widget.setFocus()
            return
        super().accept()


# -- one case ---------------------------------------------------------------------------------------------

class CaseDialog(Dialog):
    """One case: who holds it, the policy, its details, items and goods, refunds and timeline,
    and the actions the actor's role may take on it."""

    def __init__(self, parent, context, case_id: int):
        super().__init__(parent)
        self.context, self.actor, self.case_id = context, context.actor, case_id
        self.changed = False
        self.detail: aftersales_detail.CaseDetail | None = None
        self.title = QLabel(self)
        self.title.setObjectName("title")
        self.title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.state = QLabel(self)
        self.state.setObjectName("state")
        self.holder = QLabel(self)
        self.holder.setObjectName("holder")
        self.order = QLabel(self)
        self.order.setObjectName("order")
        self.order.setWordWrap(True)
        self.policy = QLabel(self)
        self.policy.setObjectName("policy")
        self.policy.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self._details_tab()
        self.items = QTableWidget(self)
        self.items.setObjectName("items")
        self.parcels = QTableWidget(self)
        self.parcels.setObjectName("parcels")
        goods = QWidget(self)
        goods_layout = QVBoxLayout(goods)
        goods_layout.addWidget(self.items, 2)
        goods_layout.addWidget(QLabel(tr("AfterSales", "Parcels sent to the buyer (replacement, repaired item)"), self))
        goods_layout.addWidget(self.parcels, 1)
        self.tabs.addTab(goods, tr("AfterSales", "Items and goods"))
        self.refunds = QTableWidget(self)
        self.refunds.setObjectName("refunds")
        self.refund_info = QLabel(self)
        self.refund_info.setObjectName("refund_info")
        money = QWidget(self)
        money_layout = QVBoxLayout(money)
        money_layout.addWidget(self.refund_info)
        money_layout.addWidget(self.refunds, 1)
        self.tabs.addTab(money, tr("AfterSales", "Refunds"))
        self.timeline = QTableWidget(self)
        self.timeline.setObjectName("timeline")
        self.tabs.addTab(self.timeline, tr("AfterSales", "Timeline"))
        self.message = _error_label(self)
        self.actions_bar = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        self._actions()
        close = QPushButton(tr("Reports", "Close"), self)
        close.setObjectName("close")
        close.clicked.connect(self.reject)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.state)
        head.addStretch(1)
        head.addWidget(self.holder)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.order)
        layout.addWidget(self.policy)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        bottom = QHBoxLayout()
        bottom.addLayout(self.actions_bar)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, activated=self.load)
        self.resize(1080, 680)
        self.load()

    # -- building -----------------------------------------------------------------------------------
    def _details_tab(self) -> None:
        page = QWidget(self)
        outer = QVBoxLayout(page)
        form = QFormLayout()
        self.details_form = form
        outer.addLayout(form)
        outer.addStretch(1)
        self.info: dict[str, QLabel] = {}
        for key, label in (("reason", tr("AfterSales", "Reason / category")), ("times", tr("AfterSales", "Received / answered / "
                                                                                               "resolved")),
                           ("policy_terms", tr("AfterSales", "Return freight / refund")),
                           ("extra", tr("AfterSales", "Complaint / review"))):
            value = QLabel(page)
            value.setObjectName(f"info_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.info[key] = value
            form.addRow(label, value)
        self.description = QPlainTextEdit(page)
        self.description.setObjectName("description")
        self.description.setFixedHeight(56)
        self.return_carrier = QLineEdit(page)
        self.return_carrier.setObjectName("return_carrier")
        self.return_tracking = QLineEdit(page)
        self.return_tracking.setObjectName("return_tracking_no")
        parcel = self.parcel_row = QHBoxLayout()
        parcel.addWidget(self.return_carrier)
        parcel.addWidget(self.return_tracking, 1)
        self.cause = QLineEdit(page)
        self.cause.setObjectName("cause")
        self.result_edit = QLineEdit(page)
        self.result_edit.setObjectName("result")
        self.save_details = QPushButton(tr("AfterSales", "Save details"), page)
        self.save_details.setObjectName("save_details")
        self.save_details.clicked.connect(self.save)
        form.addRow(tr("AfterSales", "What the buyer says"), self.description)
        form.addRow(tr("AfterSales", "Return parcel (carrier, tracking no.)"), parcel)
        form.addRow(tr("AfterSales", "Cause found"), self.cause)
        form.addRow(tr("AfterSales", "Result"), self.result_edit)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_details)
        save_row.addStretch(1)
        form.addRow("", save_row)
        self.tabs.addTab(page, tr("AfterSales", "Details"))

    def _button(self, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        self.actions_bar.addWidget(button)
        self.buttons[name] = button
        return button

    def _actions(self) -> None:
        can = self.actor.can
        if can(Perm.AFTERSALES_EDIT):
            self._button("contact", tr("AfterSales", "Contact…"), self.contact)
            self._button("state_menu", tr("AfterSales", "Change state…"), self.state_menu)
            self._button("refund", tr("AfterSales", "Refund…"), self.refund)
        if can(Perm.AFTERSALES_GOODS):
            self._button("receive", tr("AfterSales", "Receive goods…"), self.receive)
            self._button("ship", tr("AfterSales", "Ship parcel…"), self.ship)
        more = QToolButton(self)
        more.setObjectName("more")
        more.setText(tr("AfterSales", "More ▾"))
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_menu = QMenu(more)
        more.setMenu(self.more_menu)
        self.more_menu.aboutToShow.connect(self._fill_more)
        self.actions_bar.addWidget(more)

    def more_actions(self) -> list[tuple[str, str, object]]:
        """(name, text, slot) of the less common actions this actor may take on this case now."""
        d, can = self.detail, self.actor.can
        found = []
        if can(Perm.AFTERSALES_EDIT) or can(Perm.AFTERSALES_GOODS):
            found.append(("note", tr("AfterSales", "Add a note…"), self.note))
        if can(Perm.AFTERSALES_EDIT) and d.is_open:
            found.append(("escalate", tr("AfterSales", "Escalate to the supervisor…"), self.escalate))
        if can(Perm.AFTERSALES_OVERRIDE) and (d.state == CaseState.REFUSED or (not d.policy_ok and d.override_at is None))\
                and d.state != CaseState.CLOSED:
            found.append(("override", tr("AfterSales", "Override the policy…"), self.override))
        if can(Perm.AFTERSALES_EDIT) and d.case_type == CaseType.NEGATIVE_REVIEW and d.state != CaseState.CLOSED:
            found.append(("outcome", tr("AfterSales", "Review outcome…"), self.review_outcome))
        if can(Perm.AFTERSALES_OVERRIDE) and d.case_type == CaseType.COMPLAINT and d.against_staff_id:
            found.append(("decide", tr("AfterSales", "Decide the complaint…"), self.decide))
        if can(Perm.AFTERSALES_ASSIGN) and d.state != CaseState.CLOSED:
            found.append(("reassign", tr("AfterSales", "Give to another staff member…"), self.reassign))
        if can(Perm.AFTERSALES_GOODS) and d.active_replacement is not None:
            found.append(("cancel_parcel", tr("AfterSales", "Cancel the parcel…"), self.cancel_parcel))
        return found

    def _fill_more(self) -> None:
        self.more_menu.clear()
        for name, text, slot in self.more_actions():
            action = self.more_menu.addAction(text, slot)
            action.setObjectName(name)

    # -- showing ---------------------------------------------------------------------------------------
    def load(self) -> None:
        self.detail = d = aftersales_detail.get_case(self.actor, self.case_id)
        self.setWindowTitle(tr("AfterSales", "After-sales case {case_no}").format(case_no=d.case_no))
        self.title.setText(f"{d.case_no}  {d.type_label}")
        overdue = tr("AfterSales", "  overdue: no first response yet") if d.overdue else ""
        flagged = tr("AfterSales", "  ⚠ outside the policy") if d.out_of_policy else ""
        self.state.setText(d.state_label + overdue + flagged)
        colour = "#ffebee;color:#b71c1c" if d.overdue or d.state == CaseState.REFUSED else "#eceff1;color:#263238"
        self.state.setStyleSheet(f"font-weight:bold; padding:2px 8px; border-radius:4px; background:{colour};")
        holder = tr("AfterSales", "Held by {name}").format(name=d.holder_name or "—")
        if d.escalated_at:
            holder += tr("AfterSales", " (escalated {time}; clerk {clerk})").format(
                time=display("datetime", d.escalated_at), clerk=d.clerk_name or "—")
        self.holder.setText(holder)
        order = [d.order_no, d.platform_order_no, d.channel_label, d.customer_name, d.receiver_phone,
                 d.receiver_address]
        if d.platform_refund_no:
            order.append(tr("AfterSales", "platform refund {number} ({status})").format(
                number=d.platform_refund_no, status=d.platform_status or "—"))
        self.order.setText("  ·  ".join(part for part in order if part) or tr("AfterSales", "No order."))
        policy_text = d.policy_text
        if d.override_at:
            policy_text = tr("AfterSales", "Overridden by {user} at {time}: {reason}").format(
                user=d.override_by, time=display("datetime", d.override_at), reason=d.override_reason) + "\n" + tr(
                "AfterSales", "The policy said: {text}").format(text=d.policy_text)
        colour = GREEN if d.policy_ok or d.override_at else (RED if d.state == CaseState.REFUSED or d.out_of_policy
                                                             else AMBER)
        self.policy.setStyleSheet(f"QLabel {{ background:{colour}; border-radius:4px; padding:6px; }}")
        self.policy.setText(policy_text)
        self._show_details(d)
        self.tabs.setTabVisible(1, d.case_type not in (CaseType.COMPLAINT, CaseType.NEGATIVE_REVIEW) or bool(d.lines))
        fill_table(self.items, [tr("Products", "SKU"), tr("AfterSales", "Item"), tr("AfterSales", "Quantity"),
                                tr("AfterSales", "Paid per piece"), tr("AfterSales", "Back, good"),
                                tr("AfterSales", "Back, defective")],
                   [[line.sku, line.title, str(line.qty), format_money(line.unit_paid_cents), str(line.qty_good),
                     str(line.qty_defective)] for line in d.lines])
        fill_table(self.parcels, [tr("Shipping", "Carrier"), tr("Shipping", "Tracking number"),
                                  tr("Shipping", "Shipped"), tr("AfterSales", "Items"), tr("Shipping", "Cancelled")],
                   [[p.carrier, p.tracking_no, display("datetime", p.shipped_at),
                     ", ".join(f"{sku} ×{qty}" for sku, _name, qty in p.items), display("datetime", p.cancelled_at)]
                    for p in d.replacements])
        fill_table(self.refunds, [tr("AfterSales", "Date"), tr("AfterSales", "Amount"), tr("AfterSales", "Method"),
                                  tr("AfterSales", "By"), tr("AfterSales", "Note")],
                   [[display("date", r.refunded_on), format_money(r.amount_cents), refund_method_label(r.method),
                     r.username, r.note] for r in d.refunds])
        info = tr("AfterSales", "Refunded ¥{done}; up to ¥{left} more may be refunded (the buyer paid ¥{paid} for "
                                "the order).").format(done=format_money(d.refund_cents),
                                                       left=format_money(d.refundable_cents),
                                                       paid=format_money(d.paid_cents))
        if d.profit_effect_cents is not None:
            info += "  " + tr("AfterSales", "Effect on profit: ¥{amount}").format(
                amount=format_money(d.profit_effect_cents))
        self.refund_info.setText(info)
        fill_table(self.timeline, [tr("AfterSales", "Time"), tr("AfterSales", "Who"), tr("AfterSales", "Action"),
                                   tr("AfterSales", "Note")],
                   [[display("datetime", e.at), e.who, self._action_text(e), e.note] for e in d.events])
        self.timeline.scrollToBottom()
        self._enable()

    @staticmethod
    def _action_text(event) -> str:
        extra = event.detail.get("method")
        if extra:
            return f"{event.action_label} ({contact_label(extra)})"
        if event.detail.get("to") and event.action == "state":
            return f"{event.action_label}: {state_label(event.detail['to'])}"
        if event.detail.get("outcome"):
            return f"{event.action_label}: {outcome_label(event.detail['outcome'])}"
        return event.action_label

    def _show_details(self, d) -> None:
        self.info["reason"].setText(d.reason_label if d.case_type != CaseType.COMPLAINT else
                                    complaint_label(d.category))
        times = [display("datetime", d.received_at), display("datetime", d.first_response_at) or "—",
                 display("datetime", d.resolved_at) or "—"]
        self.info["times"].setText("  /  ".join(times))
        terms = f"{d.freight_label} / {d.refund_kind_label}"
        if d.case_type in GOODS_BACK:
            terms += "  ·  " + tr("AfterSales", "parcel by {method}").format(method=return_method_label(d.return_method))
        if d.signed_on:
            terms += "  ·  " + tr("AfterSales", "signed for {day}").format(day=display("date", d.signed_on))
        self.info["policy_terms"].setText(terms)
        policy_case = d.case_type not in (CaseType.COMPLAINT, CaseType.NEGATIVE_REVIEW)
        self.details_form.setRowVisible(self.info["policy_terms"], policy_case)
        self.details_form.setRowVisible(self.info["extra"], not policy_case)
        self.details_form.setRowVisible(self.parcel_row, d.case_type in GOODS_BACK)
        extra = []
        if d.against_staff_name:
            verdict = {True: tr("AfterSales", "upheld"), False: tr("AfterSales", "dismissed")}.get(d.upheld, "")
            extra.append(tr("AfterSales", "against {name}").format(name=d.against_staff_name)
                         + (f" ({verdict})" if verdict else ""))
        if d.case_type == CaseType.NEGATIVE_REVIEW:
            extra.append("★" * (d.rating or 0) + "  " + d.review_text)
            extra.append(tr("AfterSales", "phoned {time}").format(time=display("datetime", d.phone_contacted_at))
                         if d.phone_contacted_at else tr("AfterSales", "not phoned yet"))
            extra.append(outcome_label(d.outcome))
        self.info["extra"].setText("  ·  ".join(extra) or "—")
        self.description.setPlainText(d.description)
        self.return_carrier.setText(d.return_carrier)
        self.return_tracking.setText(d.return_tracking_no)
        self.cause.setText(d.cause)
        self.result_edit.setText(d.result)

    def _enable(self) -> None:
        d = self.detail
        editable = self.actor.can(Perm.AFTERSALES_EDIT) and d.state != CaseState.CLOSED
        for widget in (self.description, self.return_carrier, self.return_tracking, self.cause, self.result_edit):
            widget.setReadOnly(not editable)
        self.save_details.setEnabled(editable)
        states = aftersales.next_states(self.actor, state=d.state) if editable else []
        if d.escalated_at and not self.actor.can(Perm.AFTERSALES_OVERRIDE):
            states = [s for s in states if s not in (CaseState.RESOLVED, CaseState.REFUSED, CaseState.CLOSED)]
        enable = {"contact": d.state != CaseState.CLOSED, "state_menu": bool(states),
                  "refund": d.refundable_cents > 0 and d.state not in (CaseState.REFUSED, CaseState.CLOSED),
                  "receive": d.case_type in GOODS_BACK and d.state not in (CaseState.REFUSED, CaseState.CLOSED)
                  and any(line.qty_received < line.qty for line in d.lines),
                  "ship": d.case_type in (CaseType.EXCHANGE, CaseType.REPAIR) and d.active_replacement is None
                  and d.state not in (CaseState.REFUSED, CaseState.CLOSED)}
        for name, button in self.buttons.items():
            button.setEnabled(enable.get(name, True))
        if "receive" in self.buttons:
            self.buttons["receive"].setVisible(d.case_type in GOODS_BACK)
            self.buttons["ship"].setVisible(d.case_type in (CaseType.EXCHANGE, CaseType.REPAIR))
        self.next_states = states

    # -- acting ---------------------------------------------------------------------------------------------
    def _done(self, call) -> bool:
        try:
            call()
        except ShopError as error:
            self.message.setText(str(error))
            return False
        self.message.clear()
        self.changed = True
        self.load()
        return True

    def save(self) -> None:
        values = {"description": self.description.toPlainText(), "return_carrier": self.return_carrier.text(),
                  "return_tracking_no": self.return_tracking.text(), "cause": self.cause.text(),
                  "result": self.result_edit.text()}
        self._done(lambda: aftersales.update_details(self.actor, self.case_id, values,
                                                     row_version=self.detail.row_version))

    def contact(self) -> None:
        methods = list(ContactMethod)
        chosen = messages.ask_choice(self, tr("AfterSales", "Contact the buyer"), tr("AfterSales", "How?"),
                                     [contact_label(m) for m in methods],
                                     1 if self.detail.case_type != CaseType.NEGATIVE_REVIEW else 0)
        if chosen is None:
            return
        method = methods[[contact_label(m) for m in methods].index(chosen)]
        note = messages.ask_text(self, tr("AfterSales", "Contact the buyer"),
                                 tr("AfterSales", "What was said or agreed:"))
        if note:
            self._done(lambda: aftersales.record_contact(self.actor, self.case_id, method, note))

    def note(self) -> None:
        text = messages.ask_text(self, tr("AfterSales", "Add a note"), tr("AfterSales", "Note:"))
        if text:
            self._done(lambda: aftersales.add_note(self.actor, self.case_id, text))

    def state_menu(self) -> None:
        menu = QMenu(self)
        for target in self.next_states:
            menu.addAction(state_label(target), lambda t=target: self.change_state(t))
        button = self.buttons["state_menu"]
        menu.exec(button.mapToGlobal(button.rect().bottomLeft()))

    def change_state(self, target: str) -> None:
        note = result = ""
        if target == CaseState.REFUSED:
            note = messages.ask_text(self, state_label(target), tr("AfterSales", "Why is the case refused?"))
            if not note:
                return
        elif target in (CaseState.RESOLVED, CaseState.CLOSED):
            result = messages.ask_text(self, state_label(target), tr("AfterSales", "How did it end? (optional)"),
                                       self.detail.result)
            if result is None:
                return
        self._done(lambda: aftersales.change_state(self.actor, self.case_id, target, note=note, result=result,
                                                   row_version=self.detail.row_version))

    def escalate(self) -> None:
        note = messages.ask_text(self, tr("AfterSales", "Escalate to the supervisor"),
                                 tr("AfterSales", "Why does the supervisor need to decide?"))
        if note:
            self._done(lambda: aftersales.escalate(self.actor, self.case_id, note))

    def override(self) -> None:
        reason = messages.ask_text(self, tr("AfterSales", "Override the policy"), tr(
            "AfterSales", "The policy says: {policy}\n\nWhy may this case go ahead? (kept on the timeline and in the "
            "audit log)").format(policy=self.detail.policy_text))
        if reason:
            self._done(lambda: aftersales.override_policy(self.actor, self.case_id, reason))

    def review_outcome(self) -> None:
        outcomes = [o for o in ReviewOutcome if o != ReviewOutcome.PENDING]
        chosen = messages.ask_choice(self, tr("AfterSales", "Review outcome"), tr("AfterSales", "What became of the "
                                                                                              "review?"),
                                     [outcome_label(o) for o in outcomes])
        if chosen is None:
            return
        outcome = outcomes[[outcome_label(o) for o in outcomes].index(chosen)]
        note = messages.ask_text(self, tr("AfterSales", "Review outcome"), tr("AfterSales", "Note (optional):")) or ""
        self._done(lambda: aftersales.record_review_outcome(self.actor, self.case_id, outcome, note))

    def decide(self) -> None:
        choices = [tr("AfterSales", "Upheld: the staff member was at fault"),
                   tr("AfterSales", "Dismissed: not the staff member's fault")]
        chosen = messages.ask_choice(self, tr("AfterSales", "Decide the complaint"), tr(
            "AfterSales", "Complaint against {name}:").format(name=self.detail.against_staff_name), choices)
        if chosen is None:
            return
        note = messages.ask_text(self, tr("AfterSales", "Decide the complaint"), tr("AfterSales", "On what grounds?"))
        if note:
            self._done(lambda: aftersales.decide_complaint(self.actor, self.case_id, chosen == choices[0], note))

    def reassign(self) -> None:
        people = [p for p in staff.list_staff(self.actor, include_left=False) if p.id != self.detail.holder_id]
        chosen = messages.ask_choice(self, tr("AfterSales", "Give to another staff member"), tr("AfterSales", "Who?"),
                                     [p.name for p in people])
        if chosen is None:
            return
        person = people[[p.name for p in people].index(chosen)]
        self._done(lambda: aftersales.reassign(self.actor, self.case_id, person.id))

    def refund(self) -> None:
        dialog = RefundDialog(self, self.actor, self.detail)
        if dialog.exec():
            self.changed = True
            self.load()

    def receive(self) -> None:
        dialog = ReceiveGoodsDialog(self, self.actor, self.detail)
        if dialog.exec():
            self.changed = True
            self.load()

    def ship(self) -> None:
        dialog = ShipParcelDialog(self, self.actor, self.detail)
        if dialog.exec():
            self.changed = True
            self.load()

    def cancel_parcel(self) -> None:
        parcel = self.detail.active_replacement
        reason = messages.ask_text(self, tr("AfterSales", "Cancel the parcel"), tr(
            "AfterSales", "Why is parcel {tracking} cancelled? Its goods come back to the stock.").format(
                tracking=parcel.tracking_no))
        if reason:
            self._done(lambda: aftersales_goods.cancel_replacement(self.actor, self.case_id, reason))


# -- the actions' small dialogs ----------------------------------------------------------------------------

class RefundDialog(QDialog):
    def __init__(self, parent, actor, detail):
        super().__init__(parent)
        self.actor, self.detail = actor, detail
        self.setWindowTitle(tr("AfterSales", "Refund — {case_no}").format(case_no=detail.case_no))
        self.amount = QLineEdit(self)
        self.amount.setObjectName("amount")
        self.amount.setPlaceholderText(format_money(detail.refundable_cents).replace(",", ""))
        self.method = QComboBox(self)
        self.method.setObjectName("method")
        for method in RefundMethod:
            self.method.addItem(refund_method_label(method), method.value)
        self.day = QDateEdit(_qdate(timeutil.today()), self)
        self.day.setObjectName("refunded_on")
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setCalendarPopup(True)
        self.note = QLineEdit(self)
        self.note.setObjectName("note")
        self.message = _error_label(self)
        form = QFormLayout()
        form.addRow(tr("AfterSales", "Amount (¥)"), self.amount)
        form.addRow(tr("AfterSales", "Method"), self.method)
        form.addRow(tr("AfterSales", "Date"), self.day)
        form.addRow(tr("AfterSales", "Note"), self.note)
        hint = QLabel(tr("AfterSales", "At most ¥{left} can still be refunded on this case.").format(
            left=format_money(detail.refundable_cents)), self)
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(ok_cancel_buttons(self, tr("AfterSales", "Record refund")))
        self.setMinimumWidth(420)

    def accept(self) -> None:
        text = self.amount.text().strip() or self.amount.placeholderText()
        try:
            aftersales_refunds.record_refund(self.actor, self.detail.id, text, self.method.currentData(),
                                             refunded_on=self.day.date().toPython(), note=self.note.text())
        except ShopError as error:
            self.message.setText(str(error))
            self.amount.setFocus()
            self.amount.selectAll()
            return
        super().accept()


class ReceiveGoodsDialog(QDialog):
    """The buyer's parcel arrived: per item, how many pieces passed inspection and how many failed."""

    def __init__(self, parent, actor, detail):
        super().__init__(parent)
        self.actor, self.detail = actor, detail
        self.setWindowTitle(tr("AfterSales", "Receive returned goods — {case_no}").format(case_no=detail.case_no))
        self.method = QComboBox(self)
        self.method.setObjectName("arrived_by")
        for method in ReturnMethod:
            self.method.addItem(return_method_label(method), method.value)
        self.table = QTableWidget(len(detail.lines), 5, self)
        self.table.setObjectName("lines")
        self.table.setHorizontalHeaderLabels([tr("Products", "SKU"), tr("AfterSales", "Item"),
                                              tr("AfterSales", "Still to come"), tr("AfterSales", "Good (to stock)"),
                                              tr("AfterSales", "Defective (次品)")])
        self.table.verticalHeader().setVisible(False)
        self.spins: list[tuple[int, QSpinBox, QSpinBox]] = []
        for row, line in enumerate(detail.lines):
            left = line.qty - line.qty_received
            for column, value in enumerate((line.sku, line.title, str(left))):
                self.table.setItem(row, column, QTableWidgetItem(value))
            good, bad = QSpinBox(self.table), QSpinBox(self.table)
            good.setObjectName(f"good_{row}")
            bad.setObjectName(f"defective_{row}")
            for spin in (good, bad):
                spin.setRange(0, max(line.qty, 0))
            good.setValue(max(left, 0))
            self.table.setCellWidget(row, 3, good)
            self.table.setCellWidget(row, 4, bad)
            self.spins.append((line.id, good, bad))
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(1, max(self.table.columnWidth(1), 240))
        for column in (3, 4):
            self.table.setColumnWidth(column, max(self.table.columnWidth(column), 110))
        self.note = QLineEdit(self)
        self.note.setObjectName("note")
        self.note.setPlaceholderText(tr("AfterSales", "What the inspection found"))
        self.message = _error_label(self)
        form = QFormLayout()
        form.addRow(tr("AfterSales", "The parcel came by"), self.method)
        form.addRow(tr("AfterSales", "Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(ok_cancel_buttons(self, tr("AfterSales", "Receive")))
        self.resize(720, 360)

    def accept(self) -> None:
        lines = [aftersales_goods.ReceiveLine(line_id, good.value(), bad.value()) for line_id, good, bad in self.spins]
        try:
            aftersales_goods.receive_goods(self.actor, self.detail.id, lines, arrived_by=self.method.currentData(),
                                           note=self.note.text())
        except ShopError as error:
            self.message.setText(str(error))
            return
        super().accept()


class ShipParcelDialog(QDialog):
    """The replacement (or the repaired item) leaves with its own carrier and tracking number."""

    def __init__(self, parent, actor, detail):
        from shopmanager.ui.pages.orders import fill_carriers

        super().__init__(parent)
        self.actor, self.detail = actor, detail
        self.setWindowTitle(tr("AfterSales", "Ship parcel — {case_no}").format(case_no=detail.case_no))
        self.carrier = QComboBox(self)
        self.carrier.setObjectName("carrier")
        fill_carriers(self.carrier, actor)
        self.tracking = QLineEdit(self)
        self.tracking.setObjectName("tracking")
        self.tracking.setPlaceholderText(tr("Shipping", "Scan the parcel label"))
        self.items = [(line.product_id, line.sku, line.title, line.qty) for line in detail.lines if line.product_id]
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("items")
        self.table.setHorizontalHeaderLabels([tr("Products", "SKU"), tr("AfterSales", "Item"),
                                              tr("AfterSales", "Quantity")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.code = QLineEdit(self)
        self.code.setObjectName("code")
        self.code.setPlaceholderText(tr("AfterSales", "Another size or colour: scan or type its SKU / barcode"))
        self.code.returnPressed.connect(self.swap_item)
        self.exchange = detail.case_type == CaseType.EXCHANGE
        self.code.setVisible(self.exchange)
        self.message = _error_label(self)
        form = QFormLayout()
        form.addRow(tr("Shipping", "Carrier"), self.carrier)
        form.addRow(tr("Shipping", "Tracking number"), self.tracking)
        hint = QLabel(tr("AfterSales", "The replacement leaves the stock.") if self.exchange
                      else tr("AfterSales", "The repaired item goes back to the buyer; the stock does not change."),
                      self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.code)
        layout.addWidget(self.message)
        layout.addWidget(ok_cancel_buttons(self, tr("Shipping", "Ship")))
        self.setMinimumWidth(560)
        self._show()
        self.tracking.setFocus()

    def _show(self) -> None:
        self.table.setRowCount(len(self.items))
        for row, (_product, sku, title, qty) in enumerate(self.items):
            for column, value in enumerate((sku, title, str(qty))):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def swap_item(self) -> None:
        """The scanned product replaces the selected item (the first one when none is selected)."""
        from shopmanager.services import products

        code = self.code.text().strip()
        product_id = products.find_by_code(code) if code else None
        if product_id is None:
            self.message.setText(tr("Orders", "No product has the SKU or barcode '{code}'.").format(code=code))
            return
        detail = products.get_product(self.actor, product_id)
        row = max(0, self.table.currentRow())
        if self.items:
            qty = self.items[row][3]
            self.items[row] = (product_id, detail.values["sku"], detail.values["name"], qty)
        self.code.clear()
        self.message.clear()
        self._show()

    def accept(self) -> None:
        lines = [aftersales_goods.ReplacementLine(product, qty) for product, _sku, _title, qty in self.items] or None
        try:
            aftersales_goods.ship_replacement(self.actor, self.detail.id, self.carrier.currentData(),
                                              self.tracking.text(), lines)
        except ShopError as error:
            self.message.setText(str(error))
            self.tracking.selectAll()
            self.tracking.setFocus()
            return
        super().accept()


class HandOverDialog(QDialog):
    """离职交接: every open case one person holds goes to another, in one step."""

    def __init__(self, parent, actor):
        super().__init__(parent)
        self.actor = actor
        self.moved = 0
        self.setWindowTitle(tr("AfterSales", "Hand over open cases"))
        self.source = QComboBox(self)
        self.source.setObjectName("from_staff")
        for person in staff.list_staff(actor, include_left=True):
            count = aftersales.open_cases_of(person.id)
            if count:
                self.source.addItem(tr("AfterSales", "{name} ({n} open)").format(name=person.name, n=count), person.id)
        self.target = _staff_combo(self, actor)
        self.target.setObjectName("to_staff")
        self.note = QLineEdit(self)
        self.note.setObjectName("note")
        self.note.setPlaceholderText(tr("AfterSales", "e.g. leaves the shop on 30 November"))
        self.message = _error_label(self)
        form = QFormLayout()
        form.addRow(tr("AfterSales", "From"), self.source)
        form.addRow(tr("AfterSales", "To"), self.target)
        form.addRow(tr("AfterSales", "Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(ok_cancel_buttons(self, tr("AfterSales", "Hand over")))
        self.setMinimumWidth(420)
        if self.source.count() == 0:
            self.message.setText(tr("AfterSales", "Nobody holds open cases."))

    def accept(self) -> None:
        if self.source.currentData() is None:
            return
        try:
            self.moved = aftersales.hand_over_open_cases(self.actor, self.source.currentData(),
                                                         self.target.currentData(), note=self.note.text())
        except ShopError as error:
            self.message.setText(str(error))
            return
        super().accept()
