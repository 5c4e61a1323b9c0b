"""`python -m shopmanager` — the same entry point as the `shopmanager` script."""
from shopmanager.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
