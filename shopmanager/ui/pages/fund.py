"""奖惩与成长基金: the month's growth-fund statement for everyone (income from fines, spending
with what and who, the running balance), spending for the supervisor, and for the owner
the fines and rewards: complaint fines by the month's escalation (1st 50, 2nd 100, from
the 3rd the whole wage), from the after-sales register's upheld complaints when it is
installed, other fines and rewards with a reason. Staff see their own fines and rewards."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDoubleSpinBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTabWidget, QVBoxLayout,
    QWidget,
)

from shopmanager.core.fund import (
    FINE_CATEGORIES, REWARD_CATEGORIES, SPENDING_CATEGORIES, Category, Kind, category_label, fund_category_label,
    kind_label,
)
from shopmanager.core.i18n import tr
from shopmanager.core.money import format_money, to_cents
from shopmanager.core.permissions import Perm
from shopmanager.services import fund, staff as staff_service
from shopmanager.ui import messages
from shopmanager.ui.pages.dashboard import Card
from shopmanager.ui.pages.roster_common import CodeDialog, MonthPicker, add_buttons, date_edit, guarded, to_date
from shopmanager.ui.pages.users import selected_id, set_rows, small_table


def money_edit(parent) -> QDoubleSpinBox:
    edit = QDoubleSpinBox(parent)
    edit.setRange(0, 10_000_000)
    edit.setDecimals(2)
    edit.setPrefix("¥")
    edit.setGroupSeparatorShown(True)
    return edit


def cents(edit: QDoubleSpinBox) -> int:
    return to_cents(Decimal(str(round(edit.value(), 2))))


def _right(table, columns) -> None:
    for r in range(table.rowCount()):
        for c in columns:
            item = table.item(r, c)
            if item is not None:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class SpendingDialog(CodeDialog):
    field_widgets = {"amount": "amount", "description": "description", "people": "people", "day": "day",
                     "category": "category"}

    def __init__(self, parent, actor, kind: str = "spending"):
        super().__init__(parent, tr("Fund", "Spend from the fund") if kind == "spending" else
                         tr("Fund", "Other income of the fund"))
        self.actor, self.kind = actor, kind
        self.day = self.add_row(tr("Fund", "Date"), date_edit(self), "day")
        self.category = self.add_row(tr("Fund", "Kind"), QComboBox(self), "category")
        for category in (SPENDING_CATEGORIES if kind == "spending" else ("other_income",)):
            if category != "reward":
                self.category.addItem(fund_category_label(category), str(category))
        self.amount = self.add_row(tr("Fund", "Amount"), money_edit(self), "amount")
        self.description = self.add_row(tr("Fund", "What"), QLineEdit(self), "description")
        self.description.setPlaceholderText(tr("Fund", "e.g. team dinner after the Double 11 rush"))
        self.people = self.add_row(tr("Fund", "Who"), QLineEdit(self), "people")
        self.people.setPlaceholderText(tr("Fund", "who took part, or who paid"))
        self.fields.addRow("", QLabel(tr("Fund", "The fund holds ¥{balance}.").format(
            balance=format_money(fund.fund_balance())), self))
        self.resize_width(460)

    def save(self) -> None:
        fund.record_entry(self.actor, kind=self.kind, category=self.category.currentData(), amount_cents=cents(
            self.amount), day=to_date(self.day), description=self.description.text(), people=self.people.text())


class RewardFineDialog(CodeDialog):
    """A fine or a reward with a reason; a complaint fine shows its amount by the month's escalation."""

    field_widgets = {"amount": "amount", "reason": "reason", "staff": "staff", "day": "day"}

    def __init__(self, parent, actor, *, complaint: bool = False):
        super().__init__(parent, tr("Fund", "Complaint fine") if complaint else tr("Fund", "Fine or reward"))
        self.actor, self.complaint = actor, complaint
        self.person = self.add_row(tr("Fund", "Staff member"), QComboBox(self), "staff")
        for person in staff_service.list_staff(actor):
            self.person.addItem(person.label(), person.id)
        self.day = self.add_row(tr("Fund", "Complaint received on") if complaint else tr("Fund", "Date"),
                                date_edit(self), "day")
        if complaint:
            self.amount_label = self.add_row(tr("Fund", "Fine"), QLabel(self), "preview")
            self.reason = self.add_row(tr("Fund", "Complaint"), QLineEdit(self), "reason")
            self.reason.setPlaceholderText(tr("Fund", "case number, or what the buyer complained about"))
            self.person.currentIndexChanged.connect(self.preview)
            self.day.dateChanged.connect(self.preview)
            self.preview()
        else:
            self.kind = self.add_row(tr("Fund", "Fine or reward"), QComboBox(self), "kind")
            self.kind.addItem(kind_label(Kind.FINE), Kind.FINE.value)
            self.kind.addItem(kind_label(Kind.REWARD), Kind.REWARD.value)
            self.category = self.add_row(tr("Fund", "Kind"), QComboBox(self), "category")
            self.kind.currentIndexChanged.connect(self._categories)
            self.amount = self.add_row(tr("Fund", "Amount"), money_edit(self), "amount")
            self.reason = self.add_row(tr("Fund", "Reason"), QLineEdit(self), "reason")
            self.from_fund = self.add_row("", QCheckBox(tr("Fund", "Pay the reward from the growth fund"), self),
                                          "from_fund")
            self._categories()
        self.resize_width(480)

    def _categories(self) -> None:
        self.category.clear()
        fine = self.kind.currentData() == Kind.FINE
        for category in (FINE_CATEGORIES if fine else REWARD_CATEGORIES):
            if category not in (Category.COMPLAINT, Category.APPRAISAL):
                self.category.addItem(category_label(category), str(category))
        self.from_fund.setVisible(not fine)

    def preview(self) -> None:
        staff_id = self.person.currentData()
        if staff_id is None:
            return
        step = fund.preview_complaint_fine(self.actor, staff_id, to_date(self.day))
        if step.wage_missing:
            text = tr("Fund", "Complaint no. {n} of the month: the month's wage is forfeited — but no wage is "
                              "recorded for this person.").format(n=step.nth)
        elif step.forfeits_wage:
            text = tr("Fund", "Complaint no. {n} of the month: the month's wage is forfeited (¥{amount} more).")
            text = text.format(n=step.nth, amount=format_money(step.amount_cents))
        else:
            text = tr("Fund", "Complaint no. {n} of the month: ¥{amount}").format(
                n=step.nth, amount=format_money(step.amount_cents))
        self.amount_label.setText(text)
        self.amount_label.setStyleSheet("font-weight: bold; color: %s;" % ("#c62828" if step.forfeits_wage
                                                                           else "#37474f"))

    def save(self) -> None:
        if self.complaint:
            fund.record_complaint_fine(self.actor, self.person.currentData(), to_date(self.day), self.reason.text())
            return
        fund.record_reward_or_fine(self.actor, self.person.currentData(), kind=self.kind.currentData(),
                                   category=self.category.currentData(), amount_cents=cents(self.amount),
                                   on=to_date(self.day), reason=self.reason.text(),
                                   from_fund=self.from_fund.isChecked() and self.kind.currentData() == Kind.REWARD)


