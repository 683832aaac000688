"""Entry point of the bundle's command line (``complaintdesk-admin``): the same ``main`` as the installed script."""

from complaintdesk.cli import main

raise SystemExit(main())
