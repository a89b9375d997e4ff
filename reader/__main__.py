"""Entry point for ``python -m reader``."""
from reader.app import main

raise SystemExit(main())
