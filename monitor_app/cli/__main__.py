"""``python -m monitor_app.cli``: the command line without the desktop app."""

from monitor_app.cli.entry import main

raise SystemExit(main())
