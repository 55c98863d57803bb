# Cliqphone Desk: `make run` and `make test` set up everything a fresh Debian machine lacks.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
SYSTEM_STAMP := $(VENV)/.system-packages-stamp
QM_FILES := $(patsubst %.ts,%.qm,$(wildcard resources/translations/*.ts))

# Debian packages Qt needs (shared/QT-NOTES.md): offscreen widgets, QtMultimedia, a window under Xvfb,
# and the tools the tests use (curl for the reference's examples, lame and sox to make audio,
# desktop-file-validate for the menu entry).
SYSTEM_PACKAGES := libgl1 libegl1 libglib2.0-0 libfontconfig1 libfreetype6 libxkbcommon0 libdbus-1-3 \
	libx11-6 libxcb1 fonts-dejavu-core libpulse0 libxext6 libxrandr2 libxrender1 libdrm2 libgssapi-krb5-2 \
	xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libxcb-image0 \
	libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 curl lame sox desktop-file-utils

.PHONY: run test bench lint package install-desktop system-packages venv translations ts clean sandbox

# With no screen (a server, a container), the application still starts, on a virtual screen.
run: venv translations
	@if [ "$$(uname)" = Linux ] && [ -z "$$DISPLAY$$WAYLAND_DISPLAY" ] && [ -z "$$QT_QPA_PLATFORM" ]; then \
	  echo "No screen found (DISPLAY is empty): starting on a virtual screen (xvfb-run)."; \
	  xvfb-run -a -s "-screen 0 1400x900x24" $(VENV)/bin/cliqphone-desk $(ARGS); \
	else $(VENV)/bin/cliqphone-desk $(ARGS); fi

test: venv translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

bench: venv translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/benchmarks -m bench -s -p no:randomly $(PYTEST_ARGS)

lint: venv
	$(VENV)/bin/ruff check app tests packaging
	$(VENV)/bin/mypy

sandbox: venv
	$(VENV)/bin/cliqphone-sandbox $(ARGS)

venv: $(STAMP)

$(STAMP): pyproject.toml $(SYSTEM_STAMP)
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,package]'
	touch $@

# Installs only the packages that are missing, and only on a Debian-like system.
$(SYSTEM_STAMP):
	@mkdir -p $(VENV)
	@if command -v dpkg-query >/dev/null 2>&1; then \
	  missing=""; \
	  for p in $(SYSTEM_PACKAGES); do \
	    dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	  done; \
	  if [ -n "$$missing" ]; then \
	    echo "Installing system packages:$$missing"; \
	    SUDO=""; [ "$$(id -u)" = 0 ] || SUDO="sudo"; \
	    $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	  fi; \
	else echo "Not a Debian system: install Qt's runtime libraries yourself (see README)."; fi
	@touch $@

system-packages:
	rm -f $(SYSTEM_STAMP)
	$(MAKE) $(SYSTEM_STAMP)

translations: venv $(QM_FILES)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# Refreshes the .ts from the code (pyside6-lupdate over app/, plus the strings lupdate cannot see),
# keeping every existing translation; lists what is left to translate.
ts: venv
	$(PY) packaging/translations.py update

# Builds dist/cliqphone-desk/ (one folder, runs with no Python), then runs its --self-test.
package: venv translations
	$(PY) -m PyInstaller --noconfirm --clean --distpath dist --workpath build packaging/cliqphone-desk.spec
	CLIQPHONE_DESK_BUNDLE=dist/cliqphone-desk QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m bundle tests/test_bundle.py

# Linux menu entry and icons in ~/.local/share ($$XDG_DATA_HOME); ARGS="--bundle" to start the bundle.
install-desktop: venv
	$(PY) packaging/install_desktop.py $(ARGS)

clean:
	rm -rf build dist .pytest_cache resources/translations/*.qm
