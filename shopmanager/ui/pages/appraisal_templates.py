"""The owner's template editor (one template per role: indicators, weights adding up to 100,
targets, scoring rules, who scores the direct ones, the four sources' weights) and the
teams and supervisors of the appraisal."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QMenu,
    QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QToolButton, QVBoxLayout, QWidget,
)

from shopmanager.core.appraisal import (
    APPRAISED_ROLES, CATALOG, GROUPS, RULES, SOURCES, Template, TemplateItem, format_number, group_label, rule_label,
    source_label, sources_text,
)
from shopmanager.core.errors import ShopError
from shopmanager.core.i18n import tr
from shopmanager.core.permissions import Role, role_label
from shopmanager.services import appraisal_templates
from shopmanager.services import staff as staff_service
from shopmanager.ui import messages
from shopmanager.ui.dialogs import ok_cancel_buttons
from shopmanager.ui.pages.appraisal_dialogs import ERROR_STYLE
from shopmanager.ui.pages.users import selected_id, set_rows, small_table

GROUP, INDICATOR, NAME, WEIGHT, TARGET, RULE, BANDS, SCORED_BY = range(8)


def columns() -> list[str]:
    return [tr("Appraisal", "Group"), tr("Appraisal", "Indicator"), tr("Appraisal", "Name (optional)"),
            tr("Appraisal", "Weight %"), tr("Appraisal", "Target"), tr("Appraisal", "Rule"), tr("Appraisal", "Bands"),
            tr("Appraisal", "Scored by")]


class SourcesButton(QToolButton):
    """Who scores a direct indicator: a menu of the four sources, ticked."""

    def __init__(self, parent: QWidget, sources: tuple[str, ...], on_change):
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        self.actions_by_source: dict[str, QAction] = {}
        for source in SOURCES:
            action = QAction(source_label(source), menu)
            action.setCheckable(True)
            action.setChecked(source in sources)
            action.toggled.connect(lambda _checked: (self._show(), on_change()))
            menu.addAction(action)
            self.actions_by_source[source] = action
        self.setMenu(menu)
        self._show()

    def sources(self) -> tuple[str, ...]:
        return tuple(s for s, action in self.actions_by_source.items() if action.isChecked())

    def _show(self) -> None:
        self.setText(sources_text(self.sources()))


class TemplateEditor(QWidget):
    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context, self.actor = context, context.actor
        self.version = 0
        self.role = QComboBox(self)
        self.role.setObjectName("role")
        for role in APPRAISED_ROLES:
            self.role.addItem(role_label(role), role.value)
        self.role.currentIndexChanged.connect(self.load)
        self.origin = QLabel(self)
        self.origin.setStyleSheet("color: #666;")
        self.source_spins: dict[str, QSpinBox] = {}
        sources = QHBoxLayout()
        sources.addWidget(QLabel(tr("Appraisal", "Weights of the sources of scores:"), self))
        for source in SOURCES:
            spin = QSpinBox(self)
            spin.setObjectName(f"source_{source}")
            spin.setRange(0, 100)
            spin.setSuffix(" %")
            spin.valueChanged.connect(self._update_sums)
            self.source_spins[source] = spin
            sources.addWidget(QLabel(source_label(source), self))
            sources.addWidget(spin)
        self.source_sum = QLabel(self)
        self.source_sum.setObjectName("source_sum")
        sources.addWidget(self.source_sum)
        sources.addStretch(1)

        headers = columns()
        self.table = QTableWidget(0, len(headers), self)
        self.table.setObjectName("items")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemChanged.connect(lambda _item: self._update_sums())
        for column, width in enumerate((140, 230, 110, 70, 90, 130, 180, 130)):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.weight_sum = QLabel(self)
        self.weight_sum.setObjectName("weight_sum")
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        hint = QLabel(tr("Appraisal", "Bands: '≥95:100; ≥90:90; *:40' (higher is better) or '≤0:100; ≤2:80; *:0' "
                                      "(lower is better); the first band met gives the score. Linear: actual ÷ "
                                      "target × 100, at most 100. A month already opened keeps its own copy."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")

        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Appraisal", "Role:"), self))
        top.addWidget(self.role)
        top.addWidget(self.origin, 1)
        buttons = QHBoxLayout()
        for name, text, slot in (("add", tr("Appraisal", "Add line"), self.add_line),
                                 ("remove", tr("Appraisal", "Remove line"), self.remove_line),
                                 ("up", tr("Appraisal", "Move up"), lambda: self.move(-1)),
                                 ("down", tr("Appraisal", "Move down"), lambda: self.move(1))):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addWidget(self.weight_sum)
        buttons.addStretch(1)
        reset = QPushButton(tr("Appraisal", "Restore defaults…"), self)
        reset.setObjectName("reset")
        reset.clicked.connect(self.reset)
        save = QPushButton(tr("Appraisal", "Save template"), self)
        save.setObjectName("save")
        save.setDefault(True)
        save.clicked.connect(self.save)
        buttons.addWidget(reset)
        buttons.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(sources)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(hint)
        self.load()

    # -- filling -------------------------------------------------------------------------------
    def load(self) -> None:
        role = self.role.currentData()
        template = appraisal_templates.load_template(role)
        self.version = appraisal_templates.template_version(role)
        self.origin.setText(tr("Appraisal", "The shop's defaults (not edited yet)") if
                            appraisal_templates.is_default(role) else "")
        for source, spin in self.source_spins.items():
            spin.blockSignals(True)
            spin.setValue(template.source_weights.get(source, 0))
            spin.blockSignals(False)
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for item in template.items:
            self._append(item)
        self.table.blockSignals(False)
        self.message.clear()
        self._update_sums()

    def _append(self, item: TemplateItem, row: int | None = None) -> None:
        row = self.table.rowCount() if row is None else row
        self.table.insertRow(row)
        group = QComboBox(self.table)
        for key in GROUPS:
            group.addItem(group_label(key), key)
        group.setCurrentIndex(max(0, group.findData(item.group or CATALOG[item.indicator].group)))
        indicator = QComboBox(self.table)
        for key, definition in CATALOG.items():
            indicator.addItem(definition.label(), key)
        indicator.setCurrentIndex(max(0, indicator.findData(item.indicator)))
        rule = QComboBox(self.table)
        for key in RULES:
            rule.addItem(rule_label(key), key)
        rule.setCurrentIndex(max(0, rule.findData(item.rule)))
        sources = SourcesButton(self.table, item.sources, self._update_sums)
        self.table.setCellWidget(row, GROUP, group)
        self.table.setCellWidget(row, INDICATOR, indicator)
        self.table.setCellWidget(row, RULE, rule)
        self.table.setCellWidget(row, SCORED_BY, sources)
        self.table.setItem(row, NAME, QTableWidgetItem(item.name))
        weight = QTableWidgetItem(str(item.weight))
        weight.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, WEIGHT, weight)
        self.table.setItem(row, TARGET, QTableWidgetItem(format_number(item.target).replace(",", "")
                                                          if item.target is not None else ""))
        self.table.setItem(row, BANDS, QTableWidgetItem(item.bands))
        indicator.currentIndexChanged.connect(lambda _i, combo=indicator: self._indicator_changed(combo))
        rule.currentIndexChanged.connect(lambda _i: self._update_sums())
        self._enable_row(row)

    def _row_of(self, widget: QWidget) -> int:
        for row in range(self.table.rowCount()):
            if widget in (self.table.cellWidget(row, c) for c in (GROUP, INDICATOR, RULE, SCORED_BY)):
                return row
        return -1

    def _indicator_changed(self, combo: QComboBox) -> None:
        row = self._row_of(combo)
        definition = CATALOG[combo.currentData()]
        group = self.table.cellWidget(row, GROUP)
        group.setCurrentIndex(group.findData(definition.group))
        rule = self.table.cellWidget(row, RULE)
        rule.setCurrentIndex(rule.findData("direct" if definition.direct else
                                           ("linear" if definition.higher_is_better else "bands")))
        if definition.direct:
            sources = self.table.cellWidget(row, SCORED_BY)
            for source, action in sources.actions_by_source.items():
                action.setChecked(source in definition.default_sources)
        self._enable_row(row)

    def _enable_row(self, row: int) -> None:
        definition = CATALOG[self.table.cellWidget(row, INDICATOR).currentData()]
        self.table.cellWidget(row, RULE).setEnabled(not definition.direct)
        self.table.cellWidget(row, SCORED_BY).setEnabled(definition.direct)
        for column in (TARGET, BANDS):
            item = self.table.item(row, column)
            if item is not None:
                flags = item.flags()
                item.setFlags(flags & ~Qt.ItemFlag.ItemIsEnabled if definition.direct else flags | Qt.ItemFlag.ItemIsEnabled)
        tip = definition.explain()
        self.table.cellWidget(row, INDICATOR).setToolTip(tip)

    def _update_sums(self) -> None:
        total = 0
        for row in range(self.table.rowCount()):
            item = self.table.item(row, WEIGHT)
            try:
                total += int((item.text() if item else "0").strip() or 0)
            except ValueError:
                pass
        ok = total == 100
        self.weight_sum.setText(tr("Appraisal", "Σ weights: {n} %").format(n=total) + (" ✓" if ok else
                                                                                       tr("Appraisal", " — must be 100")))
        self.weight_sum.setStyleSheet("color: #2e7d32;" if ok else ERROR_STYLE)
        sources = sum(spin.value() for spin in self.source_spins.values())
        self.source_sum.setText(f"Σ {sources} %" + (" ✓" if sources == 100 else ""))
        self.source_sum.setStyleSheet("color: #2e7d32;" if sources == 100 else ERROR_STYLE)

    # -- reading back --------------------------------------------------------------------------
    def template(self) -> Template:
        items = []
        for row in range(self.table.rowCount()):
            key = self.table.cellWidget(row, INDICATOR).currentData()
            weight_text = self.table.item(row, WEIGHT).text().strip()
            try:
                weight = int(weight_text)
            except ValueError:
                raise ShopError(tr("Appraisal", "Line {n}: the weight '{value}' is not a whole number.").format(
                    n=row + 1, value=weight_text), field="weight", row=row + 1) from None
            target_text = self.table.item(row, TARGET).text().strip().replace(",", "").replace("¥", "")
            try:
                target = Decimal(target_text) if target_text else None
            except InvalidOperation:
                raise ShopError(tr("Appraisal", "Line {n}: the target '{value}' is not a number.").format(
                    n=row + 1, value=target_text), field="target", row=row + 1) from None
            items.append(TemplateItem(key, weight, self.table.cellWidget(row, GROUP).currentData(),
                                      self.table.item(row, NAME).text().strip(), target,
                                      self.table.cellWidget(row, RULE).currentData(),
                                      self.table.item(row, BANDS).text().strip(),
                                      self.table.cellWidget(row, SCORED_BY).sources()))
        return Template(self.role.currentData(), items, {s: spin.value() for s, spin in self.source_spins.items()})

    # -- actions ---------------------------------------------------------------------------------
    def add_line(self) -> None:
        row = self.table.currentRow() + 1 if self.table.currentRow() >= 0 else self.table.rowCount()
        self.table.blockSignals(True)
        self._append(TemplateItem("direct.custom", 0, "attitude", "", None, "direct", "", ("self", "supervisor")), row)
        self.table.blockSignals(False)
        self.table.selectRow(row)
        self.table.editItem(self.table.item(row, NAME))
        self._update_sums()

    def remove_line(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._update_sums()

    def move(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        try:
            items = self.template().items
        except ShopError as error:
            self._problem(error)
            return
        items.insert(target, items.pop(row))
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for item in items:
            self._append(item)
        self.table.blockSignals(False)
        self.table.selectRow(target)
        self._update_sums()

    def _problem(self, error: ShopError) -> None:
        self.message.setText(str(error))
        if error.row:
            self.table.selectRow(error.row - 1)

    def save(self) -> bool:
        try:
            appraisal_templates.save_template(self.actor, self.template(), expected_version=self.version)
        except ShopError as error:
            self._problem(error)
            return False
        self.context.changed("appraisal")
        self.load()
        messages.info(self, tr("Appraisal", "The template of the {role} was saved. Months opened from now on use "
                                            "it.").format(role=role_label(self.role.currentData())))
        return True

    def reset(self) -> None:
        role = self.role.currentData()
        if not messages.confirm(self, tr("Appraisal", "Put the template of the {role} back to the shop's defaults?")
                                .format(role=role_label(role)), destructive=True):
            return
        try:
            appraisal_templates.reset_template(self.actor, role)
        except ShopError as error:
            self._problem(error)
            return
        self.load()


class MemberDialog(QDialog):
    def __init__(self, parent: QWidget, actor, member, teams: list[str]):
        super().__init__(parent)
        self.actor, self.member = actor, member
        self.setWindowTitle(tr("Appraisal", "Team and supervisor of {name}").format(name=member.name))
        self.team = QComboBox(self)
        self.team.setObjectName("team")
        self.team.setEditable(True)
        self.team.addItems(sorted(set(teams) | {""}))
        self.team.setCurrentText(member.team)
        self.supervisor = QComboBox(self)
        self.supervisor.setObjectName("supervisor")
        self.supervisor.addItem(tr("Appraisal", "(any supervisor; the owner for supervisors)"), None)
        for person in staff_service.list_staff(actor, include_left=False):
            if person.role in (Role.SUPERVISOR, Role.OWNER) and person.id != member.staff_id:
                self.supervisor.addItem(f"{person.name} — {role_label(person.role)}", person.id)
        self.supervisor.setCurrentIndex(max(0, self.supervisor.findData(member.supervisor_id)))
        self.appraised = QCheckBox(tr("Appraisal", "Appraised every month"), self)
        self.appraised.setObjectName("appraised")
        self.appraised.setChecked(member.appraised)
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        form = QFormLayout()
        form.addRow(tr("Appraisal", "Team (peers score each other within it)"), self.team)
        form.addRow(tr("Appraisal", "Supervisor"), self.supervisor)
        form.addRow("", self.appraised)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(ok_cancel_buttons(self, tr("Dialogs", "Save")))
        self.setMinimumWidth(520)

    def accept(self) -> None:
        try:
            appraisal_templates.set_member(self.actor, self.member.staff_id, team=self.team.currentText(),
                                           supervisor_id=self.supervisor.currentData(),
                                           appraised=self.appraised.isChecked())
        except ShopError as error:
            self.message.setText(str(error))
            return
        super().accept()


class TeamsTab(QWidget):
    """Who appraises whom: teams (peers) and supervisors; staff left out of the appraisal."""

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context, self.actor = context, context.actor
        self.table = small_table([tr("Appraisal", "Name"), tr("Appraisal", "Role"), tr("Appraisal", "Team"),
                                  tr("Appraisal", "Supervisor"), tr("Appraisal", "Appraised"),
                                  tr("Appraisal", "Status")], self)
        self.table.setObjectName("members")
        self.table.doubleClicked.connect(lambda _index: self.edit())
        edit = QPushButton(tr("Appraisal", "Edit team and supervisor…"), self)
        edit.setObjectName("edit_member")
        edit.clicked.connect(self.edit)
        note = QLabel(tr("Appraisal", "Peers are the colleagues of the same team (supervisors with supervisors); a "
                                      "change applies to months opened afterwards."), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        bar = QHBoxLayout()
        bar.addWidget(note, 1)
        bar.addWidget(edit)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        self.members = appraisal_templates.list_members(self.actor)
        yes, no = tr("Common", "Yes"), tr("Common", "No")
        set_rows(self.table, [(m.staff_id, [m.name, role_label(m.role), m.team or tr("Appraisal", "(the shop)"),
                                            m.supervisor_name or "—", yes if m.appraised else no,
                                            tr("Appraisal", "left") if m.status == "left" else ""])
                              for m in self.members])

    def edit(self) -> None:
        staff_id = selected_id(self.table)
        member = next((m for m in self.members if m.staff_id == staff_id), None)
        if member is None:
            messages.info(self, tr("Appraisal", "Choose a person first."))
            return
        if MemberDialog(self, self.actor, member, [m.team for m in self.members if m.team]).exec():
            self.context.changed("appraisal")
            self.refresh()
