"""ComplaintDesk: case management for county SME-promotion offices (中小企业投诉办理台)."""

__version__ = "0.1.0"
APP_NAME = "ComplaintDesk"  # the settings' and the data folder's name (re-exported by config)
