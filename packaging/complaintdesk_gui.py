"""Entry point of the bundle's desktop app (``ComplaintDesk``): the same ``main`` as ``complaintdesk``."""

from complaintdesk.app import main

raise SystemExit(main())
