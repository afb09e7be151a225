"""``python -m monitor_app.interchange [--check]``: rewrite (or check) the committed JSON
Schema, ``docs/schema/monitor-interchange-v1.json``, from the declarations."""

from monitor_app.interchange.schema_json import main

raise SystemExit(main())
