"""Backups in the window: the panel of the Settings page (folder, time, how many to keep, the
list, back up now, restore), the dashboard's line about the last good backup, and the two
actions every part of the window uses — both run through the one task runner (ui/tasks.py)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
    QSpinBox, QTableWidget, QTableWidgetItem, QTimeEdit, QVBoxLayout, QWidget,
)

from shopmanager.core.i18n import tr
from shopmanager.core.permissions import Perm
from shopmanager.core.settings import BY_KEY
from shopmanager.core.disk import format_size
from shopmanager.services import backup, settings
from shopmanager.ui import messages

OK_STYLE = "color: #2e7d32;"
WARN_STYLE = "color: #c62828; font-weight: bold;"


def status_text() -> tuple[str, bool]:
    """The line about the last good backup, and whether it is a warning."""
    status = backup.backup_status()
    if status.last_good_at is None:
        text = tr("Backup", "No good backup of this shop yet.")
    elif status.stale:
        text = tr("Backup", "Last good backup: {when} ({age}) — more than two days ago. Back up now.").format(
            when=status.last_good_at.strftime("%Y-%m-%d %H:%M"), age=backup.age_text(status.last_good_at))
    else:
        text = tr("Backup", "Last good backup: {when} ({age}).").format(
            when=status.last_good_at.strftime("%Y-%m-%d %H:%M"), age=backup.age_text(status.last_good_at))
    if status.problem and (status.last_good_at is None or (status.problem_at and status.problem_at > status.last_good_at)):
        text += "\n" + tr("Backup", "Last attempt: {problem}").format(problem=status.problem)
    return text, status.stale or bool(status.problem and status.problem_at and (
        status.last_good_at is None or status.problem_at > status.last_good_at))


def run_backup(parent: QWidget | None, context, *, trigger: str = "manual", quiet: bool = False,
               on_done=None):
    """Back up through the task runner (progress dialog after half a second). `quiet`: no message
    on success (the scheduled and the closing backups); problems are always told."""
    from shopmanager.services.context import SYSTEM

    actor = context.actor if trigger == "manual" else SYSTEM

    def work(progress):
        return backup.make_backup(actor, trigger=trigger, progress=progress)

    def done(result) -> None:
        context.changed("backup")
        if result.warning:
            messages.warning(parent, result.warning)
        elif not quiet:
            messages.info(parent, tr("Backup", "Backup written and checked:\n{path}\n{rows} rows, {size}.").format(
                path=result.info.path, rows=f"{result.info.total_rows:,}", size=format_size(result.info.size)))
        if on_done:
            on_done(True)

    def failed(error: BaseException) -> None:
        context.changed("backup")
        from shopmanager.ui.tasks import show_error

        show_error(parent, error)
        if on_done:
            on_done(False)

    title = {"on_exit": tr("Backup", "Backing up before closing…"),
             "scheduled": tr("Backup", "Daily backup…")}.get(trigger, tr("Backup", "Backing up…"))
    return context.runner.run(work, parent=parent, title=title, on_success=done, on_error=failed)


def start_restore(parent: QWidget | None, context, path: Path) -> None:
    """Check the backup, ask (naming its time), restore it, and let the window return to the login."""
    from shopmanager.services import restore

    def checked(result) -> None:
        when = result.created_at.strftime("%Y-%m-%d %H:%M")
        question = tr("Backup", "Restore the backup of {when} ({rows} rows)?\n\nEverything entered after {when} "
                                "is replaced by the backup. The current database is saved aside first, so this can "
                                "be undone by restoring that copy. Every PC returns to its login.").format(
            when=when, rows=f"{sum(result.rows.values()):,}")
        foreign = restore.other_shop(result)
        if foreign:
            question = tr("Backup", "This is a backup of another shop: {shop}. Restoring it replaces ALL of this "
                                    "shop's data with that shop's (use it when moving the shop to this PC).").format(
                shop=foreign) + "\n\n" + question
        if not messages.confirm(parent, question, title=tr("Backup", "Restore a backup"),
                                yes_text=tr("Backup", "Restore"), destructive=True):
            return
        context.runner.run(lambda progress: restore.restore_backup(context.actor, path, progress, checked=result,
                                                                   other_shop_ok=bool(foreign)),
                           parent=parent, title=tr("Backup", "Restoring…"), on_success=restored)

    def restored(result) -> None:
        messages.info(parent, tr("Backup", "The backup of {when} was restored. The database as it was before is "
                                           "saved in:\n{aside}\n\nShopManager now returns to the login.").format(
            when=result.backup.created_at.strftime("%Y-%m-%d %H:%M"), aside=result.saved_aside))
        window = parent.window() if parent is not None else None
        if window is not None and hasattr(window, "restored"):
            window.restored(result.marker, announce=False)

    context.runner.run(lambda progress: restore.check_backup(path, progress), parent=parent,
                       title=tr("Backup", "Checking the backup…"), on_success=checked)


class BackupPanel(QGroupBox):
    """备份与恢复 in Settings: where and when, how many to keep, the list, back up, restore."""

    def __init__(self, context, values: dict, parent: QWidget | None = None):
        super().__init__(tr("Settings", "Backups"), parent)
        self.setObjectName("backups")
        self.context = context
        self.editors: dict[str, QWidget] = {}
        self.status = QLabel(self)
        self.status.setObjectName("backup_status")
        self.status.setWordWrap(True)

        self.folder = QLineEdit(values["backup.folder"], self)
        self.folder.setPlaceholderText(str(backup.default_folder()))
        choose = QPushButton(tr("Backup", "Choose…"), self)
        choose.setObjectName("choose_folder")
        choose.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        hint = QLabel(tr("Backup", "Best on another disk, a USB drive or a network folder (NAS): a copy on the same "
                                   "disk is lost with it."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666;")

        at = QTimeEdit(self)
        at.setDisplayFormat("HH:mm")
        at.setTime(QTime.fromString(values["backup.time"], "HH:mm"))
        at.setMaximumWidth(100)
        on_exit = QCheckBox(BY_KEY["backup.on_exit"].label(), self)
        on_exit.setChecked(bool(values["backup.on_exit"]))
        pictures = QCheckBox(BY_KEY["backup.pictures"].label(), self)
        pictures.setChecked(bool(values["backup.pictures"]))
        when_row = QHBoxLayout()
        when_row.addWidget(at)
        when_row.addWidget(on_exit)
        when_row.addStretch(1)

        keep_row = QHBoxLayout()
        for key, text in (("backup.keep_daily", tr("Backup", "days")), ("backup.keep_weekly", tr("Backup", "weeks")),
                          ("backup.keep_monthly", tr("Backup", "months"))):
            spin = QSpinBox(self)
            definition = BY_KEY[key]
            spin.setRange(definition.minimum or 0, definition.maximum or 1000)
            spin.setValue(int(values[key]))
            spin.setObjectName(key)
            spin.setToolTip(definition.label())
            self.editors[key] = spin
            keep_row.addWidget(spin)
            keep_row.addWidget(QLabel(text, self))
        keep_row.addStretch(1)

        form = QFormLayout()
        form.addRow(BY_KEY["backup.folder"].label(), folder_row)
        form.addRow("", hint)
        form.addRow(BY_KEY["backup.time"].label(), when_row)
        form.addRow(tr("Backup", "Keep"), keep_row)
        form.addRow("", pictures)
        for key, widget in (("backup.folder", self.folder), ("backup.time", at), ("backup.on_exit", on_exit),
                            ("backup.pictures", pictures)):
            widget.setObjectName(key)
            self.editors[key] = widget

        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("backup_list")
        self.table.setHorizontalHeaderLabels([tr("Backup", "Made"), tr("Backup", "Rows"), tr("Backup", "Size"),
                                              tr("Backup", "How"), tr("Backup", "State"), tr("Backup", "File")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(150)
        self.table.setMaximumHeight(220)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())

        self.backup_button = QPushButton(tr("Backup", "Back up now"), self)
        self.backup_button.setObjectName("backup_now")
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(tr("Backup", "Restore selected…"), self)
        self.restore_button.setObjectName("restore_selected")
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button = QPushButton(tr("Backup", "Restore from a file…"), self)
        self.restore_file_button.setObjectName("restore_file")
        self.restore_file_button.clicked.connect(self.restore_from_file)
        can_restore = context.actor.can(Perm.BACKUP_RESTORE)
        self.restore_button.setVisible(can_restore)
        self.restore_file_button.setVisible(can_restore)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.restore_file_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        context.data_changed.connect(self._data_changed)
        self.refresh()

    def _data_changed(self, entity: str) -> None:
        if entity in ("backup", "settings"):
            self.refresh()

    def refresh(self) -> None:
        text, warn = status_text()
        self.status.setText(text)
        self.status.setStyleSheet(WARN_STYLE if warn else OK_STYLE)
        try:
            self.infos = backup.list_backups()
        except OSError:
            self.infos = []
        self.table.setRowCount(len(self.infos))
        for row, info in enumerate(self.infos):
            cells = [info.created_at.strftime("%Y-%m-%d %H:%M"), f"{info.total_rows:,}", format_size(info.size),
                     backup.trigger_label(info.trigger), backup.status_label(info.status), info.path.name]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(info.path))
                self.table.setItem(row, column, item)
        if self.infos:
            self.table.selectRow(0)
        self.restore_button.setEnabled(bool(self.infos))

    def choose_folder(self) -> None:
        start = self.folder.text() or str(backup.default_folder())
        path = messages.choose_folder(self, tr("Backup", "Choose the backup folder"), start)
        if path:
            self.folder.setText(path)

    def backup_now(self) -> None:
        if self.folder.text().strip() != (settings.get("backup.folder") or ""):
            messages.info(self, tr("Backup", "Save the settings first: the backup goes to the saved folder."))
            return
        run_backup(self, self.context)

    def restore_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.infos) and self.context.actor.can(Perm.BACKUP_RESTORE):
            start_restore(self, self.context, self.infos[row].path)

    def restore_from_file(self) -> None:
        path = messages.choose_open_file(self, tr("Backup", "Choose a backup"),
                                         tr("Backup", "ShopManager backups (*.sqlite3 *.dump);;All files (*)"),
                                         str(backup.backup_folder()))
        if path:
            start_restore(self, self.context, Path(path))


class BackupBanner(QWidget):
    """The dashboard's line: when the last good backup was made; red when it is old or failed."""

    backup_requested = Signal()

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("backup_banner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.context = context
        self.label = QLabel(self)
        self.label.setObjectName("backup_banner_text")
        self.label.setWordWrap(True)
        self.button = QPushButton(tr("Backup", "Back up now"), self)
        self.button.setObjectName("banner_backup_now")
        self.button.clicked.connect(lambda: run_backup(self, self.context))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        context.data_changed.connect(lambda entity: self.refresh() if entity in ("backup", "settings") else None)
        self.refresh()

    def refresh(self) -> None:
        text, warn = status_text()
        self.label.setText(text)
        self.label.setStyleSheet(WARN_STYLE if warn else OK_STYLE)
        self.button.setVisible(warn)
        self.setStyleSheet("#backup_banner { background: #ffebee; border: 1px solid #ef9a9a; border-radius: 4px; }"
                           if warn else "")
