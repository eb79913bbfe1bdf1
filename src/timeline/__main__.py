"""``python -m timeline`` runs the ``timeline`` command."""

from timeline.cli import main

raise SystemExit(main())
