"""Entry point of the PyInstaller bundle (the `cliqphone-desk` executable): the same `main` as the script."""

import multiprocessing
import sys

from app.main import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # harmless unless something spawns processes in the bundle
    sys.exit(main())
