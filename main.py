"""Launcher: ``python main.py [--demo | --db URL_OR_PATH] [--lang en|zh_CN]``."""

from complaintdesk.app import main

raise SystemExit(main())
