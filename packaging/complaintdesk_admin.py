"""Entry point of the bundle's command line (``complaintdesk-admin``): the same ``main`` as the installed script."""

import sys

if getattr(sys, "frozen", False):
    # A worker of the letters' process pool (documents.batch) starts this program again: it must become the
    # worker, not a second copy of the program. freeze_support does that, and does nothing otherwise.
    import multiprocessing

    multiprocessing.freeze_support()

from complaintdesk.cli import main

raise SystemExit(main())
