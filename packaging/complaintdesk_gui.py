"""Entry point of the bundle's desktop app (``ComplaintDesk``): the same ``main`` as ``complaintdesk``."""

import sys

if getattr(sys, "frozen", False):
    # A worker of the letters' process pool (documents.batch) starts this program again: it must become the
    # worker, not a second copy of the program. freeze_support does that, and does nothing otherwise.
    import multiprocessing

    multiprocessing.freeze_support()

from complaintdesk.app import main

raise SystemExit(main())
