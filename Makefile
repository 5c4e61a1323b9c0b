# ShopManager — the two commands of the README quick start:
#   make run    set up .venv, create the demo shop the first time, open the program
#   make test   set up .venv with the test tools, install missing Debian packages,
#               start a throwaway PostgreSQL on 127.0.0.1, run the whole suite
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check -q

# Debian packages: what Qt's xcb platform needs to open a window, and what the
# test suite needs (PostgreSQL server, poppler for PDF checks, LibreOffice to
# prove exported xlsx files read in a real spreadsheet program).
DEB_RUN := libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
           libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 \
           libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-xkb1
DEB_TEST := $(DEB_RUN) postgresql postgresql-contrib poppler-utils libreoffice-calc-nogui xvfb

.PHONY: run test bench demo deb-run deb-test translations clean-venv lint

run: deb-run $(VENV)/.stamp-run
	$(PY) -m shopmanager demo --if-missing
	$(PY) -m shopmanager

test: deb-test $(VENV)/.stamp-test
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n 2 --dist loadgroup $(PYTEST_ARGS)

bench: $(VENV)/.stamp-test
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks $(BENCH_ARGS)

translations: $(VENV)/.stamp-run
	$(PY) -m shopmanager.devtools.update_translations

deb-run:
	@$(PYTHON) .ci/ensure_debs.py $(DEB_RUN)

deb-test:
	@$(PYTHON) .ci/ensure_debs.py $(DEB_TEST)

$(VENV)/.stamp-run: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --config-settings editable_mode=compat -e .
	touch $@

$(VENV)/.stamp-test: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --config-settings editable_mode=compat -e '.[test]'
	touch $@ $(VENV)/.stamp-run

clean-venv:
	rm -rf $(VENV)
