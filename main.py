"""Run Parley from a checkout: python main.py [PATH | COMMAND ...]."""
from reader.app import main

raise SystemExit(main())
