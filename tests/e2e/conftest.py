from tests.ui.conftest import dialogs, ui_isolation  # noqa: F401 - same isolation as the UI tests