class FundPage(QWidget):
    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context, self.actor = context, context.actor
        self.owner = self.actor.can(Perm.FINES_MANAGE)
        self.month = MonthPicker(self)
        self.month.changed.connect(self.reload)
        bar = QHBoxLayout()
        bar.addWidget(self.month)
        bar.addStretch(1)
        actions = []
        if self.actor.can(Perm.FUND_SPEND):
            actions.append(("spend", tr("Fund", "Spend…"), lambda: self.entry("spending")))
        if self.owner:
            actions += [("complaint", tr("Fund", "Complaint fine…"), lambda: self.record(True)),
                        ("reward_fine", tr("Fund", "Fine / reward…"), lambda: self.record(False)),
                        ("from_aftersales", tr("Fund", "Fines from upheld complaints"), self.from_aftersales)]
        actions.append(("print", tr("Fund", "Print statement…"), self.print_statement))
        self.buttons = add_buttons(self, bar, actions)
        self.cards = {}
        cards = QHBoxLayout()
        for key, label in (("opening", tr("Fund", "Opening balance")), ("income", tr("Fund", "Income")),
                           ("spending", tr("Fund", "Spending")), ("closing", tr("Fund", "Closing balance"))):
            card = Card(label, self)
            card.setObjectName(f"card_{key}")
            self.cards[key] = card
            cards.addWidget(card)
        self.tabs = QTabWidget(self)
        self.ledger = small_table([tr("Fund", "Date"), tr("Fund", "Kind"), tr("Fund", "What"), tr("Fund", "Who"),
                                   tr("Fund", "Income"), tr("Fund", "Spending"), tr("Fund", "Balance")], self)
        self.ledger.setObjectName("ledger")
        ledger_tab = QWidget(self)
        ledger_layout = QVBoxLayout(ledger_tab)
        void = QPushButton(tr("Fund", "Void entry…"), ledger_tab)
        void.setObjectName("void_entry")
        void.clicked.connect(self.void_entry)
        void.setVisible(self.actor.can(Perm.FUND_SPEND))
        note = QLabel(tr("Fund", "Every fine goes to the department growth fund, kept in the open; it pays for team "
                                 "activities."), ledger_tab)
        note.setStyleSheet("color: #607d8b;")
        row = QHBoxLayout()
        row.addWidget(note, 1)
        row.addWidget(void)
        ledger_layout.addLayout(row)
        ledger_layout.addWidget(self.ledger, 1)
        self.tabs.addTab(ledger_tab, tr("Fund", "Growth fund"))
        self.register = small_table([tr("Fund", "Date"), tr("Fund", "Staff member"), tr("Fund", "Fine or reward"),
                                     tr("Fund", "Kind"), tr("Fund", "Amount"), tr("Fund", "Reason")], self)
        self.register.setObjectName("register")
        register_tab = QWidget(self)
        register_layout = QVBoxLayout(register_tab)
        if self.owner:
            void_record = QPushButton(tr("Fund", "Void fine / reward…"), register_tab)
            void_record.setObjectName("void_record")
            void_record.clicked.connect(self.void_record)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(void_record)
            register_layout.addLayout(row)
        register_layout.addWidget(self.register, 1)
        self.tabs.addTab(register_tab, tr("Fund", "Fines and rewards") if self.owner else
                         tr("Fund", "My fines and rewards"))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(cards)
        layout.addWidget(self.tabs, 1)
        self.reload()

    def activated(self) -> None:
        self.reload()

    def reload(self) -> None:
        data = fund.statement(self.actor, self.month.year, self.month.month)
        if "from_aftersales" in self.buttons:
            waiting = fund.unfined_complaints(self.actor, self.month.first, self.month.last)
            button = self.buttons["from_aftersales"]
            button.setText(tr("Fund", "Fines from upheld complaints") + (f" ({waiting})" if waiting else ""))
            button.setStyleSheet("color: #c62828; font-weight: bold;" if waiting else "")
        for key, value in (("opening", data.opening_cents), ("income", data.income_cents),
                           ("spending", data.spending_cents), ("closing", data.closing_cents)):
            self.cards[key].set(f"¥{format_money(value)}")
        rows = []
        for line in data.lines:
            what = line.description + (f" ({tr('Fund', 'voided')}: {line.void_reason})" if line.voided else "")
            rows.append((line.id, [f"{line.day:%Y-%m-%d}", line.category_text, what, line.people,
                                   format_money(line.amount_cents) if line.kind == "income" else "",
                                   format_money(line.amount_cents) if line.kind == "spending" else "",
                                   format_money(line.balance_cents) if line.balance_cents is not None else ""]))
        set_rows(self.ledger, rows)
        self.ledger.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        _right(self.ledger, (4, 5, 6))
        voided = {line.id for line in data.lines if line.voided}
        for r in range(self.ledger.rowCount()):
            if self.ledger.item(r, 0).data(Qt.ItemDataRole.UserRole) in voided:
                for c in range(self.ledger.columnCount()):
                    self.ledger.item(r, c).setForeground(QColor("#9e9e9e"))
        if self.owner or self.actor.staff_id is not None:
            records = fund.list_rewards_fines(self.actor, self.month.first, self.month.last,
                                              staff_id=None if self.owner else self.actor.staff_id)
            set_rows(self.register, [(r.id, [f"{r.day:%Y-%m-%d}", r.staff_name, kind_label(r.kind), r.category_text,
                                             format_money(r.amount_cents),
                                             r.reason + (f" ({tr('Fund', 'voided')}: {r.void_reason})" if r.voided
                                                         else "")]) for r in records])
            self.register.sortByColumn(0, Qt.SortOrder.DescendingOrder)
            _right(self.register, (4,))

    def _changed(self) -> None:
        self.reload()
        self.context.changed("fund")

    def entry(self, kind: str) -> None:
        if SpendingDialog(self, self.actor, kind).exec():
            self._changed()

    def record(self, complaint: bool) -> None:
        if RewardFineDialog(self, self.actor, complaint=complaint).exec():
            self._changed()

    def from_aftersales(self) -> None:
        result = {}

        def work() -> None:
            result["sync"] = fund.fine_upheld_complaints(self.actor, self.month.first, self.month.last)

        if not guarded(self, work, self._changed):
            return
        sync = result["sync"]
        lines = [tr("Fund", "{name}: {case} ¥{amount}").format(name=n, case=c, amount=format_money(a))
                 for n, c, a in sync.recorded]
        text = tr("Fund", "{n} fine(s) recorded from upheld complaints; {already} had one already.").format(
            n=len(sync.recorded), already=sync.already)
        messages.info(self, "\n".join([text] + lines + sync.problems))

    def void_entry(self) -> None:
        entry_id = selected_id(self.ledger)
        if entry_id is None:
            messages.info(self, tr("Fund", "Select an entry first."))
            return
        reason = messages.ask_text(self, tr("Fund", "Void entry"), tr("Fund", "Why is it voided? (it stays visible)"))
        if reason is not None:
            guarded(self, lambda: fund.void_entry(self.actor, entry_id, reason), self._changed)

    def void_record(self) -> None:
        record_id = selected_id(self.register)
        if record_id is None:
            messages.info(self, tr("Fund", "Select a fine or reward first."))
            return
        reason = messages.ask_text(self, tr("Fund", "Void fine / reward"),
                                   tr("Fund", "Why is it voided? (it stays visible)"))
        if reason is not None:
            guarded(self, lambda: fund.void_reward_fine(self.actor, record_id, reason), self._changed)

    def print_statement(self) -> None:
        from shopmanager.services.roster_reports import fund_statement_pdf
        from shopmanager.ui.printing import show_report

        month, actor = self.month.text, self.actor
        show_report(self, tr("Fund", "Growth fund statement"), lambda progress: fund_statement_pdf(actor, month,
                                                                                                    progress),
                    f"fund-{month}.pdf")
